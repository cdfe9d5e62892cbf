import { expect, test } from '../support/fixtures';
import { AuthorPages } from '../support/pages/author';
import { saveScreenshot } from '../support/screenshot';

test('a trainer creates a course, adds, reorders, renames and deletes modules', async ({ page, app }) => {
  const author = new AuthorPages(page);
  await author.open(app.url);
  await author.createCourse('Phone manner');
  await author.addModule('Answering calls');
  await author.addModule('Taking messages');
  await expect(author.modules.getByRole('row')).toHaveCount(3);

  // Keyboard-reachable reordering: Move up puts the new module first.
  await author
    .moduleRow(/Taking messages/)
    .getByRole('button', { name: 'Move up: Taking messages' })
    .click();
  await author
    .moduleRow(/Taking messages/)
    .getByRole('button', { name: 'Move up: Taking messages' })
    .click();
  await expect(author.modules.getByRole('row').first()).toContainText('1. Taking messages');

  await author
    .moduleRow(/Answering calls/)
    .getByRole('button', { name: 'More actions for Answering calls' })
    .click();
  await page.getByRole('menuitem', { name: 'Rename…' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename module' });
  await rename.getByRole('textbox', { name: 'Module title' }).fill('Answering the phone');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(author.moduleRow(/Answering the phone/)).toBeVisible();

  await author
    .moduleRow(/Answering the phone/)
    .getByRole('button', { name: 'More actions for Answering the phone' })
    .click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete “Answering the phone”?' });
  await confirm.getByRole('button', { name: 'Delete module' }).click();
  await expect(author.modules.getByRole('row')).toHaveCount(2);

  // The order survives a reload: the Node side rewrote course.yml.
  await page.reload();
  await author.unlock();
  await expect(author.modules.getByRole('row').first()).toContainText('1. Taking messages');
});

test('the library lists courses with problem counts, copies the bundled course, duplicates, renames and deletes', async ({ page, app }) => {
  const author = new AuthorPages(page);
  await author.open(app.url);
  const bundled = author.library.getByRole('article').first();
  await expect(bundled).toContainText('read-only');
  await expect(bundled.getByRole('button', { name: /^Copy to edit/ })).toBeVisible();

  const bundledTitle = (await bundled.getByRole('heading').textContent()) ?? '';
  await bundled.getByRole('button', { name: /^Copy to edit/ }).click();
  const copy = page.getByRole('dialog', { name: 'Copy to edit' });
  await copy.getByRole('textbox', { name: 'Course title' }).fill('My sales course');
  await copy.getByRole('button', { name: 'Make my copy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My sales course' })).toBeVisible();
  await page.getByRole('link', { name: 'Course library' }).click();

  const mine = author.entry('My sales course');
  await expect(mine).toContainText(/\d+ modules/);
  await expect(mine).toContainText(/No problems|error|warning/);
  await saveScreenshot(page, 'author-library');

  await mine.getByRole('button', { name: 'More actions for My sales course' }).click();
  await page.getByRole('menuitem', { name: 'Duplicate…' }).click();
  const duplicate = page.getByRole('dialog', { name: 'Duplicate course' });
  await duplicate.getByRole('textbox', { name: 'Course title' }).fill('Sales, second edition');
  await duplicate.getByRole('button', { name: 'Duplicate' }).click();
  await expect(author.entry('Sales, second edition')).toBeVisible();

  await author
    .entry('Sales, second edition')
    .getByRole('button', { name: /More actions/ })
    .click();
  await page.getByRole('menuitem', { name: 'Rename…' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename course' });
  await rename.getByRole('textbox', { name: 'Course title' }).fill('Sales 2');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(author.entry('Sales 2')).toBeVisible();

  await author
    .entry('Sales 2')
    .getByRole('button', { name: /More actions/ })
    .click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  await page.getByRole('alertdialog', { name: 'Delete “Sales 2”?' }).getByRole('button', { name: 'Delete course' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“Sales 2” was moved to' })).toBeVisible();
  await expect(author.entry('Sales 2')).toHaveCount(0);
  await expect(author.entry(bundledTitle)).toBeVisible();
});
