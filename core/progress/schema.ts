import * as z from 'zod';

/**
 * The on-disk shape of a learner's progress (schema version 2) and of the learners index.
 * Every file is validated against these on load: a file that is valid JSON but does not fit is
 * treated as corrupt, so a hand edit or a half-migrated file never reaches the scoring code.
 * Version 1 and its migration live in migrate-v1.ts.
 */

export const CURRENT_SCHEMA_VERSION = 2;

/** Learner ids are generated UUIDs; checking the shape also keeps ids safe to use as file names. */
export const learnerIdSchema = z.uuid();
const timestamp = z.iso.datetime({ offset: true });
const courseRef = z.string().min(1).max(200);
const nonNegative = z.number().finite().nonnegative();

export const learnerProfileSchema = z.strictObject({
  id: learnerIdSchema,
  name: z.string().min(1).max(100),
  staffId: z.string().min(1).max(50).optional(),
  createdAt: timestamp,
});

export const answerRecordSchema = z.strictObject({
  /** The submitted answer exactly as the course engine received it; the store never reads it. */
  value: z.json(),
  /** null for reflections, which are never right or wrong. */
  correct: z.boolean().nullable(),
  score: nonNegative,
  maxScore: nonNegative,
  answeredAt: timestamp,
  /** How many times this question was answered in this attempt (the last answer is kept). */
  tries: z.number().int().min(1),
});

export const attemptStatuses = ['in-progress', 'completed', 'passed', 'failed', 'superseded'] as const;

export const attemptResultSchema = z.strictObject({
  score: nonNegative,
  maxScore: nonNegative,
  /** null when the module has no graded questions (maxScore 0). */
  percent: z.number().min(0).max(100).nullable(),
  passMark: z.number().min(0).max(100),
});

export const attemptRecordSchema = z.strictObject({
  id: z.uuid(),
  learnerId: learnerIdSchema,
  courseId: courseRef,
  courseVersion: z.string().max(100),
  moduleId: courseRef,
  /** sha256 of the module file this attempt was played (and graded) against. */
  moduleHash: z.string().min(1).max(100),
  /** Hashes this attempt was moved off when it was carried to a new version before any answer. */
  rebasedFrom: z.array(z.string()).optional(),
  attempt: z.number().int().min(1),
  sessionId: z.string().min(1).max(100).optional(),
  startedAt: timestamp,
  updatedAt: timestamp,
  /** When the attempt was finished or superseded; null while in progress. */
  completedAt: timestamp.nullable(),
  /** Active time in milliseconds, as reported by the player and capped by the wall clock (see timeReportedAt). */
  durationMs: z.number().int().nonnegative(),
  /**
   * When active time was last reported (or the attempt started). A report adds at most the time
   * that has passed since, so repeated or inflated reports cannot add more time than went by.
   * Absent in attempts saved before it existed; updatedAt stands in for it there.
   */
  timeReportedAt: timestamp.optional(),
  status: z.enum(attemptStatuses),
  pageIndex: z.number().int().nonnegative(),
  /** Keyed by quiz id. */
  answers: z.record(z.string(), answerRecordSchema),
  /** Choice ids taken in each branching scenario, keyed by quiz id. */
  scenarioPaths: z.record(z.string(), z.array(z.string())),
  /** Quiz ids drawn from each pool for this attempt, keyed by pool id. */
  drawn: z.record(z.string(), z.array(z.string())),
  result: attemptResultSchema.nullable(),
});

export const learnerDocSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  learner: learnerProfileSchema,
  /** Every attempt at every module, oldest first; retakes append, nothing is removed. */
  attempts: z.array(attemptRecordSchema),
});

export const learnersIndexSchema = z.strictObject({
  schemaVersion: z.literal(1),
  learners: z.array(learnerProfileSchema),
});

export type LearnerProfile = z.output<typeof learnerProfileSchema>;
export type AnswerRecord = z.output<typeof answerRecordSchema>;
export type AttemptStatus = (typeof attemptStatuses)[number];
export type AttemptResult = z.output<typeof attemptResultSchema>;
export type AttemptRecord = z.output<typeof attemptRecordSchema>;
export type LearnerDoc = z.output<typeof learnerDocSchema>;
export type LearnersIndex = z.output<typeof learnersIndexSchema>;
/** Any JSON value: what an answer's `value` may hold. */
export type JsonValue = z.output<ReturnType<typeof z.json>>;
