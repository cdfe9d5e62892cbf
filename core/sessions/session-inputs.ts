import * as z from 'zod';
import { ApiError, describeValidationError, listKeys, type IssueWording } from '../errors';
import { isPlainText, limits } from '../api/limits';
import { learnerIdSchema } from '../progress/schema';

/**
 * What a trainer may type into the session form. Every check carries the sentence the form shows,
 * written for the trainer ("Pick at least one module."), not zod's wording.
 */

/** A missing field and a field of the wrong kind read differently on the form. */
const needed = (label: string, kind: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? `${label} is needed.` : `${label} must be ${kind}.`),
});

const text = (label: string, options: { required: boolean; max: number }) =>
  z
    .string(needed(label, 'text'))
    .refine(isPlainText, `${label} contains a control character or a broken character; type it again.`)
    .transform((value) => value.trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(options.required ? 1 : 0, `${label} is needed.`)
        .max(options.max, `${label} can have at most ${options.max} characters.`),
    );

const id = (label: string) => z.string(`Pick ${label}.`).trim().min(1, `Pick ${label}.`).max(200, `That ${label} id is too long.`);

export const sessionFields = {
  name: text('The session name', { required: true, max: limits.text.sessionField }),
  date: z.iso.date('The date must be a real day written as YYYY-MM-DD, for example 2025-03-14.'),
  facilitator: text('The facilitator', { required: true, max: limits.text.sessionField }),
  location: text('The location', { required: false, max: limits.text.sessionField }),
  courseId: id('a course'),
  moduleIds: z
    .array(id('a module'), 'Pick at least one module.')
    .min(1, 'Pick at least one module.')
    .max(200, 'A session can have at most 200 modules.')
    .superRefine((ids, context) => {
      const twice = ids.find((moduleId, at) => ids.indexOf(moduleId) !== at);
      if (twice !== undefined) context.addIssue({ code: 'custom', message: `The module '${twice}' is listed twice.` });
    }),
};

export const createSessionInput = z.strictObject({ ...sessionFields, location: sessionFields.location.default('') });
/** Any of the fields; the rest stay as they are. */
export const updateSessionInput = z.strictObject(sessionFields).partial();

export type CreateSessionInput = z.input<typeof createSessionInput>;
export type UpdateSessionInput = z.input<typeof updateSessionInput>;

export function parseSessionInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ApiError('invalid-argument', `Cannot ${what}: ${describeValidationError(parsed.error, sessionWording)}`);
}

export function parseSessionId(value: unknown): string {
  const parsed = z.uuid().safeParse(value);
  if (!parsed.success) throw new ApiError('invalid-argument', 'That is not a session id.');
  return parsed.data;
}

export function parseLearnerId(value: unknown): string {
  const parsed = learnerIdSchema.safeParse(value);
  if (!parsed.success) throw new ApiError('invalid-argument', 'That is not a learner id.');
  return parsed.data;
}

/** Every check above carries its own sentence; only a key no form sends needs one made here. */
const sessionWording: IssueWording = {
  issue: (issue) =>
    issue.code === 'unrecognized_keys' ? `The session form has no field ${listKeys(issue.keys, (key) => `'${key}'`)}.` : issue.message,
  separator: ' ',
};
