import * as z from 'zod';

/**
 * The shapes trainers write: course.yml, module front matter and quiz fences, as zod schemas.
 * Messages are predicates ("must be ...") because zod-issues.ts prefixes them with the key name.
 * Objects are strict so a misspelt key is reported (with a suggestion) instead of ignored.
 */

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugMessage = 'must be an id made of lowercase letters, digits and hyphens, e.g. "pitch-opening"';
export const slug = z.string({ error: slugMessage }).regex(SLUG, slugMessage);

/** YAML reads `text: 42` or `text: yes`-like values as numbers or booleans; trainers mean text. */
export const text = z.union([z.string(), z.number(), z.boolean()], { error: 'must be text' }).transform((value) => String(value));

const points = z.number().min(0, 'must be 0 or more').max(1000, 'must be at most 1000');
const partialCredit = z.boolean().default(false);

export const completionRules = ['all-modules-completed', 'all-graded-modules-passed'] as const;

export const courseFileSchema = z.strictObject({
  id: slug,
  title: text,
  description: text.default(''),
  author: text.default(''),
  // Text, so "1.10" stays "1.10"; a bare YAML number 1.10 would already have become 1.1.
  version: text.default('1'),
  language: z
    .string({ error: 'must be a language tag such as en or en-GB' })
    .regex(/^[a-zA-Z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or en-GB')
    .default('en'),
  modules: z.array(z.string({ error: 'must be a file path such as modules/01-intro.md' })).min(1, 'must list at least one module file'),
  completion: z.enum(completionRules).default('all-modules-completed'),
});
export type CourseFile = z.output<typeof courseFileSchema>;

export const frontMatterSchema = z.strictObject({
  id: slug.optional(),
  title: text,
  summary: text.default(''),
  minutes: z.number().int().min(1, 'must be at least 1').optional(),
  objectives: z.array(text).default([]),
  'pass-mark': z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100').default(80),
  attempts: z.number().int().min(1, 'must be at least 1 (leave it out for unlimited attempts)').optional(),
  shuffle: z.boolean().default(false),
});
export type FrontMatter = z.output<typeof frontMatterSchema>;

const common = {
  id: slug,
  prompt: text,
  hint: text.optional(),
  explanation: text.optional(),
};
const scored = {
  points: points.default(1),
  graded: z.boolean().default(true),
  feedback: z.strictObject({ correct: text.optional(), incorrect: text.optional() }).optional(),
};

const choice = z.strictObject({ id: slug, text, correct: z.boolean().default(false), feedback: text.optional() });
const choices = z.array(choice).min(2, 'needs at least two choices');
const item = z.strictObject({ id: slug, text });

export const quizSchemas = {
  single: z.strictObject({ ...common, ...scored, type: z.literal('single'), choices }),
  multiple: z.strictObject({ ...common, ...scored, type: z.literal('multiple'), choices, 'partial-credit': partialCredit }),
  'true-false': z.strictObject({ ...common, ...scored, type: z.literal('true-false'), answer: z.boolean() }),
  text: z.strictObject({
    ...common,
    ...scored,
    type: z.literal('text'),
    accept: z.array(text).default([]),
    patterns: z.array(z.string({ error: 'must be text (a regular expression)' })).default([]),
  }),
  order: z.strictObject({ ...common, ...scored, type: z.literal('order'), items: z.array(item), 'partial-credit': partialCredit }),
  match: z.strictObject({
    ...common,
    ...scored,
    type: z.literal('match'),
    left: z.array(z.strictObject({ id: slug, text, match: slug })).min(1, 'needs at least one item'),
    right: z.array(item).min(1, 'needs at least one item'),
    'partial-credit': partialCredit,
  }),
  scenario: z.strictObject({
    ...common,
    type: z.literal('scenario'),
    graded: z.boolean().default(true),
    start: slug.optional(),
    steps: z
      .array(
        z.strictObject({
          id: slug,
          text,
          choices: z.array(z.strictObject({ id: slug, text, feedback: text.optional(), next: slug.optional() })).default([]),
        }),
      )
      .min(1, 'needs at least one step'),
    outcomes: z
      .array(z.strictObject({ id: slug, title: text, feedback: text.optional(), score: points.default(0) }))
      .min(1, 'needs at least one outcome'),
  }),
  reflection: z.strictObject({
    ...common,
    type: z.literal('reflection'),
    scale: z
      .strictObject({
        min: z.number().int().default(1),
        max: z.number().int().max(100, 'must be at most 100'),
        'min-label': text.optional(),
        'max-label': text.optional(),
      })
      .refine((scale) => scale.max > scale.min, 'must have max greater than min')
      .optional(),
  }),
};

export type QuizType = keyof typeof quizSchemas;
export const quizTypes = Object.keys(quizSchemas) as QuizType[];
export type RawQuiz<T extends QuizType = QuizType> = z.output<(typeof quizSchemas)[T]>;
