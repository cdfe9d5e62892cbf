import { expectNoAxeViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { LearnPages, type Player } from '../support/pages/learn';
import { Kiosk, RecordsPages, download, passTrainerGate, pdfText } from '../support/pages/records';
import { saveScreenshot } from '../support/screenshot';

test.use({ workspaceCourses: ['tests/fixtures/courses/playback-check'] });

const session = 'Tuesday induction';

async function playGreeting(player: Player, greet: 'Within ten seconds' | 'Once they come to the counter'): Promise<void> {
  await player.next();
  await player.answerChoice('When should you greet a customer who walks in?', greet);
  await player.next();
  await player.answerChoice(/Using the customer's name/, 'True');
  await player.finish();
}

test('a classroom session: learners join on the kiosk, the dashboard follows them, certificates, and the passcode ends it', async ({
  page,
  app,
  context,
}) => {
  test.slow();
  const records = new RecordsPages(page);
  await records.openRecords(app.url);
  await records.createSession({ name: session, facilitator: 'Dana Reyes', course: 'Playback check', location: 'Room 2' });
  await expect(page.getByText('Planned')).toBeVisible();
  await expectNoAxeViolations(page, 'a planned session');
  const sessionUrl = page.url();
  await records.goToSection('Sessions');
  await expect(page.getByRole('table', { name: 'Classroom sessions' }).getByRole('link', { name: session })).toBeVisible();
  await expectNoAxeViolations(page, 'the sessions list');
  await page.getByRole('link', { name: session }).click();

  // Starting puts this machine in classroom mode: a kiosk with no way into the trainer areas but the passcode.
  await page.getByRole('button', { name: 'Start session on this machine' }).click();
  const kiosk = new Kiosk(page);
  await kiosk.expectSignIn(session);
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.getByText('Nobody has joined yet.')).toBeVisible();

  // The trainer watches from a second window on the same server.
  const trainer = await context.newPage();
  await trainer.goto(sessionUrl);
  await passTrainerGate(trainer);
  const dashboard = new RecordsPages(trainer);
  await expect(trainer.getByRole('heading', { name: 'Live dashboard' })).toBeVisible();
  await expect(trainer.getByText('Nobody has joined yet. Learners join by picking their name')).toBeVisible();

  const learn = new LearnPages(page);
  await learn.addLearner('Ana Lopez');
  await expect(page.getByRole('list', { name: 'Courses' }).getByRole('article')).toHaveCount(1);
  await learn.openCourse('Playback check');
  await expect(page.getByRole('list', { name: 'Modules' }).getByRole('listitem')).toHaveCount(2);
  await playGreeting(await learn.openModule('Greeting customers', 'Start'), 'Within ten seconds');
  await expect(page.getByRole('heading', { name: 'You passed this module' })).toBeVisible();

  await expect(dashboard.dashboardCell('Ana Lopez', 0)).toContainText('Passed');
  await expect(dashboard.dashboardCell('Ana Lopez', 0)).toContainText('100%');
  await expect(dashboard.dashboardCell('Ana Lopez', 1)).toContainText('Not started');
  await expect(trainer.getByRole('meter', { name: 'Greeting customers' })).toHaveAttribute('aria-valuetext', '1 of 1 done (100%)');

  await page.getByRole('link', { name: 'Playback check' }).click();
  const farewell = await learn.openModule('Saying goodbye', 'Start');
  await farewell.answerText('Which word should every goodbye include?', 'thanks');
  await farewell.finish();
  await expect(page.getByRole('heading', { name: 'You passed this module' })).toBeVisible();

  await learn.switchLearner();
  await kiosk.expectSignIn(session);
  await expect(kiosk.learners.getByRole('button')).toHaveText([/Ana Lopez/]);
  await expectNoAxeViolations(page, 'the kiosk sign-in');
  await saveScreenshot(page, 'classroom-kiosk-sign-in');

  await learn.addLearner('Ben Okafor');
  await learn.openCourse('Playback check');
  await playGreeting(await learn.openModule('Greeting customers', 'Start'), 'Once they come to the counter');
  await expect(page.getByRole('region', { name: 'Not passed this time' })).toContainText('50%');

  await expect(dashboard.dashboardCell('Ben Okafor', 0)).toContainText('Not passed');
  await expect(dashboard.dashboardCell('Ben Okafor', 0)).toContainText('50%');
  await expect(dashboard.dashboardCell('Ana Lopez', 1)).toContainText('Passed');
  await expect(trainer.getByRole('meter', { name: 'Greeting customers' })).toHaveAttribute('aria-valuetext', '1 of 2 done (50%)');
  await expect(trainer.getByRole('meter', { name: 'Saying goodbye' })).toHaveAttribute('aria-valuetext', '1 of 2 done (50%)');
  await expectNoAxeViolations(trainer, 'the live dashboard');
  await saveScreenshot(trainer, 'classroom-dashboard');

  // Only Ana finished the whole course, so the session's certificates are hers.
  await trainer.getByRole('button', { name: 'Certificates for this session' }).click();
  await expect(trainer.getByRole('status').filter({ hasText: '1 certificate ready.' })).toBeVisible();
  const certificates = await download(trainer, trainer.getByRole('link', { name: /Download certificates-/ }));
  expect(certificates.fileName).toMatch(/\.pdf$/);
  const text = await pdfText(certificates.body);
  expect(text).toContain('Ana Lopez');
  expect(text).toContain('Playback check');
  expect(text).not.toContain('Ben Okafor');
  await trainer.close();

  // Leaving classroom mode takes the passcode.
  await kiosk.openTrainerPanel();
  await expect(page.getByRole('heading', { level: 1, name: session })).toBeVisible();
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Who is learning?' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Learners on this machine' }).getByRole('button')).toHaveCount(2);
  await expect(page.getByRole('banner')).not.toContainText(session);
});

test('the kiosk survives a reload, and the trainer panel opens Records and goes back to the learners locked', async ({ page, app }) => {
  const records = new RecordsPages(page);
  await records.openRecords(app.url);
  await records.createSession({ name: session, facilitator: 'Dana Reyes', course: 'Playback check' });
  await page.getByRole('button', { name: 'Start session on this machine' }).click();
  const kiosk = new Kiosk(page);
  await kiosk.expectSignIn(session);

  await page.reload();
  await kiosk.expectSignIn(session);
  // A trainer area typed into the address bar still asks for the passcode.
  await page.goto(`${app.url}#/records`);
  await expect(page.getByRole('textbox', { name: 'Trainer passcode' })).toBeVisible();
  await page.goto(`${app.url}#/learn`);

  await kiosk.openTrainerPanel();
  await page.getByRole('button', { name: 'Open Records' }).click();
  await expect(page.getByRole('heading', { level: 1, name: session })).toBeVisible();
  await expect(page.getByText('Running now')).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: 'Trainer' }).click();
  await page.getByRole('button', { name: 'Back to the learners' }).click();
  await kiosk.expectSignIn(session);
  await page.getByRole('banner').getByRole('button', { name: 'Trainer' }).click();
  await expect(page.getByRole('textbox', { name: 'Trainer passcode' })).toBeVisible();
});

test('a learner who used the machine before finds their name on the kiosk instead of being added twice', async ({ page, app }) => {
  const learn = new LearnPages(page);
  await learn.open(app.url);
  await learn.addLearner('Gita Rao', 'G-7');
  await learn.switchLearner();

  const records = new RecordsPages(page);
  await records.openRecords(app.url);
  await records.createSession({ name: session, facilitator: 'Dana Reyes', course: 'Playback check' });
  await page.getByRole('button', { name: 'Start session on this machine' }).click();
  await new Kiosk(page).expectSignIn(session);

  // Nothing is listed until two letters are typed: the kiosk never shows everyone who used the machine.
  const search = page.getByRole('searchbox', { name: 'Find your name or staff id' });
  await search.fill('g');
  await expect(page.getByRole('list', { name: 'Matching learners' })).toHaveCount(0);
  await search.fill('gi');
  await page
    .getByRole('list', { name: 'Matching learners' })
    .getByRole('button', { name: /Gita Rao/ })
    .click();
  await expect(page.getByText('Learning as Gita Rao')).toBeVisible();

  await learn.switchLearner();
  await expect(page.getByRole('list', { name: 'Learners in this session' }).getByRole('button')).toHaveCount(1);
  const { total } = await page.evaluate(async () => {
    const response = await fetch('/api/listLearners', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    const body = (await response.json()) as { value: unknown[] };
    return { total: body.value.length };
  });
  expect(total).toBe(1);
});
