import { expect, type Locator, type Page } from '@playwright/test';

/** The Author area as a trainer uses it: unlock, library, module list, editor and preview. */
export class AuthorPages {
  readonly library: Locator;
  readonly modules: Locator;
  readonly editor: Locator;
  readonly preview: Locator;
  readonly problems: Locator;
  readonly saveStatus: Locator;

  constructor(readonly page: Page) {
    this.library = page.getByRole('list', { name: 'Courses in the library' });
    this.modules = page.getByRole('grid', { name: 'Modules' });
    this.editor = page.getByRole('textbox', { name: 'Module text' });
    this.preview = page.getByRole('region', { name: 'Preview' });
    this.problems = page.getByRole('grid', { name: /^Problems/ });
    this.saveStatus = page.locator('.save-status');
  }

  /** Opens the Author area on a fresh machine: the trainer sets the passcode first. */
  async open(baseUrl: string, passcode = 'correct horse battery'): Promise<void> {
    await this.page.goto(`${baseUrl}#/author`);
    await expect(this.page.getByRole('heading', { name: 'Set a trainer passcode' })).toBeVisible();
    await this.page.getByLabel('New passcode').fill(passcode);
    await this.page.getByLabel('Type it again').fill(passcode);
    await this.page.getByRole('button', { name: 'Set passcode and continue' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Course library' })).toBeVisible();
  }

  /** After a reload the token is gone (it lives in memory only): unlock again. */
  async unlock(passcode = 'correct horse battery'): Promise<void> {
    await this.page.getByLabel('Trainer passcode').fill(passcode);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }

  entry(title: string): Locator {
    return this.library.getByRole('article', { name: title, exact: true });
  }

  async createCourse(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New course…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New course' });
    await dialog.getByRole('textbox', { name: 'Course title' }).fill(title);
    await dialog.getByRole('button', { name: 'Create course' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  moduleRow(title: string | RegExp): Locator {
    return this.modules.getByRole('row', { name: title });
  }

  async addModule(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add module…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add a module' });
    await dialog.getByRole('textbox', { name: 'Module title' }).fill(title);
    await dialog.getByRole('button', { name: 'Add module' }).click();
    await expect(this.moduleRow(new RegExp(title))).toBeVisible();
    await this.waitForEditor();
  }

  async waitForEditor(): Promise<void> {
    await expect(this.editor).toBeVisible();
    await expect(this.preview.locator('#player-title')).toBeVisible();
  }

  /** Replaces the whole module text, as a person would with select-all and typing (pasting, for speed). */
  async replaceText(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.press('Delete');
    await this.paste(text);
  }

  /** Inserts text at the cursor through a real paste event, the way a clipboard paste arrives. */
  async paste(text: string): Promise<void> {
    await this.editor.evaluate((element, value) => {
      const data = new DataTransfer();
      data.setData('text/plain', value);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  async editorText(): Promise<string> {
    return this.editor.evaluate((element) => Array.from(element.querySelectorAll('.cm-line'), (line) => line.textContent ?? '').join('\n'));
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }
}
