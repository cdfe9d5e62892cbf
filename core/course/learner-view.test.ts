import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compileCourse } from './compile-course';
import { toLearnerModule, toLearnerQuiz } from './learner-view';
import type { ModuleModel, Quiz } from './model';
import { seededRandom } from './random';
import { quizFrom } from './test-helpers';

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

function orderYaml(ids: string[]): string {
  return `id: steps\ntype: order\nprompt: Put in order\nitems:\n${ids.map((id) => `  - { id: ${id}, text: Step ${id} }`).join('\n')}`;
}

/**
 * How often each order of an ordering question's items (or a matching question's right-hand column)
 * is shown over `attempts` attempts. Attempt ids are UUIDs, made here from a hash so the test always
 * sees the same ones.
 */
function countOrders(quiz: Quiz, attempts: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let n = 0; n < attempts; n++) {
    const hex = createHash('sha256').update(`attempt ${n}`).digest('hex');
    const attemptId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    const shown = toLearnerQuiz(quiz, false, seededRandom(attemptId));
    const ids = shown.type === 'order' ? shown.items : shown.type === 'match' ? shown.right : [];
    const key = ids.map((item) => item.id).join();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
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
      for (const word of [
        '"correct":',
        '"feedback":',
        '"explanation":',
        '"accept":',
        '"patterns":',
        '"outcomes":',
        '"score":',
        '"next":',
        '"match":',
        '"answer":',
      ]) {
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

  it('shows an ordering question in an order that tells nothing about the answer, two items included', () => {
    // 1000 attempts: each of the two orders must come up about half the time (binomial sd ≈ 16).
    const two = countOrders(quizFrom(orderYaml(['first', 'second'])), 1000);
    expect(two.get('first,second')).toBeGreaterThanOrEqual(400);
    expect(two.get('second,first')).toBeGreaterThanOrEqual(400);
    // Three items: all six orders, the correct one included, each about 1000/6 ≈ 167 times (sd ≈ 12).
    const three = countOrders(quizFrom(orderYaml(['a', 'b', 'c'])), 1000);
    expect(three.size).toBe(6);
    for (const count of three.values()) expect(count).toBeGreaterThanOrEqual(110);
  });

  it('shows the right-hand column of a matching question in an order that tells nothing about the pairs', () => {
    const quiz = quizFrom(`
id: pairs
type: match
prompt: Match
left:
  - { id: dog, text: Dog, match: bark }
  - { id: cat, text: Cat, match: meow }
right:
  - { id: bark, text: Barks }
  - { id: meow, text: Meows }`);
    const counts = countOrders(quiz, 1000);
    expect(counts.get('bark,meow')).toBeGreaterThanOrEqual(400);
    expect(counts.get('meow,bark')).toBeGreaterThanOrEqual(400);
  });

  it('gives a scenario only its first step', async () => {
    const module = (await modules())[1];
    const quiz = module && toLearnerModule(module, seededRandom(1)).quizzes['late-delivery'];
    expect(quiz).toMatchObject({ type: 'scenario', start: { id: 'opening', choices: [{ id: 'apologise' }, { id: 'policy' }] } });
  });
});
