import { describe, expect, it } from 'vitest';
import { compileCourse } from './compile-course';
import { toLearnerModule } from './learner-view';
import type { ModuleModel, Quiz } from './model';
import { seededRandom } from './random';

const example = new URL('../../docs/example-course/', import.meta.url).pathname;

/** Every string of the answer key that a learner must not see before answering. */
function answerKeyStrings(quiz: Quiz): string[] {
  const secrets = [quiz.explanation];
  if ('correctFeedback' in quiz) secrets.push(quiz.correctFeedback, quiz.incorrectFeedback);
  switch (quiz.type) {
    case 'single':
    case 'multiple':
      secrets.push(...quiz.choices.map((choice) => choice.feedback));
      break;
    case 'text':
      secrets.push(...quiz.accept, ...quiz.patterns);
      break;
    case 'scenario':
      for (const step of quiz.steps.filter((step) => step.id !== quiz.start)) secrets.push(step.text);
      for (const step of quiz.steps) secrets.push(...step.choices.map((choice) => choice.feedback));
      for (const outcome of quiz.outcomes) secrets.push(outcome.title, outcome.feedback);
      break;
    default:
      break;
  }
  return secrets.filter((text): text is string => text !== undefined && text.length > 0);
}

async function modules(): Promise<ModuleModel[]> {
  const { course } = await compileCourse(example);
  if (!course) throw new Error('example course did not compile');
  return course.modules;
}

describe('toLearnerModule', () => {
  it('contains none of the answer key', async () => {
    for (const module of await modules()) {
      const learner = toLearnerModule(module, seededRandom(7));
      // Page text may legitimately teach an answer ("ask an open question"); quizzes must not hold it.
      const json = JSON.stringify({ ...learner, pages: [] });
      const secrets = module.quizzes.flatMap(answerKeyStrings);
      expect(secrets.length).toBeGreaterThan(0);
      for (const secret of secrets) expect(json).not.toContain(secret);
      for (const word of ['"correct":', '"feedback":', '"explanation":', '"accept":', '"patterns":', '"outcomes":', '"score":', '"next":', '"match":', '"answer":']) {
        expect(json).not.toContain(word);
      }
    }
  });

  it('shuffles choices with the seeded random when the module shuffles, and keeps order otherwise', async () => {
    const [shuffling, plain] = await modules();
    if (!shuffling || !plain) throw new Error('missing modules');
    const orders = new Set(
      Array.from({ length: 10 }, (_, seed) => {
        const quiz = toLearnerModule(shuffling, seededRandom(seed)).quizzes['driver-values'];
        return quiz?.type === 'single' ? quiz.choices.map((choice) => choice.id).join(',') : '';
      }),
    );
    expect(orders.size).toBeGreaterThan(1);
    expect(toLearnerModule(shuffling, seededRandom(3))).toEqual(toLearnerModule(shuffling, seededRandom(3)));
  });

  it('never shows ordering items in their correct order', async () => {
    const module = (await modules())[1];
    if (!module) throw new Error('missing module');
    for (let seed = 0; seed < 30; seed++) {
      const quiz = toLearnerModule(module, seededRandom(seed)).quizzes['first-call-order'];
      expect(quiz?.type === 'order' && quiz.items.map((item) => item.id).join()).not.toBe('greet,confirm-time,open-question,summarise,next-step');
    }
  });

  it('gives a scenario only its first step', async () => {
    const module = (await modules())[1];
    const quiz = module && toLearnerModule(module, seededRandom(1)).quizzes['late-delivery'];
    expect(quiz).toMatchObject({ type: 'scenario', start: { id: 'opening', choices: [{ id: 'apologise' }, { id: 'policy' }] } });
  });
});
