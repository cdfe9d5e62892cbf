import { expectNoAxeViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { AuthorPages } from '../support/pages/author';

for (const scheme of ['light', 'dark'] as const) {
  test(`the trainer gate, library, workspace, editor and preview have no axe violations (${scheme})`, async ({ page, app }) => {
    test.slow(); // sets the passcode (scrypt) and runs an axe scan on each of five screens
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${app.url}#/author`);
    await expect(page.getByRole('heading', { name: 'Set a trainer passcode' })).toBeVisible();
    await expectNoAxeViolations(page, 'the passcode setup');

    const author = new AuthorPages(page);
    await author.open(app.url);
    await expectNoAxeViolations(page, 'the course library');
    await author.createCourse('Accessible course');
    await expectNoAxeViolations(page, 'a course workspace');
    await author.addModule('First steps');
    await expectNoAxeViolations(page, 'the editor with its live preview');
    await page.getByRole('button', { name: 'Import a post…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page, 'the import dialog');
  });
}
