import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { restartBrowserBuild } from '../support/browser-build';
import { expectNoAxeViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { RecordsPages } from '../support/pages/records';
import { saveScreenshot } from '../support/screenshot';

test('a damaged sessions file is reported to the trainer until dismissed, across restarts', async ({ page, app }) => {
  test.slow();
  const records = new RecordsPages(page);
  await records.openRecords(app.url);
  await expect(page.getByRole('region', { name: 'Repairs to data files' })).toHaveCount(0);

  // The open page polls the server; leave it first, so stopping the server is not logged as a page error.
  await page.goto('about:blank');
  await app.stop();
  await mkdir(join(app.dataDir, 'sessions'), { recursive: true });
  await writeFile(join(app.dataDir, 'sessions', 'sessions.json'), 'not the list of sessions');
  await restartBrowserBuild(app);

  await records.openRecords(app.url);
  const notices = page.getByRole('region', { name: 'Repairs to data files' });
  await expect(notices.getByText('The classroom sessions file was repaired')).toBeVisible();
  await expect(
    notices.getByText(
      /The list of classroom sessions was damaged and no good copy was found; the damaged file was kept as sessions\.corrupt-/,
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'a repair notice');
  await saveScreenshot(page, 'records-repair-notice');

  // Still there on the Sessions page and after a restart: nobody has dismissed it yet.
  await records.goToSection('Sessions');
  await expect(notices.getByText('The classroom sessions file was repaired')).toBeVisible();
  await page.goto('about:blank');
  await restartBrowserBuild(app);
  await records.openRecords(app.url);
  const listedAgain = page.waitForResponse((response) => response.url().endsWith('/api/listRepairNotices'));
  await notices.getByRole('button', { name: 'Dismiss: The classroom sessions file was repaired' }).click();
  await listedAgain;
  await expect(notices).toHaveCount(0);

  await page.goto('about:blank');
  await restartBrowserBuild(app);
  const listedAfterRestart = page.waitForResponse((response) => response.url().endsWith('/api/listRepairNotices'));
  await records.openRecords(app.url);
  expect(await (await listedAfterRestart).json()).toEqual({ ok: true, value: [] });
  await expect(notices).toHaveCount(0);
});
