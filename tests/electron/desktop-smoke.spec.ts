import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiMethodNames } from '../../core/api/methods';
import { electronBinary } from '../../scripts/electron-binary.mjs';
import { chromiumArgs } from '../support/chromium';
import { electronSkipReason } from '../support/electron-availability';

const binary = electronBinary();

test.describe('the desktop app (real Electron window)', () => {
  test.skip(binary === null, electronSkipReason);

  test('opens a window that lists the bundled courses, with only the contract on its bridge', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'course-studio-electron-'));
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      args: ['.', `--user-data-dir=${userData}`, ...chromiumArgs],
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('list', { name: 'Courses' }).getByRole('article', { name: 'Service with Purpose' })).toBeVisible();
      await expect(window).toHaveTitle('Learn — Course Studio');

      const exposed = await window.evaluate(() => ({
        bridge: Object.keys((window as unknown as { courseStudio: object }).courseStudio).sort(),
        require: typeof (globalThis as Record<string, unknown>).require,
        process: typeof (globalThis as Record<string, unknown>).process,
        Buffer: typeof (globalThis as Record<string, unknown>).Buffer,
      }));
      expect(exposed).toEqual({ bridge: [...apiMethodNames].sort(), require: 'undefined', process: 'undefined', Buffer: 'undefined' });

      const dataDir = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
      expect(dataDir).toBe(userData);
      await window.screenshot({ path: 'test-results/screenshots/desktop-course-list.png' });
    } finally {
      await app.close();
      await rm(userData, { recursive: true, force: true });
    }
  });
});
