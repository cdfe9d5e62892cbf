import { describe, expect, it } from 'vitest';
import { answerSchema, type Answer } from './answer-schema';
import { gradeAnswer } from './grade';
import { quizFrom } from './test-helpers';

const single = `
id: q-single
type: single
prompt: Pick one
points: 2
choices:
  - { id: a, text: Right, correct: true, feedback: Nice }
  - { id: b, text: Wrong, feedback: Nope }
feedback: { correct: Well done, incorrect: Try again }`;

const multiple = (partial: boolean) => `
id: q-multiple
type: multiple
prompt: Pick all
points: 4
partial-credit: ${partial}
choices:
  - { id: a, text: A, correct: true }
  - { id: b, text: B, correct: true }
  - { id: c, text: C }`;

const trueFalse = `
id: q-tf
type: true-false
prompt: Sky is blue
answer: true`;

const text = `
id: q-text
type: text
prompt: Name it
accept: [Open Question]
patterns: ["open[- ]ended( question)?"]`;

const order = (partial: boolean) => `
id: q-order
type: order
prompt: Order
points: 3
partial-credit: ${partial}
items:
  - { id: one, text: One }
  - { id: two, text: Two }
  - { id: three, text: Three }`;

const match = (partial: boolean) => `
id: q-match
type: match
prompt: Match
points: 2
partial-credit: ${partial}
left:
  - { id: dog, text: Dog, match: bark }
  - { id: cat, text: Cat, match: meow }
right:
  - { id: bark, text: Barks }
  - { id: meow, text: Meows }
  - { id: moo, text: Moos }`;

const scenario = `
id: q-scenario
type: scenario
prompt: A customer calls
steps:
  - id: s1
    text: First?
    choices:
      - { id: good, text: Listen, feedback: Calm, next: s2 }
      - { id: bad, text: Argue, feedback: Heated, next: lost }
  - id: s2
    text: Then?
    choices:
      - { id: fix, text: Fix it, next: won }
outcomes:
  - { id: won, title: Won, feedback: Kept the customer, score: 10 }
  - { id: lost, title: Lost, feedback: Lost the customer, score: 1 }`;

const reflection = `
id: q-reflect
type: reflection
prompt: How do you feel?
scale: { min: 1, max: 5 }`;

const freeReflection = `
id: q-free
type: reflection
prompt: What will you try?`;

// [name, quiz yaml, answer, expected correct, score, maxScore]
const cases: [string, string, Answer, boolean | null, number, number][] = [
  ['single right', single, { type: 'single', choice: 'a' }, true, 2, 2],
  ['single wrong', single, { type: 'single', choice: 'b' }, false, 0, 2],
  ['multiple right', multiple(false), { type: 'multiple', choices: ['b', 'a'] }, true, 4, 4],
  ['multiple wrong (no partial credit)', multiple(false), { type: 'multiple', choices: ['a'] }, false, 0, 4],
  ['multiple partial', multiple(true), { type: 'multiple', choices: ['a'] }, false, 2, 4],
  ['multiple partial with a wrong pick', multiple(true), { type: 'multiple', choices: ['a', 'c'] }, false, 0, 4],
  ['multiple all picked', multiple(true), { type: 'multiple', choices: ['a', 'b', 'c'] }, false, 2, 4],
  ['true-false right', trueFalse, { type: 'true-false', value: true }, true, 1, 1],
  ['true-false wrong', trueFalse, { type: 'true-false', value: false }, false, 0, 1],
  ['text exact', text, { type: 'text', text: 'Open Question' }, true, 1, 1],
  ['text case and spaces', text, { type: 'text', text: '  open    QUESTION ' }, true, 1, 1],
  ['text pattern', text, { type: 'text', text: 'Open-ended' }, true, 1, 1],
  ['text wrong', text, { type: 'text', text: 'closed question' }, false, 0, 1],
  ['text pattern is anchored', text, { type: 'text', text: 'not an open ended question at all' }, false, 0, 1],
  ['order right', order(false), { type: 'order', order: ['one', 'two', 'three'] }, true, 3, 3],
  ['order wrong', order(false), { type: 'order', order: ['two', 'one', 'three'] }, false, 0, 3],
  ['order partial', order(true), { type: 'order', order: ['two', 'one', 'three'] }, false, 1, 3],
  ['match right', match(false), { type: 'match', pairs: { dog: 'bark', cat: 'meow' } }, true, 2, 2],
  ['match wrong', match(false), { type: 'match', pairs: { dog: 'moo', cat: 'meow' } }, false, 0, 2],
  ['match partial', match(true), { type: 'match', pairs: { dog: 'moo', cat: 'meow' } }, false, 1, 2],
  ['scenario best outcome', scenario, { type: 'scenario', path: ['good', 'fix'] }, true, 10, 10],
  ['scenario poor outcome', scenario, { type: 'scenario', path: ['bad'] }, false, 1, 10],
  ['scenario unfinished', scenario, { type: 'scenario', path: ['good'] }, false, 0, 10],
  ['reflection text', freeReflection, { type: 'reflection', text: 'fine' }, null, 0, 0],
  ['reflection scale', reflection, { type: 'reflection', value: 4 }, null, 0, 0],
];

describe('gradeAnswer', () => {
  it.each(cases)('%s', (_name, yaml, answer, correct, score, maxScore) => {
    expect(answerSchema.safeParse(answer).success).toBe(true);
    const result = gradeAnswer(quizFrom(yaml), answer);
    expect({ correct: result.correct, score: result.score, maxScore: result.maxScore }).toEqual({ correct, score, maxScore });
  });

  it('returns per-choice and general feedback, rendered', () => {
    expect(gradeAnswer(quizFrom(single), { type: 'single', choice: 'b' }).feedback).toEqual(['Nope', 'Try again']);
    expect(gradeAnswer(quizFrom(single), { type: 'single', choice: 'a' }).correctAnswer).toEqual({ type: 'single', choice: 'a' });
  });

  it('gives scenario feedback along the path and the best path as the correct answer', () => {
    const result = gradeAnswer(quizFrom(scenario), { type: 'scenario', path: ['bad'] });
    expect(result.feedback).toEqual(['Heated', 'Lost the customer']);
    expect(result.correctAnswer).toEqual({ type: 'scenario', path: ['good', 'fix'] });
  });

  it('marks practice questions as not graded', () => {
    const quiz = quizFrom(single.replace('points: 2', 'points: 2\ngraded: false'));
    expect(gradeAnswer(quiz, { type: 'single', choice: 'a' })).toMatchObject({ correct: true, graded: false });
  });

  it.each<[string, string, Answer]>([
    ['a wrong-type answer', single, { type: 'reflection' }],
    ['another wrong-type answer', single, { type: 'true-false', value: true }],
    ['an unknown choice', single, { type: 'single', choice: 'zzz' }],
    ['an ordering with an extra id', order(true), { type: 'order', order: ['one', 'two', 'three', 'x'] }],
    ['an unfinished scenario', scenario, { type: 'scenario', path: ['good'] }],
  ])('reveals nothing of the answer key for %s', (_name, yaml, answer) => {
    const quiz = quizFrom(yaml.replace('prompt:', 'explanation: The reason\nprompt:'));
    const result = gradeAnswer(quiz, answer);
    expect(result.error).toBeDefined();
    expect(result).toEqual({ correct: false, score: 0, maxScore: quiz.points, graded: quiz.graded, feedback: [], error: result.error });
  });

  it.each([
    [{ type: 'single' }],
    [{ type: 'text', text: 'x'.repeat(2001) }],
    [{ type: 'essay', text: 'x' }],
    [{ type: 'multiple', choices: 'a' }],
    [{ type: 'match', pairs: Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`l${i}`, 'r'])) }],
    [{ type: 'reflection', value: 2.5 }],
  ])('answerSchema rejects %j', (answer) => {
    expect(answerSchema.safeParse(answer).success).toBe(false);
  });
});
