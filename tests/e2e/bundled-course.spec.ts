import { expect, test } from '../support/fixtures';
import { LearnPages, Player } from '../support/pages/learn';
import { saveScreenshot } from '../support/screenshot';

const course = 'Service with Purpose';

test('a learner completes "Four customer personalities" answering correctly', async ({ page, app }) => {
  const learn = new LearnPages(page);
  await learn.open(app.url);
  await learn.addLearner('Priya Shah', 'S-301');
  await learn.openCourse(course);
  await saveScreenshot(page, 'bundled-course-home');
  const player = await learn.openModule('Four customer personalities', 'Start');
  await player.expectPage(1, 6);
  await saveScreenshot(page, 'bundled-content-page');
  for (let page = 2; page <= 5; page++) await player.next();

  const match = player.question(/Match each customer to the personality/);
  await saveScreenshot(page, 'bundled-practice-before');
  await player.answerMatch(/Match each customer to the personality/, {
    'in work boots': 'Pounder (results)',
    'reads the loan terms line by line': 'Follower (process)',
    'how long they have worked there': 'Nurturer (relationship)',
    'It just feels like home': 'Independent (feelings and impressions)',
    'quote in writing': 'Follower (process)',
    'chats happily about every holiday': 'Nurturer (relationship)',
  });
  await expect(match).toContainText('Correct');
  await expect(await player.answerChoice(/A server who is naturally chatty/, 'False')).toContainText('Correct');
  await expect(await player.answerChoice(/At the deli counter/, 'Give the price per kilo of the cheapest option')).toContainText('Correct');
  await saveScreenshot(page, 'bundled-practice-after');

  await player.next();
  const roleplay = await player.playScenario(/Two customers are waiting/, [
    'I will cancel the old card now and order a new one',
    'Take each question in turn, show her the written terms',
  ]);
  await expect(roleplay.getByText(/10 of 10 points|of \d+ points/)).toBeVisible();
  await saveScreenshot(page, 'bundled-scenario-ending');
  await player.answerText(/Which of the four personalities do you slip into/, 'The Pounder. I will slow down for detail-minded customers.');
  await expect(player.question(/Which of the four personalities do you slip into/)).toContainText('your answer is recorded');
  await player.finish();

  const results = page.getByRole('region', { name: 'You passed this module' });
  await expect(results).toContainText('100%');
  await expect(results).toContainText('You answered every scored question correctly.');
  await page.getByRole('link', { name: course }).click();
  await expect(learn.moduleRow('Four customer personalities')).toContainText('Passed, 100%');
});

test('a learner fails "The five steps of a sale", retakes it and passes', async ({ page, app }) => {
  const learn = new LearnPages(page);
  await learn.open(app.url);
  await learn.addLearner('Tom Berg');
  await learn.openCourse(course);
  let player = await learn.openModule('The five steps of a sale', 'Start');
  for (let step = 1; step < 6; step++) await player.next();
  await player.answerText(/Which step of the sale is not yet complete/, 'desire');
  await expect(player.question(/Which step of the sale is not yet complete/)).toContainText('Not quite');
  await player.answerChoice(/savings plan is exactly what I want/, 'Suggest she opens it today');
  await player.answerChoice(/My brother says we could get the same thing much cheaper/, 'Remind them that they agreed yesterday');
  await player.finish();

  const failed = page.getByRole('region', { name: 'Not passed this time' });
  await expect(failed).toBeVisible();
  await expect(failed).toContainText('Worth another look');
  await failed.getByRole('button', { name: 'Retake the module' }).click();

  player = new Player(page);
  await expect(page.getByText('Attempt 2 of 3')).toBeVisible();
  for (let step = 1; step < 6; step++) await player.next();
  await player.answerOrder('Put the five steps of a sale in order, from first to last.', [
    'Attention',
    'Interest',
    'Conviction',
    'Desire',
    'Action',
  ]);
  await expect(player.question('Put the five steps of a sale in order, from first to last.')).toContainText('Correct');
  await player.answerText(/Which step of the sale is not yet complete/, 'The conviction step');
  await player.answerChoice(/savings plan is exactly what I want/, 'Agree to get in touch in early March');
  await player.answerChoice(/My brother says we could get the same thing much cheaper/, 'Ask what they were quoted elsewhere');
  await player.finish();
  await expect(page.getByRole('region', { name: 'You passed this module' })).toContainText('100%');
});

test('every page of every module of the bundled course opens cleanly', async ({ page, app }) => {
  test.slow(); // opens every page of every module
  const learn = new LearnPages(page);
  await learn.open(app.url);
  await learn.addLearner('Page Turner');
  await learn.openCourse(course);
  const titles = await page.getByRole('list', { name: 'Modules' }).getByRole('heading', { level: 2 }).allInnerTexts();
  expect(titles).toHaveLength(8);
  for (const [index, title] of titles.entries()) {
    const player = await learn.openModule(title, 'Start');
    const pages = Number(/of (\d+)/.exec(await player.progress.innerText())?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let number = 1; number <= pages; number++) {
      await player.expectPage(number, pages);
      await expect(page.locator('#page-title')).not.toBeEmpty();
      if (number < pages) await player.next();
    }
    await saveScreenshot(page, `bundled-module-${index + 1}-last-page`);
    await page.getByRole('link', { name: course }).click();
  }
});
