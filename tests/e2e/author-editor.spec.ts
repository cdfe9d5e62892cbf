import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/fixtures';
import { AuthorPages } from '../support/pages/author';
import { saveScreenshot } from '../support/screenshot';

const moduleText = `---
title: Handling complaints
summary: Stay calm and fix the problem.
---

## Listen first

Let the customer **finish** before you answer.

\`\`\`quiz
id: first-step
type: single
prompt: What do you do first when a customer complains?
choices:
  - id: listen
    text: Listen to the whole story
    correct: true
    feedback: Yes, they need to be heard.
  - id: refund
    text: Offer a refund straight away
\`\`\`

## Then fix it

Agree on a concrete next step.
`;

async function newModule(author: AuthorPages, title: string) {
  await author.createCourse('Complaints');
  await author.addModule(title);
}

test('typed Markdown and a quiz show in the live preview, which answers and follows the cursor', async ({ page, app }) => {
  test.slow(); // a long walk: a dozen previews rendered on the Node side, two screenshots
  const author = new AuthorPages(page);
  await author.open(app.url);
  await newModule(author, 'Handling complaints');

  await author.replaceText(moduleText);
  const preview = author.preview;
  // The cursor ends on the last page after the paste: the preview shows it.
  await expect(preview.getByRole('heading', { level: 2, name: 'Then fix it' })).toBeVisible();
  // Typing into the first page keeps the preview there and updates it as the trainer types.
  await author.editor.getByText('Let the customer').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Then breathe.');
  await expect(preview.getByText('Then breathe.')).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Listen first' })).toBeVisible();

  const question = preview.getByRole('region', { name: 'What do you do first when a customer complains?' });
  await question.locator('label', { hasText: 'Listen to the whole story' }).click();
  await question.getByRole('button', { name: 'Submit answer' }).click();
  await expect(question).toContainText('Yes, they need to be heard.');

  await preview.locator('label', { hasText: 'Show answers' }).click();
  await expect(preview.getByRole('switch', { name: 'Show answers' })).toBeChecked();
  const key = preview.getByRole('region', { name: 'Answers on this page' });
  await expect(key).toContainText('Listen to the whole story');
  await key.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'author-editor-preview');
  await page.emulateMedia({ colorScheme: 'dark' });
  await saveScreenshot(page, 'author-editor-preview-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // The preview shows the page the cursor is on, and the editor keeps the focus.
  await author.editor.getByText('Agree on a concrete next step.').click();
  await expect(preview.getByRole('heading', { name: 'Then fix it' })).toBeVisible();
  await expect(preview.getByRole('progressbar')).toContainText('Page 2 of 2');
  await expect(author.editor).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' Today.');
  await expect(preview.getByText('Agree on a concrete next step. Today.')).toBeVisible();
});

test('a problem is underlined and listed while the quiz is wrong, and goes away when fixed', async ({ page, app }) => {
  const author = new AuthorPages(page);
  await author.open(app.url);
  await newModule(author, 'Handling complaints');
  await author.replaceText(moduleText);
  await expect(author.problems).toContainText('No problems found.');

  // Misspell the quiz type, as a trainer might.
  await author.editor.getByText('type: single').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('x');
  const problem = author.problems.getByRole('row').filter({ hasText: 'Error' });
  await expect(problem).toBeVisible();
  await expect(problem).toContainText(/Line 1[0-9]/);
  await expect(author.editor.locator('.cm-lintRange-error')).not.toHaveCount(0);
  await saveScreenshot(page, 'author-diagnostic');

  // Activating the problem puts the cursor on its line, ready to fix it.
  await author.editor.getByText('Let the customer').click();
  await problem.click();
  await expect(author.editor).toBeFocused();
  await expect(author.editor.locator('.cm-activeLine')).toContainText('type: singlx');
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('e');
  await expect(author.problems).toContainText('No problems found.');
  await expect(author.editor.locator('.cm-lintRange-error')).toHaveCount(0);
});

test('autosave keeps the text through a reload', async ({ page, app }) => {
  const author = new AuthorPages(page);
  await author.open(app.url);
  await newModule(author, 'Handling complaints');
  await author.editor.getByText('Write the first page here.').click();
  // The save that carries the whole sentence, whenever the pause in typing sends it. (Checking for
  // "Unsaved changes" first would race the autosave: a slow machine may already be saving.)
  const savedSentence = page.waitForResponse(
    (response) => response.url().endsWith('/api/saveModule') && (response.request().postData() ?? '').includes('Saved without asking.'),
  );
  await page.keyboard.press('End');
  await page.keyboard.type(' Saved without asking.');
  expect(await (await savedSentence).json()).toMatchObject({ ok: true, value: { status: 'saved' } });
  await author.expectSaved();

  await page.reload();
  await author.unlock();
  await author.waitForEditor();
  await expect(author.editor).toContainText('Write the first page here. Saved without asking.');
  await expect(author.preview.getByText('Saved without asking.')).toBeVisible();
});

test('a pasted image is stored with the course and shows in the preview', async ({ page, app }) => {
  const author = new AuthorPages(page);
  await author.open(app.url);
  await newModule(author, 'Handling complaints');
  await author.editor.getByText('Write the first page here.').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');

  await author.editor.evaluate(async (element) => {
    // A 2×2 PNG drawn here, so the test needs no binary fixture.
    const canvas = document.createElement('canvas');
    canvas.width = 2;
    canvas.height = 2;
    const context = canvas.getContext('2d');
    if (context) context.fillRect(0, 0, 2, 2);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('no PNG');
    const data = new DataTransfer();
    data.items.add(new File([blob], 'team photo.png', { type: 'image/png' }));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });

  await expect(author.editor).toContainText(/!\[.*\]\(assets\/.*\.png\)/);
  await expect(author.preview.locator('img[src*="team-photo"]')).toBeVisible();
  await author.expectSaved();
});

test('a module changed on disk while edited asks before anything is overwritten', async ({ page, app }) => {
  const author = new AuthorPages(page);
  await author.open(app.url);
  await newModule(author, 'Handling complaints');
  await author.expectSaved();

  // Another editor changes the file behind Course Studio's back.
  const file = join(app.dataDir, 'courses', 'complaints', 'modules', '02-handling-complaints.md');
  const disk = await readFile(file, 'utf8');
  await writeFile(file, disk.replace('Write the first page here.', 'Changed in another editor.'));

  await author.editor.getByText('Write the first page here.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Mine.');
  const conflict = page.getByRole('alertdialog', { name: 'Changed outside Course Studio' });
  await expect(conflict).toBeVisible();
  expect(await readFile(file, 'utf8')).toContain('Changed in another editor.');

  await conflict.getByRole('button', { name: 'Reload theirs' }).click();
  await expect(author.editor).toContainText('Changed in another editor.');
  await author.expectSaved();
});
