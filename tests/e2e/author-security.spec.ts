import { readFile } from 'node:fs/promises';
import { expect, test } from '../support/fixtures';
import { AuthorPages } from '../support/pages/author';

test('hostile Markdown typed into a module runs nothing in the preview', async ({ page, app }) => {
  const hostile = await readFile('core/course/fixtures/xss.md', 'utf8');
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  const author = new AuthorPages(page);
  await author.open(app.url);
  await author.createCourse('Hostile');
  await author.addModule('Hostile content');
  await author.replaceText(hostile);
  await expect(author.preview.getByRole('heading', { level: 1, name: 'Hostile content' })).toBeVisible();
  await expect(author.preview.getByText('Callout title is escaped.')).toBeVisible();
  await author.preview.locator('label', { hasText: 'Show answers' }).click();
  await expect(author.preview.getByRole('region', { name: 'Answers on this page' })).toBeVisible();
  // Answer the hostile quiz too: its feedback is rendered after grading.
  const quiz = author.preview.locator('.quiz');
  await quiz.locator('label').first().click();
  await quiz.getByRole('button', { name: 'Submit answer' }).click();
  await expect(quiz).toContainText(/Correct|Not quite|Incorrect/);
  await author.expectSaved();

  const findings = await page.evaluate(() => {
    const preview = document.querySelector('.preview-pane');
    if (!preview) return { missing: true };
    const all = Array.from(preview.querySelectorAll('*'));
    return {
      missing: false,
      scripts: preview.querySelectorAll('script, iframe, object, embed, svg').length,
      handlers: all.filter((el) => Array.from(el.attributes).some((attr) => /^on/i.test(attr.name))).length,
      badLinks: Array.from(preview.querySelectorAll('[href], [src]'))
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
        .filter((url) => /^\s*(javascript|vbscript|data:text|file):/i.test(url)),
      xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
    };
  });
  expect(findings).toEqual({ missing: false, scripts: 0, handlers: 0, badLinks: [], xss: null });
  expect(dialogs).toEqual([]);
  // The raw HTML is shown as text, not run.
  await expect(author.preview.getByText('<script>alert(1)</script>', { exact: false }).first()).toBeVisible();
});
