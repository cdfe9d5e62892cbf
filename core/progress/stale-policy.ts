import type { AttemptRecord } from './schema';

/**
 * What a recorded attempt means once the trainer has edited the module. The module's sha256 is
 * stored with every attempt; comparing it with the current module's hash is the only test, so a
 * whitespace edit counts as a change too: the store never guesses which edits are harmless.
 *
 * - A finished attempt (passed, failed, completed) keeps its score and status forever. When stale
 *   it is shown with "earned on an earlier version" (core/service/course-home.ts); it is never re-graded.
 * - An in-progress attempt is resumed on the new version only while nothing in it was graded
 *   against the old one: no answer and no scenario step recorded. Its page is kept (clamped to the
 *   new page count) and its pool draw is replaced by a fresh one for the new version.
 * - Otherwise it is closed as 'superseded' (answers kept for the record, no score) and a new attempt
 *   starts on the current version, so an old answer key can never mark a new question.
 */

export type Freshness = 'current' | 'stale';

/** The one test of "earned on an earlier version": the learner's course home shows it beside a stale result. */
export function attemptFreshness(attempt: Pick<AttemptRecord, 'moduleHash'>, currentModuleHash: string): Freshness {
  return attempt.moduleHash === currentModuleHash ? 'current' : 'stale';
}

export type ResumeDecision =
  /** No attempt yet, or the last one is finished: start a new one. */
  | { kind: 'start' }
  | { kind: 'resume' }
  /** Carry the attempt to the new version: nothing in it depends on the old one. */
  | { kind: 'rebase' }
  /** Close the attempt as superseded and start a new one. */
  | { kind: 'supersede' };

export function decideResume(latest: AttemptRecord | undefined, currentModuleHash: string): ResumeDecision {
  if (!latest || latest.status !== 'in-progress') return { kind: 'start' };
  if (attemptFreshness(latest, currentModuleHash) === 'current') return { kind: 'resume' };
  const gradedAnything = Object.keys(latest.answers).length > 0 || Object.values(latest.scenarioPaths).some((path) => path.length > 0);
  return gradedAnything ? { kind: 'supersede' } : { kind: 'rebase' };
}
