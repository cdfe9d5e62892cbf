import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expectNoAxeViolations } from '../support/axe';
import { makeDataDir, startBrowserBuild } from '../support/browser-build';
import { expect, test } from '../support/fixtures';
import { LearnPages } from '../support/pages/learn';
import { RecordsPages, download, parseCsv, pdfText } from '../support/pages/records';
import { saveScreenshot } from '../support/screenshot';

test.use({ workspaceCourses: ['tests/fixtures/courses/playback-check'] });

const formulaName = '=HYPERLINK("x")';

/** Ana finishes the course; the learner with a formula for a name passes module 1 and only starts module 2. */
async function playSomeModules(learn: LearnPages): Promise<void> {
  await learn.addLearner('Ana Lopez', 'A-12');
  await learn.openCourse('Playback check');
  let player = await learn.openModule('Greeting customers', 'Start');
  await player.next();
  await player.answerChoice('When should you greet a customer who walks in?', 'Within ten seconds');
  await player.next();
  await player.answerChoice(/Using the customer's name/, 'True');
  await player.finish();
  await learn.page.getByRole('link', { name: 'Playback check' }).click();
  player = await learn.openModule('Saying goodbye', 'Start');
  await player.answerText('Which word should every goodbye include?', 'thanks');
  await player.finish();
  await expect(learn.page.getByRole('heading', { name: 'You passed this module' })).toBeVisible();

  await learn.switchLearner();
  await learn.addLearner(formulaName);
  await learn.openCourse('Playback check');
  player = await learn.openModule('Greeting customers', 'Start');
  await player.next();
  await player.answerChoice('When should you greet a customer who walks in?', 'Once they come to the counter');
  await player.next();
  await player.answerChoice(/Using the customer's name/, 'True');
  await player.finish();
  await expect(learn.page.getByRole('region', { name: 'Not passed this time' })).toBeVisible();
}

test('the records table filters and sorts on the server, and exports the filtered records as CSV', async ({ page, app }) => {
  test.slow();
  await page.goto(app.url);
  await playSomeModules(new LearnPages(page));

  const records = new RecordsPages(page);
  await records.openRecords(app.url);
  await expect(records.rows()).toHaveCount(3);
  await expect(page.getByText('3 records.')).toBeVisible();
  await expect(records.row('Ana Lopez', 'Greeting customers')).toContainText('Passed');
  await expect(records.row(formulaName, 'Greeting customers')).toContainText('Not passed');
  await expectNoAxeViolations(page, 'the records view');
  await saveScreenshot(page, 'records-table');

  await records.table.getByRole('columnheader', { name: 'Learner' }).click();
  await expect(records.table.getByRole('columnheader', { name: 'Learner' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(records.rows().getByRole('rowheader')).toHaveText([/^=HYPERLINK/, /^Ana Lopez/, /^Ana Lopez/]);
  await records.table.getByRole('columnheader', { name: 'Learner' }).click();
  await expect(records.rows().getByRole('rowheader')).toHaveText([/^Ana Lopez/, /^Ana Lopez/, /^=HYPERLINK/]);

  const filters = page.getByRole('search', { name: 'Filter records' });
  await filters.getByRole('checkbox', { name: 'Passed', exact: true }).check();
  await expect(records.rows()).toHaveCount(2);
  await filters.getByRole('checkbox', { name: 'Passed', exact: true }).uncheck();
  await filters.getByRole('searchbox', { name: 'Search learners' }).fill('a-12');
  await expect(records.rows()).toHaveCount(2);
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(records.rows()).toHaveCount(3);

  await filters.getByRole('combobox', { name: 'Course' }).selectOption({ label: 'Playback check' });
  await filters.getByRole('combobox', { name: 'Module' }).selectOption({ label: 'Greeting customers' });
  await expect(records.rows()).toHaveCount(2);
  await page.getByRole('button', { name: /^Export as CSV/ }).click();
  const csv = await download(page, page.getByRole('link', { name: /^⬇? ?Download .*\.csv$/ }));
  const [header, ...rows] = parseCsv(csv.body.toString('utf8'));
  expect(header?.slice(0, 6)).toEqual(['Learner name', 'Staff ID', 'Course', 'Course version', 'Module', 'Status']);
  expect(rows.map((row) => [row[0], row[4], row[5], row[6]]).sort()).toEqual([
    [`'${formulaName}`, 'Greeting customers', 'Failed', '50'],
    ['Ana Lopez', 'Greeting customers', 'Passed', '100'],
  ]);
});

test('a certificate from a record row is a PDF with the learner and the course; another machine’s records file imports once', async ({
  page,
  app,
}, testInfo) => {
  test.slow();
  await page.goto(app.url);
  await playSomeModules(new LearnPages(page));
  const records = new RecordsPages(page);
  await records.openRecords(app.url);

  const row = records.row('Ana Lopez', 'Saying goodbye');
  await row.getByRole('button', { name: 'Certificate (PDF) for Ana Lopez, Playback check' }).click();
  const certificate = await download(page, row.getByRole('link', { name: 'Download certificate for Ana Lopez' }));
  const text = await pdfText(certificate.body);
  expect(text).toContain('Ana Lopez');
  expect(text).toContain('Playback check');

  // Another machine's records file: a second server with its own data folder stands in for it.
  const other = await startOtherMachine();
  try {
    const otherPage = await page.context().newPage();
    const otherLearn = new LearnPages(otherPage);
    await otherLearn.open(other.app.url);
    await otherLearn.addLearner('Chen Wu');
    await otherLearn.openCourse('Playback check');
    const player = await otherLearn.openModule('Saying goodbye', 'Start');
    await player.answerText('Which word should every goodbye include?', 'thank you');
    await player.finish();
    const otherRecords = new RecordsPages(otherPage);
    await otherRecords.openRecords(other.app.url);
    await otherPage.getByRole('button', { name: 'Export this machine’s records' }).click();
    const file = await download(otherPage, otherPage.getByRole('status').filter({ hasText: 'Records file ready.' }).getByRole('link'));
    await otherPage.close();
    await mkdir(testInfo.outputDir, { recursive: true });
    const path = join(testInfo.outputDir, file.fileName);
    await writeFile(path, file.body);

    const importFile = async () => {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Import records from another machine' }).click(),
      ]);
      await chooser.setFiles(path);
    };
    await importFile();
    await expect(page.getByRole('status').filter({ hasText: `Imported ${file.fileName}.` })).toContainText(
      'Added 1 learner and 1 attempt.',
    );
    await expect(records.rows()).toHaveCount(4);
    await expect(records.row('Chen Wu', 'Saying goodbye')).toContainText('Passed');
    // The merge is idempotent: the same file again adds nothing.
    await importFile();
    await expect(page.getByRole('status').filter({ hasText: `Imported ${file.fileName}.` })).toContainText(
      'Added 0 learners and 0 attempts; 1 already here.',
    );
    await expect(records.rows()).toHaveCount(4);
  } finally {
    await other.stop();
  }
});

/** A second machine: its own server and data folder, with the test course. */
async function startOtherMachine() {
  const data = await makeDataDir();
  await cp('tests/fixtures/courses/playback-check', join(data.dir, 'courses', 'playback-check'), { recursive: true });
  const app = await startBrowserBuild(data.dir);
  return {
    app,
    stop: async () => {
      await app.stop();
      await data.remove();
    },
  };
}
