import { restartBrowserBuild } from '../support/browser-build';
import { expect, test } from '../support/fixtures';
import { LearnPages, Player } from '../support/pages/learn';
import { saveScreenshot } from '../support/screenshot';

test.use({ workspaceCourses: ['tests/fixtures/courses/playback-check'] });

test('a new learner resumes at the same page with the same answers after a reload and a server restart', async ({ page, app }) => {
  test.slow(); // restarts the server
  const learn = new LearnPages(page);
  await learn.open(app.url);
  await learn.addLearner('Ana Lopez', 'A-12');
  await learn.openCourse('Playback check');
  const player = await learn.openModule('Greeting customers', 'Start');
  await player.expectPage(1, 3);
  await player.next();
  await player.expectPage(2, 3);
  const question = await player.answerChoice('When should you greet a customer who walks in?', 'Within ten seconds');
  await expect(question).toContainText('Correct');
  await expect(page.getByRole('status').filter({ hasText: 'Progress saved' })).toBeVisible();
  await expect(page).toHaveTitle('The first ten seconds — Greeting customers');

  await page.reload();
  await expect(player.title).toHaveText('Greeting customers');
  await player.expectPage(2, 3);
  await expect(player.question('When should you greet a customer who walks in?')).toContainText(
    'A quick greeting tells them they have been seen.',
  );

  // A restarted server listens on a new port, a new origin: the learner picks their name again.
  const restarted = await restartBrowserBuild(app);
  await learn.open(restarted.url);
  await learn.signInAs('Ana Lopez');
  await learn.openCourse('Playback check');
  await expect(learn.moduleRow('Greeting customers')).toContainText('In progress, 67%');
  const resumed = await learn.openModule('Greeting customers', 'Continue');
  await resumed.expectPage(2, 3);
  const answered = resumed.question('When should you greet a customer who walks in?');
  await expect(answered).toContainText('Correct');
  await expect(answered.getByRole('radio', { name: 'Within ten seconds' })).toBeChecked();
  await expect(answered.getByRole('radio', { name: 'Within ten seconds' })).toBeDisabled();
});

test('completing a module shows the results and marks it passed on the course home', async ({ page, app }) => {
  const learn = new LearnPages(page);
  await learn.open(app.url);
  await learn.addLearner('Ben Okafor');
  await learn.openCourse('Playback check');
  const player = await learn.openModule('Greeting customers', 'Start');
  await player.next();
  await player.answerChoice('When should you greet a customer who walks in?', 'Within ten seconds');
  await player.next();
  await expect(await player.answerChoice(/Using the customer's name/, 'True')).toContainText('Correct');
  await player.finish();

  await expect(page.getByRole('heading', { name: 'You passed this module' })).toBeVisible();
  await expect(page.getByText('100%').first()).toBeVisible();
  await saveScreenshot(page, 'player-results-passed');
  await page.getByRole('link', { name: 'Playback check' }).click();
  await expect(learn.moduleRow('Greeting customers')).toContainText('Passed, 100%');
  await expect(page.getByText('1 of 2 modules done')).toBeVisible();
});

test('a failed attempt can be retaken and passed, and the earlier attempt is kept', async ({ page, app }) => {
  const learn = new LearnPages(page);
  await learn.open(app.url);
  await learn.addLearner('Chen Wu');
  await learn.openCourse('Playback check');
  let player = await learn.openModule('Greeting customers', 'Start');
  await player.next();
  await expect(await player.answerChoice('When should you greet a customer who walks in?', 'Once they come to the counter')).toContainText(
    'By then they may feel ignored.',
  );
  await player.next();
  await player.answerChoice(/Using the customer's name/, 'True');
  await player.finish();

  const results = page.getByRole('region', { name: 'Not passed this time' });
  await expect(results).toContainText('50%');
  await expect(results).toContainText('Greet within ten seconds, even if you are busy.');
  await expect(results).toContainText('2 attempts left.');
  await saveScreenshot(page, 'player-results-failed');
  await results.getByRole('button', { name: 'Retake the module' }).click();

  player = new Player(page);
  await expect(page.getByText('Attempt 2 of 3')).toBeVisible();
  await player.expectPage(1, 3);
  await player.next();
  await player.answerChoice('When should you greet a customer who walks in?', 'Within ten seconds');
  await player.next();
  await player.answerChoice(/Using the customer's name/, 'True');
  await player.finish();
  await expect(page.getByRole('heading', { name: 'You passed this module' })).toBeVisible();

  await page.getByRole('link', { name: 'Playback check' }).click();
  await expect(learn.moduleRow('Greeting customers')).toContainText('Passed, 100%');
});

test('a second learner sees none of the first learner’s progress', async ({ page, app }) => {
  const learn = new LearnPages(page);
  await learn.open(app.url);
  await learn.addLearner('Dana Ivers');
  await learn.openCourse('Playback check');
  const player = await learn.openModule('Greeting customers', 'Start');
  await player.next();
  await player.answerChoice('When should you greet a customer who walks in?', 'Within ten seconds');

  await learn.switchLearner();
  await learn.addLearner('Eli Novak');
  await learn.openCourse('Playback check');
  await expect(learn.moduleRow('Greeting customers')).toContainText('Not started');
  const theirs = await learn.openModule('Greeting customers', 'Start');
  await theirs.expectPage(1, 3);
  await theirs.next();
  await expect(theirs.question('When should you greet a customer who walks in?')).not.toContainText('Correct');
  await expect(
    theirs.question('When should you greet a customer who walks in?').getByRole('radio', { name: 'Within ten seconds' }),
  ).not.toBeChecked();

  await learn.switchLearner();
  await expect(page.getByRole('list', { name: 'Learners on this machine' }).getByRole('button')).toHaveCount(2);
  await saveScreenshot(page, 'sign-in-two-learners');
});

test('when the disk refuses a save, the player says "Not saved" and keeps the answer on screen', async ({ page, app }) => {
  // The Node side reports a full or read-only data folder as `save: { saved: false }` (see the
  // playback service tests); here the answer's reply is rewritten to say so, to check what the learner sees.
  await page.route('**/api/submitAnswer', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { ok: boolean; value: { feedback: unknown; save: unknown } };
    body.value.save = { saved: false, message: 'The data folder is full.' };
    await route.fulfill({ response, json: body });
  });
  const learn = new LearnPages(page);
  await learn.open(app.url);
  await learn.addLearner('Fay Moss');
  await learn.openCourse('Playback check');
  const player = await learn.openModule('Greeting customers', 'Start');
  await player.next();
  const question = await player.answerChoice('When should you greet a customer who walks in?', 'Within ten seconds');
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved: The data folder is full.' })).toBeVisible();
  await expect(question).toContainText('Correct');
  await expect(question.getByRole('radio', { name: 'Within ten seconds' })).toBeChecked();

  await page.unroute('**/api/submitAnswer');
  await player.next();
  await expect(page.getByRole('status').filter({ hasText: 'Progress saved' })).toBeVisible();
});
