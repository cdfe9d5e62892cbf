import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readCsv } from '../../../core/records/testing/csv-read';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export const passcode = 'trainer-2468';

/** The trainer lock as a trainer meets it: set a passcode the first time, unlock after that. */
export async function passTrainerGate(page: Page): Promise<void> {
  const setHeading = page.getByRole('heading', { level: 1, name: 'Set a trainer passcode' });
  const unlock = page.getByRole('textbox', { name: 'Trainer passcode' });
  await expect(setHeading.or(unlock)).toBeVisible();
  if (await setHeading.isVisible()) {
    await page.getByRole('textbox', { name: 'New passcode' }).fill(passcode);
    await page.getByRole('textbox', { name: 'Type it again' }).fill(passcode);
    await page.getByRole('button', { name: 'Set passcode and continue' }).click();
  } else {
    await unlock.fill(passcode);
    await page.getByRole('button', { name: 'Unlock' }).click();
  }
  await expect(setHeading.or(unlock)).toHaveCount(0);
}

/** The Records area: records table, sessions and the live dashboard. */
export class RecordsPages {
  readonly table: Locator;
  readonly sessionsNav: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('grid', { name: 'Completion records' });
    this.sessionsNav = page.getByRole('navigation', { name: 'Records area' });
  }

  async openRecords(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/records`);
    await passTrainerGate(this.page);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Records' })).toBeVisible();
  }

  async goToSection(name: 'Records' | 'Sessions' | 'Settings'): Promise<void> {
    await this.sessionsNav.getByRole('link', { name }).click();
  }

  /** Rows of the records table, the header row left out. */
  rows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader') });
  }

  row(learner: string, module: string): Locator {
    return this.rows()
      .filter({ has: this.page.getByRole('rowheader', { name: learner }) })
      .filter({ hasText: module });
  }

  async createSession(fields: { name: string; facilitator: string; course: string; location?: string }): Promise<void> {
    await this.goToSection('Sessions');
    await this.page.getByRole('link', { name: 'New session' }).click();
    const form = this.page.getByRole('form', { name: 'New session' });
    await form.getByRole('textbox', { name: 'Session name' }).fill(fields.name);
    await form.getByRole('textbox', { name: 'Facilitator' }).fill(fields.facilitator);
    if (fields.location) await form.getByRole('textbox', { name: 'Location (optional)' }).fill(fields.location);
    await form.getByRole('combobox', { name: 'Course' }).selectOption({ label: fields.course });
    await form.getByRole('button', { name: 'Create session' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: fields.name })).toBeVisible();
  }

  dashboard(): Locator {
    return this.page.getByRole('table', { name: 'Learners’ progress' });
  }

  dashboardCell(learner: string, columnIndex: number): Locator {
    return this.dashboard()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: learner }) })
      .getByRole('cell')
      .nth(columnIndex);
  }
}

/** The classroom kiosk: the learners' screen while a session runs. */
export class Kiosk {
  readonly learners: Locator;

  constructor(readonly page: Page) {
    this.learners = page.getByRole('list', { name: 'Learners in this session' });
  }

  async expectSignIn(sessionName: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Who is learning?' })).toBeVisible();
    await expect(this.page.getByRole('banner')).toContainText(sessionName);
  }

  async pick(name: string): Promise<void> {
    await this.learners.getByRole('button', { name: new RegExp(name) }).click();
    await expect(this.page.getByText(`Learning as ${name}`)).toBeVisible();
  }

  async openTrainerPanel(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Trainer' }).click();
    await passTrainerGate(this.page);
  }
}

/** Clicks what starts a download and answers the file's name and contents. */
export async function download(page: Page, trigger: Locator): Promise<{ fileName: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  return { fileName: file.suggestedFilename(), body: await readDownload(file) };
}

async function readDownload(file: Download): Promise<Buffer> {
  const path = await file.path();
  return readFile(path);
}

/** The text of every page of a PDF, read with pdf.js as a PDF reader would. */
export async function pdfText(body: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // The standard fonts are only needed to draw; pointing at them keeps pdf.js from warning that they are missing.
  const standardFontDataUrl = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;
  const pdf = await getDocument({ data: new Uint8Array(body), standardFontDataUrl, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages.join('\n');
}

/** Reads an exported CSV (after its UTF-8 byte order mark) with the records engine's own test reader. */
export function parseCsv(text: string): string[][] {
  return readCsv(text.replace(/^\uFEFF/, '')).filter((row) => row.some((cell) => cell !== ''));
}
