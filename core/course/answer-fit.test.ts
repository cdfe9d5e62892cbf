import { describe, expect, it } from 'vitest';
import { answerMisfit } from './answer-fit';
import type { Answer } from './answer-schema';
import { quizFrom } from './test-helpers';

const single = `
id: q-single
type: single
prompt: Pick one
choices:
  - { id: a, text: A, correct: true }
  - { id: b, text: B }`;

const multiple = `
id: q-multiple
type: multiple
prompt: Pick all
choices:
  - { id: a, text: A, correct: true }
  - { id: b, text: B, correct: true }
  - { id: c, text: C }`;

const order = `
id: q-order
type: order
prompt: Order
items:
  - { id: one, text: One }
  - { id: two, text: Two }
  - { id: three, text: Three }`;

const match = `
id: q-match
type: match
prompt: Match
left:
  - { id: dog, text: Dog, match: bark }
  - { id: cat, text: Cat, match: meow }
right:
  - { id: bark, text: Barks }
  - { id: meow, text: Meows }
  - { id: moo, text: Moos }`;

const scale = `
id: q-scale
type: reflection
prompt: How sure are you?
scale: { min: 1, max: 5 }`;

const freeText = `
id: q-free
type: reflection
prompt: What will you try?`;

const text = `
id: q-text
type: text
prompt: Name it
accept: [open question]`;

const manyPairs = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`premise-${i}`, 'bark']));

// [name, quiz yaml, answer, what the message must say (or null: the answer fits)]
const cases: [string, string, Answer, string | null][] = [
  ['a known choice', single, { type: 'single', choice: 'b' }, null],
  ['an unknown choice', single, { type: 'single', choice: 'zzz' }, "'zzz' is not one of its choices"],
  ['a wrong-type answer', single, { type: 'reflection' }, 'is a single question, but the answer is for a reflection question'],
  ['some known choices', multiple, { type: 'multiple', choices: ['c', 'a'] }, null],
  ['no choice at all', multiple, { type: 'multiple', choices: [] }, null],
  ['a repeated choice', multiple, { type: 'multiple', choices: ['a', 'a'] }, "'a' is given twice"],
  ['an unknown choice among known ones', multiple, { type: 'multiple', choices: ['a', 'x'] }, "'x' is not one of its choices"],
  ['every item once', order, { type: 'order', order: ['two', 'three', 'one'] }, null],
  ['an item left out', order, { type: 'order', order: ['one', 'two'] }, 'must list all 3 items, not 2'],
  ['an item twice', order, { type: 'order', order: ['one', 'two', 'two'] }, "'two' is given twice"],
  ['an unknown item', order, { type: 'order', order: ['one', 'two', 'four'] }, "'four' is not one of its items"],
  ['known pairs', match, { type: 'match', pairs: { dog: 'moo', cat: 'meow' } }, null],
  ['fewer pairs than premises', match, { type: 'match', pairs: { dog: 'bark' } }, null],
  ['an unknown premise', match, { type: 'match', pairs: { dog: 'bark', cow: 'moo' } }, "'cow' is not one of the items to match"],
  ['an unknown answer', match, { type: 'match', pairs: { dog: 'quack' } }, "'quack' is not one of the answers to match with"],
  ['200,000 made-up pairs', match, { type: 'match', pairs: manyPairs }, "'premise-0' is not one of the items to match"],
  ['a rating on the scale', scale, { type: 'reflection', value: 5 }, null],
  ['a rating above the scale', scale, { type: 'reflection', value: 999 }, 'a whole number from 1 to 5'],
  ['a huge rating', scale, { type: 'reflection', value: 1e308 }, 'a whole number from 1 to 5'],
  ['a rating below the scale', scale, { type: 'reflection', value: 0 }, 'a whole number from 1 to 5'],
  ['a fractional rating', scale, { type: 'reflection', value: 2.5 }, 'a whole number from 1 to 5'],
  ['text for a rating', scale, { type: 'reflection', text: 'high' }, 'takes a number on its scale'],
  ['free text', freeText, { type: 'reflection', text: 'Ask more questions' }, null],
  ['a number for free text', freeText, { type: 'reflection', value: 3 }, 'takes text, not a number'],
  ['an empty reflection', freeText, { type: 'reflection' }, 'has no text'],
  ['too much free text', freeText, { type: 'reflection', text: 'x'.repeat(10_001) }, 'longer than 10000 characters'],
  ['a short text answer', text, { type: 'text', text: 'open question' }, null],
  ['a long text answer', text, { type: 'text', text: 'x'.repeat(2001) }, 'longer than 2000 characters'],
];

describe('answerMisfit', () => {
  it.each(cases)('%s', (_name, yaml, answer, expected) => {
    const misfit = answerMisfit(quizFrom(yaml), answer);
    if (expected === null) expect(misfit).toBeNull();
    else expect(misfit?.message).toContain(expected);
  });
});
