import { cp } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { makeDataDir, startBrowserBuild, type BrowserBuild } from './browser-build';

interface Options {
  /** Course folders (relative to the repo) copied into the data folder's workspace before the app starts. */
  workspaceCourses: string[];
}

interface Fixtures {
  /** A fresh browser build with its own empty data folder, started for this test. */
  app: BrowserBuild;
  /** Requests the page tried to send anywhere but 127.0.0.1 (they are blocked). */
  offsiteRequests: string[];
  /** Console errors and uncaught exceptions on the page, CSP violations included. */
  pageErrors: string[];
}

export const test = base.extend<Options & Fixtures>({
  workspaceCourses: [[], { option: true }],

  app: async ({ workspaceCourses }, use) => {
    const data = await makeDataDir();
    try {
      for (const folder of workspaceCourses) await cp(folder, join(data.dir, 'courses', basename(folder)), { recursive: true });
      const app = await startBrowserBuild(data.dir);
      try {
        await use(app);
      } finally {
        // Teardown runs after a failed or timed-out test too; a killed worker closes the server's
        // input pipe instead, which stops it (see startBrowserBuild).
        await app.stop();
      }
    } finally {
      await data.remove();
    }
  },

  offsiteRequests: [
    async ({ context }, use) => {
      const offsite: string[] = [];
      await context.route(
        (url) => !['127.0.0.1', ''].includes(url.hostname) && !url.protocol.startsWith('data') && !url.protocol.startsWith('blob'),
        (route) => {
          offsite.push(route.request().url());
          return route.abort('blockedbyclient');
        },
      );
      await use(offsite);
      expect(offsite, 'the app must work offline: no request may leave 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],

  pageErrors: [
    // Depends on `app` so the server outlives the page: late requests must not hit a stopped server.
    async ({ page, app }, use) => {
      void app;
      const errors: string[] = [];
      page.on('console', (message) => {
        // The API answers refusals with 4xx statuses, which Chromium logs; the UI shows those in words.
        const refusedApiCall = message.location().url.includes('/api/') && /status of 4\d\d/.test(message.text());
        if (message.type() === 'error' && !refusedApiCall) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'the page must not log errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
