import * as z from 'zod';

/**
 * What the UI sends as a learner's answer, one shape per question type. The API layer validates
 * incoming answers with `answerSchema`; `answerMisfit` (answer-fit.ts) then checks the answer against
 * the question it answers. Sizes are capped because answers come from outside, are stored in the
 * learner's file, and some are matched against trainer patterns.
 */

/** Longest short text answer, in characters (docs/course-format.md). */
export const MAX_TEXT_ANSWER = 2000;
/** Longest free-text reflection, in characters (docs/course-format.md). */
export const MAX_REFLECTION_TEXT = 10_000;
/** More ids than any question has: choices, items, pairs and scenario steps per answer. */
export const MAX_ANSWER_IDS = 200;

const id = z.string().min(1).max(100);
const ids = z.array(id).max(MAX_ANSWER_IDS);

export const answerSchemas = {
  single: z.strictObject({ type: z.literal('single'), choice: id }),
  multiple: z.strictObject({ type: z.literal('multiple'), choices: ids }),
  'true-false': z.strictObject({ type: z.literal('true-false'), value: z.boolean() }),
  text: z.strictObject({ type: z.literal('text'), text: z.string().max(MAX_TEXT_ANSWER) }),
  order: z.strictObject({ type: z.literal('order'), order: ids }),
  /** left item id → right item id */
  match: z.strictObject({
    type: z.literal('match'),
    pairs: z.record(id, id).refine((pairs) => Object.keys(pairs).length <= MAX_ANSWER_IDS, `has more than ${MAX_ANSWER_IDS} pairs`),
  }),
  /** Choice ids taken, from the first step. */
  scenario: z.strictObject({ type: z.literal('scenario'), path: ids }),
  /** Free text, or a whole number on the scale. */
  reflection: z.strictObject({
    type: z.literal('reflection'),
    text: z.string().max(MAX_REFLECTION_TEXT).optional(),
    value: z.number().int().optional(),
  }),
};

export const answerSchema = z.discriminatedUnion('type', [
  answerSchemas.single,
  answerSchemas.multiple,
  answerSchemas['true-false'],
  answerSchemas.text,
  answerSchemas.order,
  answerSchemas.match,
  answerSchemas.scenario,
  answerSchemas.reflection,
]);

export type Answer = z.output<typeof answerSchema>;
export type AnswerOf<T extends Answer['type']> = Extract<Answer, { type: T }>;
