import * as z from 'zod';
import { ApiError, describeValidationError } from '../errors';
import { isPlainText, limits, notPlainTextMessage } from '../api/limits';
import { learnerIdSchema } from './schema';

/**
 * What each store method accepts. The store validates again even though the API layer will too:
 * these values become file names and scores on disk, and the store has other callers (the crash
 * test, migrations, future importers).
 */

const ref = z.string().min(1).max(200);
const attemptRef = { learnerId: learnerIdSchema, attemptId: z.uuid() };
/** The module's current sha256: changes refuse to land on an attempt made against another version. */
const moduleHash = z.string().min(1).max(100);
const points = z.number().finite().nonnegative().max(1_000_000);
const drawn = z.record(ref, z.array(ref).max(500));
/** Active time is reported in small slices; a day per report is far beyond any real slice. */
const MAX_DURATION_SLICE_MS = 24 * 60 * 60 * 1000;

export const addLearnerInput = z.strictObject({
  name: z
    .string()
    .refine(isPlainText, `a name ${notPlainTextMessage}`)
    .transform((name) => name.trim().replace(/\s+/g, ' '))
    .pipe(
      z.string().min(1, 'a learner needs a name').max(limits.text.learnerName, `a name has at most ${limits.text.learnerName} characters`),
    ),
  staffId: z
    .string()
    .refine(isPlainText, `a staff id ${notPlainTextMessage}`)
    .transform((id) => id.trim())
    .pipe(z.string().max(limits.text.staffId, `a staff id has at most ${limits.text.staffId} characters`))
    .optional()
    .transform((id) => (id ? id : undefined)),
});

export const startOrResumeInput = z.strictObject({
  learnerId: learnerIdSchema,
  courseId: ref,
  courseVersion: z.string().max(100),
  moduleId: ref,
  moduleHash,
  /** Pages in the current version of the module; a resumed page index is clamped to it. */
  pageCount: z.number().int().min(1).max(10_000),
  sessionId: z.string().min(1).max(100).optional(),
  /** The pool draw for a new attempt (pool id → quiz ids); ignored when an attempt is resumed. */
  drawn: drawn.optional(),
});

export const recordPageInput = z.strictObject({ ...attemptRef, pageIndex: z.number().int().nonnegative().max(10_000) });

export const recordAnswerInput = z.strictObject({
  ...attemptRef,
  moduleHash,
  quizId: ref,
  value: z.json(),
  correct: z.boolean().nullable(),
  score: points,
  maxScore: points,
});

export const recordScenarioStepInput = z.strictObject({ ...attemptRef, moduleHash, quizId: ref, choiceId: ref });

export const addDurationInput = z.strictObject({ ...attemptRef, ms: z.number().int().nonnegative().max(MAX_DURATION_SLICE_MS) });

export const finishAttemptInput = z.strictObject({
  ...attemptRef,
  moduleHash,
  score: points,
  maxScore: points,
  /** Percent of maxScore needed to pass. */
  passMark: z.number().min(0).max(100),
  /** Active time since the last addDuration report. */
  ms: z.number().int().nonnegative().max(MAX_DURATION_SLICE_MS).optional(),
});

export type AddLearnerInput = z.input<typeof addLearnerInput>;
export type StartOrResumeInput = z.input<typeof startOrResumeInput>;
export type RecordPageInput = z.input<typeof recordPageInput>;
export type RecordAnswerInput = z.input<typeof recordAnswerInput>;
export type RecordScenarioStepInput = z.input<typeof recordScenarioStepInput>;
export type AddDurationInput = z.input<typeof addDurationInput>;
export type FinishAttemptInput = z.input<typeof finishAttemptInput>;

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ApiError('invalid-argument', `Cannot ${what}: ${describeValidationError(parsed.error)}.`);
  return parsed.data;
}

export function parseLearnerId(learnerId: unknown): string {
  const parsed = learnerIdSchema.safeParse(learnerId);
  if (!parsed.success) throw new ApiError('invalid-argument', 'That is not a learner id.');
  return parsed.data;
}
