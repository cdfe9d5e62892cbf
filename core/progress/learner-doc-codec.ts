import * as z from 'zod';
import {
  CURRENT_SCHEMA_VERSION,
  learnerDocSchema,
  learnerIdSchema,
  type AnswerRecord,
  type AttemptRecord,
  type LearnerDoc,
} from './schema';

/**
 * Turns a parsed learner file into the current document, migrating older schema versions.
 *
 * Version 1 (the first prototype) kept one flat list of answers per learner and the last page
 * per module, with no attempts, no module hashes and no scores per attempt:
 *
 *     { "version": 1, "learner": { "id", "name", "createdAt" },
 *       "answers": [{ "courseId", "moduleId", "quizId", "answer", "correct", "score", "maxScore", "at" }],
 *       "pages": { "<courseId>/<moduleId>": 3 } }
 */

/** Stands in for the module hash v1 never recorded; it matches no real sha256, so such attempts read as stale. */
export const UNKNOWN_V1_MODULE_HASH = 'unknown-v1';

const timestamp = z.iso.datetime({ offset: true });

export const learnerDocV1Schema = z.object({
  version: z.literal(1),
  learner: z.object({ id: learnerIdSchema, name: z.string().min(1).max(100), createdAt: timestamp }),
  answers: z.array(
    z.object({
      courseId: z.string().min(1),
      moduleId: z.string().min(1),
      quizId: z.string().min(1),
      answer: z.json(),
      correct: z.boolean().nullable(),
      score: z.number().nonnegative(),
      maxScore: z.number().nonnegative(),
      at: timestamp,
    }),
  ),
  pages: z.record(z.string(), z.number().int().nonnegative()).optional(),
});

export type LearnerDocV1 = z.output<typeof learnerDocV1Schema>;

export class NewerSchemaError extends Error {
  constructor(version: unknown) {
    super(`the file was saved by a newer version of Course Studio (schema ${String(version)})`);
    this.name = 'NewerSchemaError';
  }
}

export interface DecodedLearnerDoc {
  doc: LearnerDoc;
  /** The version the file was written in when it was older than the current one. */
  migratedFrom: number | null;
}

/** Throws (a zod error or NewerSchemaError) when the JSON is not a learner document of any known version. */
export function decodeLearnerDoc(json: unknown, randomId: () => string): DecodedLearnerDoc {
  const version =
    typeof json === 'object' && json !== null
      ? 'schemaVersion' in json
        ? json.schemaVersion
        : 'version' in json
          ? json.version
          : undefined
      : undefined;
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) throw new NewerSchemaError(version);
  if (version === 1) return { doc: migrateV1(learnerDocV1Schema.parse(json), randomId), migratedFrom: 1 };
  return { doc: learnerDocSchema.parse(json), migratedFrom: null };
}

/**
 * One in-progress attempt per module that v1 has answers or a page for. v1 did not record the
 * module's hash, so the attempt gets UNKNOWN_V1_MODULE_HASH and the stale policy decides what
 * happens when the learner opens the module again; nothing is scored afresh here.
 */
export function migrateV1(v1: LearnerDocV1, randomId: () => string): LearnerDoc {
  const attempts = new Map<string, AttemptRecord>();
  const attemptFor = (courseId: string, moduleId: string, at: string): AttemptRecord => {
    const key = `${courseId}/${moduleId}`;
    let attempt = attempts.get(key);
    if (!attempt) {
      attempt = {
        id: randomId(),
        learnerId: v1.learner.id,
        courseId,
        courseVersion: '',
        moduleId,
        moduleHash: UNKNOWN_V1_MODULE_HASH,
        attempt: 1,
        startedAt: at,
        updatedAt: at,
        completedAt: null,
        durationMs: 0,
        status: 'in-progress',
        pageIndex: v1.pages?.[key] ?? 0,
        answers: {},
        scenarioPaths: {},
        drawn: {},
        result: null,
      };
      attempts.set(key, attempt);
    }
    return attempt;
  };
  const byTime = [...v1.answers].sort((a, b) => a.at.localeCompare(b.at));
  for (const answer of byTime) {
    const attempt = attemptFor(answer.courseId, answer.moduleId, answer.at);
    const earlier = attempt.answers[answer.quizId];
    const record: AnswerRecord = {
      value: answer.answer,
      correct: answer.correct,
      score: answer.score,
      maxScore: answer.maxScore,
      answeredAt: answer.at,
      tries: (earlier?.tries ?? 0) + 1,
    };
    attempt.answers[answer.quizId] = record;
    if (answer.at > attempt.updatedAt) attempt.updatedAt = answer.at;
  }
  for (const key of Object.keys(v1.pages ?? {})) {
    const slash = key.indexOf('/');
    if (slash > 0 && slash < key.length - 1) attemptFor(key.slice(0, slash), key.slice(slash + 1), v1.learner.createdAt);
  }
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    learner: { id: v1.learner.id, name: v1.learner.name, createdAt: v1.learner.createdAt },
    attempts: [...attempts.values()],
  };
}
