import type { Page } from '@playwright/test';

/** Saves a full-page PNG under test-results/screenshots/ for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
