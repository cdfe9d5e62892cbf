import type { AttemptRecord } from '../progress/schema';

/**
 * Whether a learner has completed a course, when, and with what score: what a certificate states.
 *
 * - A module counts once it has a passed or completed attempt (a failed one does not).
 * - 'all-modules-completed' needs every module to count; 'all-graded-modules-passed' needs only
 *   the graded ones. A course with no graded modules under the second rule needs every module,
 *   so that completing it still has a date.
 * - completedAt is the moment the last required module first counted. Later retakes do not move
 *   it, so the certificate (whose id hashes that date) stays the same when printed again.
 * - scorePercent is the mean, over graded modules, of the best percent among finished attempts,
 *   rounded to a whole number; null when there are no graded modules or one has no score yet.
 */

export type CompletionRule = 'all-modules-completed' | 'all-graded-modules-passed';

export interface CourseModuleInfo {
  id: string;
  /** Has questions that score; an ungraded module (reading, reflection) finishes as 'completed'. */
  graded: boolean;
}

export type CompletionAttempt = Pick<AttemptRecord, 'moduleId' | 'status' | 'result' | 'completedAt'>;

export interface CourseCompletion {
  completed: boolean;
  completedAt: string | null;
  scorePercent: number | null;
}

/** `attempts` are one learner's attempts at this course (any order); attempts at other modules are ignored. */
export function courseCompletion(
  attempts: readonly CompletionAttempt[],
  courseModules: readonly CourseModuleInfo[],
  completionRule: CompletionRule,
): CourseCompletion {
  const byModule = new Map<string, CompletionAttempt[]>(courseModules.map((module) => [module.id, []]));
  for (const attempt of attempts) byModule.get(attempt.moduleId)?.push(attempt);
  const graded = courseModules.filter((module) => module.graded);
  const required = completionRule === 'all-graded-modules-passed' && graded.length > 0 ? graded : courseModules;

  const firstCounted = required.map((module) => firstCountingAt(byModule.get(module.id) ?? []));
  const completed = required.length > 0 && firstCounted.every((at) => at !== null);
  const completedAt = completed
    ? firstCounted.reduce<string | null>((latest, at) => (latest === null || (at !== null && later(at, latest)) ? at : latest), null)
    : null;
  return { completed, completedAt, scorePercent: meanBestPercent(graded.map((module) => byModule.get(module.id) ?? [])) };
}

function firstCountingAt(attempts: readonly CompletionAttempt[]): string | null {
  let first: string | null = null;
  for (const attempt of attempts) {
    if ((attempt.status !== 'passed' && attempt.status !== 'completed') || attempt.completedAt === null) continue;
    if (first === null || later(first, attempt.completedAt)) first = attempt.completedAt;
  }
  return first;
}

const FINISHED = new Set<string>(['passed', 'failed', 'completed']);

function meanBestPercent(gradedAttempts: readonly (readonly CompletionAttempt[])[]): number | null {
  if (gradedAttempts.length === 0) return null;
  let sum = 0;
  for (const attempts of gradedAttempts) {
    const percents = attempts.flatMap((attempt) => {
      const percent = FINISHED.has(attempt.status) ? attempt.result?.percent : undefined;
      return typeof percent === 'number' ? [percent] : [];
    });
    if (percents.length === 0) return null;
    sum += Math.max(...percents);
  }
  return Math.round(sum / gradedAttempts.length);
}

/** Timestamps may carry different offsets, so compare instants, not strings. */
function later(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}
