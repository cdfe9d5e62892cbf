import { expect, test } from '../support/fixtures';

test('the renderer has no Node globals', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Who is learning?' })).toBeVisible();
  const globals = await page.evaluate(() => ({
    require: typeof (globalThis as Record<string, unknown>).require,
    process: typeof (globalThis as Record<string, unknown>).process,
    Buffer: typeof (globalThis as Record<string, unknown>).Buffer,
    module: typeof (globalThis as Record<string, unknown>).module,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', Buffer: 'undefined', module: 'undefined' });
});

test('the Content-Security-Policy stops injected inline script', async ({ page, app, pageErrors }) => {
  const response = await page.goto(app.url);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { level: 1, name: 'Who is learning?' })).toBeVisible();

  const ran = await page.evaluate(async () => {
    const marker = globalThis as Record<string, unknown>;
    // Both injections are refused by the policy: wait for its two reports, not for a while.
    let reports = 0;
    const bothRefused = new Promise<void>((resolve) =>
      document.addEventListener('securitypolicyviolation', () => {
        if (++reports === 2) resolve();
      }),
    );
    const script = document.createElement('script');
    script.textContent = 'globalThis.injected = true';
    document.body.append(script);
    const image = document.createElement('img');
    image.setAttribute('src', 'x');
    image.setAttribute('onerror', 'globalThis.injected = true');
    document.body.append(image);
    await bothRefused;
    return marker.injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => pageErrors.some((error) => error.includes('Content Security Policy'))).toBe(true);
  pageErrors.length = 0;
});

test('the API answers unknown methods and bad arguments with structured errors', async ({ page, app, pageErrors }) => {
  await page.goto(app.url);
  const answers = await page.evaluate(async () => {
    const post = async (method: string, body: unknown) => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return response.json();
    };
    return { unknown: await post('formatDisk', {}), invalid: await post('listCourses', { path: '/etc' }) };
  });
  expect(answers.unknown).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  expect(answers.invalid).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  // The browser logs the two deliberate 4xx answers.
  expect(pageErrors.filter((error) => !/status of 40[04]/.test(error))).toEqual([]);
  pageErrors.length = 0;
});
