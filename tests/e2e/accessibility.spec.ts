import { expect, test } from '../support/fixtures';
import { expectNoAxeViolations } from '../support/axe';
import { LearnPages, type Player } from '../support/pages/learn';
import { saveScreenshot } from '../support/screenshot';

// The documented example course uses every question type, so it doubles as the accessibility fixture.
test.use({ workspaceCourses: ['docs/example-course'] });

for (const scheme of ['light', 'dark'] as const) {
  test(`every learner screen and question type has no axe violations (${scheme})`, async ({ page, app }) => {
    test.slow(); // walks every learner screen, with an axe scan on each
    await page.emulateMedia({ colorScheme: scheme });
    const learn = new LearnPages(page);
    await learn.open(app.url);
    await expectNoAxeViolations(page, 'the sign-in screen (empty)');
    await learn.addLearner('Ana Lopez');
    await expectNoAxeViolations(page, 'the course list');
    await learn.switchLearner();
    await expectNoAxeViolations(page, 'the sign-in screen with a learner');
    await learn.signInAs('Ana Lopez');
    await learn.openCourse('Consultative Selling Basics');
    await expectNoAxeViolations(page, 'the course home');

    let player: Player = await learn.openModule('Customer personalities', 'Start');
    await expectNoAxeViolations(page, 'a content page with an image');
    await player.next();
    await expectNoAxeViolations(page, 'a content page with callouts and a comparison');
    if (scheme === 'light') await saveScreenshot(page, 'content-page-callouts');
    await player.next();
    await expectNoAxeViolations(page, 'single, multiple, true/false and matching questions before answering');
    await player.answerChoice('What does a Driver value most?', 'Fast results');
    await player.answerChoices(/Which signals suggest an Analytical customer/, ['Asks detailed questions', 'Brings a spreadsheet']);
    await player.answerChoice("A person's buying style never changes.", 'False');
    await player.answerMatch('Match each style to what it values.', {
      Driver: 'Speed and results',
      Amiable: 'Trust and relationships',
      Analytical: 'Accuracy and detail',
    });
    await expect(player.question('Match each style to what it values.')).toContainText('Correct');
    await expectNoAxeViolations(page, 'single, multiple, true/false and matching questions after answering');
    if (scheme === 'light') await saveScreenshot(page, 'quiz-choice-and-match-answered');
    await player.finish();
    await expect(page.getByRole('heading', { name: 'You passed this module' })).toBeVisible();
    await expectNoAxeViolations(page, 'the results page');

    await page.getByRole('link', { name: 'Consultative Selling Basics' }).click();
    player = await learn.openModule('Opening the conversation', 'Start');
    await expectNoAxeViolations(page, 'ordering and text questions before answering');
    if (scheme === 'light') await saveScreenshot(page, 'quiz-order-and-text-before');
    await player.answerOrder('Put the steps of a first call in order.', [
      'Greet and introduce yourself',
      'Confirm the time is right',
      'Ask a question that gets them talking',
      'Listen and summarise',
      'Agree on a next step',
    ]);
    await expect(player.question('Put the steps of a first call in order.')).toContainText('Correct');
    await player.answerText(/What do we call a question that cannot be answered/, 'Open-ended question');
    await expect(player.question(/What do we call a question that cannot be answered/)).toContainText('Correct');
    await expectNoAxeViolations(page, 'ordering and text questions after answering');
    if (scheme === 'light') await saveScreenshot(page, 'quiz-order-and-text-after');
    await player.next();
    await expectNoAxeViolations(page, 'a scenario before choosing');
    await player.playScenario(/Sam calls because the order arrived a week late/, [
      'Apologise and ask what happened',
      'Offer a concrete fix and a follow-up call',
    ]);
    await expect(player.question(/Sam calls/)).toContainText('Sam stays a customer');
    await expectNoAxeViolations(page, 'a scenario outcome');
    if (scheme === 'light') await saveScreenshot(page, 'quiz-scenario-outcome');
    await player.next();
    await expectNoAxeViolations(page, 'reflection questions before answering');
    await player.answerText(/Which style do you lean towards/, 'Mostly Amiable: I like to chat first.');
    await player.answerScale('How confident do you feel about first calls now?', 4);
    await expect(player.question('How confident do you feel about first calls now?')).toContainText('your answer is recorded');
    await expectNoAxeViolations(page, 'reflection questions after answering');
    if (scheme === 'light') await saveScreenshot(page, 'quiz-reflection-after');
  });
}

test('screens reflow without sideways scrolling at 200% zoom', async ({ page, app }) => {
  // 200% zoom of a 1280×800 window leaves 640×400 CSS pixels.
  await page.setViewportSize({ width: 640, height: 400 });
  const learn = new LearnPages(page);
  await learn.open(app.url);
  await learn.addLearner('Zoë Ñúñez');
  await learn.openCourse('Consultative Selling Basics');
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  expect(await fits(), 'the course home fits').toBe(true);
  const player = await learn.openModule('Customer personalities', 'Start');
  expect(await fits(), 'a content page fits').toBe(true);
  await player.next();
  expect(await fits(), 'a question page fits').toBe(true);
  await saveScreenshot(page, 'zoom-200-question-page');
});
