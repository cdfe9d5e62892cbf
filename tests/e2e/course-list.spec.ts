import { expect, test } from '../support/fixtures';
import { AppShell } from '../support/pages/app-shell';
import { LearnPages } from '../support/pages/learn';
import { saveScreenshot } from '../support/screenshot';

test('the Learn area lists the bundled course read through the API', async ({ page, app }) => {
  const shell = new AppShell(page);
  await shell.open(app.url);
  await new LearnPages(page).addLearner('Ana Lopez');

  await expect(page).toHaveTitle('Learn — Course Studio');
  await expect(shell.area('Learn')).toHaveAttribute('aria-current', 'page');
  const course = shell.course('Service with Purpose');
  await expect(course).toBeVisible();
  await expect(course).toContainText('Practical customer service for front-line staff');
  await expect(course).toContainText(/\d+ modules?/);
  await expect(course).toContainText('Included with the app');
  await saveScreenshot(page, 'learn-course-list');
});

test('the header moves between the Learn, Author and Records areas, and trainer areas ask for the passcode', async ({ page, app }) => {
  const shell = new AppShell(page);
  await shell.open(app.url);

  await shell.goTo('Author');
  await expect(page.getByRole('heading', { level: 1, name: 'Set a trainer passcode' })).toBeVisible();
  await expect(shell.area('Author')).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle('Author — Course Studio');

  await shell.goTo('Records');
  await expect(page.getByRole('heading', { level: 1, name: 'Set a trainer passcode' })).toBeVisible();
  await expect(page).toHaveTitle('Records — Course Studio');

  await page.goBack();
  await expect(shell.area('Author')).toHaveAttribute('aria-current', 'page');
  await shell.goTo('Learn');
  await expect(page.getByRole('heading', { level: 1, name: 'Who is learning?' })).toBeVisible();
});

test('the course list follows the dark theme of the system', async ({ page, app }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const shell = new AppShell(page);
  await shell.open(app.url);
  await new LearnPages(page).addLearner('Ana Lopez');
  await expect(shell.course('Service with Purpose')).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(21, 22, 20)');
  await saveScreenshot(page, 'learn-course-list-dark');
});

test('a failing API call is shown in words with a way to retry', async ({ page, app, pageErrors }) => {
  let failNext = true;
  await page.route('**/api/listCourses', async (route) => {
    if (!failNext) return route.continue();
    failNext = false;
    return route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'internal', message: 'The data folder could not be read.' } }),
    });
  });
  const shell = new AppShell(page);
  await shell.open(app.url);
  await new LearnPages(page).addLearner('Ana Lopez');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The course list could not be loaded');
  await expect(alert).toContainText('The data folder could not be read.');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(shell.course('Service with Purpose')).toBeVisible();
  // The browser logs the deliberate HTTP 500; nothing else may have gone wrong.
  expect(pageErrors.filter((error) => !error.includes('500'))).toEqual([]);
  pageErrors.length = 0;
});
