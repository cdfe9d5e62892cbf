import * as z from 'zod';

/**
 * What the UI sends as a learner's answer, one shape per question type. The API layer validates
 * incoming answers with `answerSchema` before calling gradeAnswer. Lengths are capped because
 * answers come from outside and some are matched against trainer patterns.
 */

const id = z.string().min(1).max(100);
const ids = z.array(id).max(200);

export const answerSchemas = {
  single: z.strictObject({ type: z.literal('single'), choice: id }),
  multiple: z.strictObject({ type: z.literal('multiple'), choices: ids }),
  'true-false': z.strictObject({ type: z.literal('true-false'), value: z.boolean() }),
  text: z.strictObject({ type: z.literal('text'), text: z.string().max(2000) }),
  order: z.strictObject({ type: z.literal('order'), order: ids }),
  /** left item id → right item id */
  match: z.strictObject({ type: z.literal('match'), pairs: z.record(id, id) }),
  /** Choice ids taken, from the first step. */
  scenario: z.strictObject({ type: z.literal('scenario'), path: ids }),
  /** Free text, or a value on the scale. */
  reflection: z.strictObject({ type: z.literal('reflection'), text: z.string().max(10_000).optional(), value: z.number().optional() }),
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
