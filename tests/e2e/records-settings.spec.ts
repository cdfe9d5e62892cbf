import { expectNoAxeViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { RecordsPages, passcode } from '../support/pages/records';
import { saveScreenshot } from '../support/screenshot';

test.use({ workspaceCourses: ['tests/fixtures/courses/playback-check'] });

test('settings are kept, the passcode can be changed, and "Lock now" locks the area', async ({ page, app }) => {
  test.slow();
  const records = new RecordsPages(page);
  await records.openRecords(app.url);
  await records.goToSection('Settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Trainer name' }).fill('Dana Reyes');
  await page.getByRole('textbox', { name: 'Organisation' }).fill('Northwind Stores');
  await page.getByRole('textbox', { name: 'xAPI account home page' }).fill('https://lms.example.org');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await expectNoAxeViolations(page, 'the settings');

  // A new session's facilitator starts as the trainer named in the settings.
  await records.goToSection('Sessions');
  await page.getByRole('link', { name: 'New session' }).click();
  await expect(page.getByRole('textbox', { name: 'Facilitator' })).toHaveValue('Dana Reyes');
  await page.getByRole('combobox', { name: 'Course' }).selectOption({ label: 'Playback check' });
  const modules = page.getByRole('group', { name: 'Modules' }).getByRole('checkbox');
  await expect(modules).toHaveCount(2);
  await expect(modules.first()).toBeChecked();
  await expect(modules.last()).toBeChecked();
  await expectNoAxeViolations(page, 'the new session form');

  await records.goToSection('Settings');
  await page.getByLabel('Current passcode').fill(passcode);
  await page.getByLabel('New passcode', { exact: true }).fill('another-1357');
  await page.getByLabel('New passcode again').fill('another-1357');
  await page.getByRole('button', { name: 'Change passcode' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Passcode changed.' })).toBeVisible();

  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.getByRole('textbox', { name: 'Trainer passcode' }).fill('another-1357');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Organisation' })).toHaveValue('Northwind Stores');
});

test('the records view reads well in the dark theme with no records yet', async ({ page, app }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const records = new RecordsPages(page);
  await records.openRecords(app.url);
  await expect(page.getByText('No records match these filters.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Export as CSV/ })).toBeDisabled();
  await expectNoAxeViolations(page, 'the empty records view, dark');
  await saveScreenshot(page, 'records-empty-dark');
});
