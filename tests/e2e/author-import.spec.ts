import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/fixtures';
import { AuthorPages } from '../support/pages/author';
import { sharedSeedsDir } from '../support/shared-seeds';
import { saveScreenshot } from '../support/screenshot';

test('a blog post pasted as text becomes a new module whose headings are pages', async ({ page, app }) => {
  const seed = await readFile(join(sharedSeedsDir(), '004_af25edafdb1efebf.txt'), 'utf8');
  // The export holds several posts; five or more blank lines separate them.
  const title = 'Making the Customer Do the Work: Another Flawed Strategy';
  const post = seed
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split(/\n(?:[ \t\u00a0]*\n){5,}/)
    .find((text) => text.includes(title));
  expect(post).toBeDefined();

  const author = new AuthorPages(page);
  await author.open(app.url);
  await author.createCourse('Customer types');
  await page.getByRole('button', { name: 'Import a post…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a post' });
  await dialog.locator('label', { hasText: 'Plain text' }).click();
  await dialog.getByRole('textbox', { name: 'Post' }).fill(post ?? '');
  await dialog.getByRole('button', { name: 'Add as a new module' }).click();

  await expect(author.moduleRow(/Making the Customer Do the Work/)).toBeVisible();
  await author.waitForEditor();
  await expect(author.preview.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(author.preview.getByRole('progressbar')).toContainText(/Page 1 of [2-9]/);
  // Short Title Case lines above a paragraph became page headings: at the end of the text the
  // preview follows the cursor to the last page, titled by one of them.
  await author.editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await expect(author.preview.getByRole('progressbar')).toContainText(/Page ([2-9]) of \1/);
  await expect(author.preview.getByRole('heading', { level: 2 }).first()).toHaveText(/Customer Service|Transactional|Relational/);
});

test('a web page (HTML) dropped in as a file keeps its headings', async ({ page, app }) => {
  const author = new AuthorPages(page);
  await author.open(app.url);
  await author.createCourse('Customer types');
  await page.getByRole('button', { name: 'Import a post…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a post' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles(join('tests/fixtures/author', 'post.html'));
  await expect(dialog.getByRole('status')).toHaveText('Read post.html');
  await dialog.getByRole('button', { name: 'Add as a new module' }).click();

  await author.waitForEditor();
  await expect(author.preview.getByRole('heading', { level: 1, name: 'Reading the room' })).toBeVisible();
  // Each second-level heading became a page; the preview follows the cursor to it.
  await author.editor.getByText('Watch before you speak').click();
  await expect(author.preview.getByRole('heading', { level: 2, name: 'Watch before you speak' })).toBeVisible();
  await expect(author.preview.getByRole('listitem').filter({ hasText: 'Quick steps' })).toBeVisible();
  await expect(author.preview.locator('script, iframe')).toHaveCount(0);
});

test('a course exported as a pack imports again under a new name', async ({ page, app }, testInfo) => {
  const author = new AuthorPages(page);
  await author.open(app.url);
  await author.createCourse('Pack me');
  await author.addModule('Second module');

  await page.getByRole('button', { name: 'Export course pack' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /^Download .*\.zip$/ }).click();
  const download = await downloading;
  const packPath = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(packPath);

  await page.getByRole('link', { name: 'Course library' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import course pack…' }).click();
  await (await chooser).setFiles(packPath);
  const preview = page.getByRole('dialog', { name: 'Import “Pack me”' });
  await expect(preview.getByRole('listitem').filter({ hasText: 'Second module' })).toBeVisible();
  await expect(preview).toContainText('No problems');
  await saveScreenshot(page, 'author-pack-import-preview');
  await preview.getByRole('textbox', { name: 'Import as' }).fill('Pack me again');
  await preview.getByRole('button', { name: 'Import course' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Pack me again' })).toBeVisible();
  await expect(author.moduleRow(/Second module/)).toBeVisible();
  await page.getByRole('link', { name: 'Course library' }).click();
  await expect(author.entry('Pack me')).toBeVisible();
  await expect(author.entry('Pack me again')).toBeVisible();
});
