import type { AttemptRecord, AttemptStatus, LearnerProfile } from '../progress/schema';
import type { CourseInfoLookup, RecordRow, RecordSource, RecordStatus, SourcedAttempt } from './types';

/** Higher is better. Superseded attempts were closed by a module change with no score, so they never count. */
const statusRank: Record<AttemptStatus, number> = { passed: 4, completed: 3, failed: 2, 'in-progress': 1, superseded: 0 };

interface Group {
  learnerId: string;
  courseId: string;
  moduleId: string;
  attempts: SourcedAttempt[];
}

/**
 * Turns attempts into record rows, one per learner × module. Pure: the caller decides which
 * attempts count (local and imported, already de-duplicated) and how titles are looked up.
 * Learners missing from `learners` (an attempt whose profile was not imported) show their id.
 */
export function buildRecordRows(
  attempts: Iterable<SourcedAttempt>,
  learners: Iterable<LearnerProfile>,
  courseInfo: CourseInfoLookup,
): RecordRow[] {
  const profiles = new Map<string, LearnerProfile>();
  for (const learner of learners) profiles.set(learner.id, learner);
  const groups = new Map<string, Group>();
  for (const sourced of attempts) {
    const { attempt } = sourced;
    if (attempt.status === 'superseded') continue;
    const key = `${attempt.learnerId}/${attempt.courseId}/${attempt.moduleId}`;
    let group = groups.get(key);
    if (!group) {
      group = { learnerId: attempt.learnerId, courseId: attempt.courseId, moduleId: attempt.moduleId, attempts: [] };
      groups.set(key, group);
    }
    group.attempts.push(sourced);
  }
  const rows: RecordRow[] = [];
  for (const [key, group] of groups) rows.push(rowOf(key, group, profiles.get(group.learnerId), courseInfo));
  return rows;
}

function rowOf(key: string, group: Group, profile: LearnerProfile | undefined, courseInfo: CourseInfoLookup): RecordRow {
  // Oldest first, so "latest" and the session list read in the order the learner played.
  const sorted = group.attempts.slice().sort((a, b) => compareStarts(a.attempt, b.attempt));
  let best: SourcedAttempt | undefined;
  let status: RecordStatus = 'in-progress';
  let firstStartedAt = '';
  let lastActivityAt = '';
  let timeSpentMs = 0;
  const sessionIds: string[] = [];
  for (const sourced of sorted) {
    const { attempt } = sourced;
    if (statusRank[attempt.status] > statusRank[status]) status = attempt.status as RecordStatus;
    if (isFinished(attempt) && (!best || betterFinished(attempt, best.attempt))) best = sourced;
    const started = utc(attempt.startedAt);
    const updated = utc(attempt.updatedAt);
    if (firstStartedAt === '' || started < firstStartedAt) firstStartedAt = started;
    if (updated > lastActivityAt) lastActivityAt = updated;
    timeSpentMs += attempt.durationMs;
    if (attempt.sessionId !== undefined && !sessionIds.includes(attempt.sessionId)) sessionIds.push(attempt.sessionId);
  }
  const latest = sorted[sorted.length - 1] as SourcedAttempt;
  const shown = best ?? latest;
  const titles = courseInfo(group.courseId, group.moduleId);
  return {
    key,
    learnerId: group.learnerId,
    learnerName: profile?.name ?? group.learnerId,
    staffId: profile?.staffId ?? null,
    courseId: group.courseId,
    courseTitle: titles?.courseTitle ?? group.courseId,
    courseVersion: shown.attempt.courseVersion,
    moduleId: group.moduleId,
    moduleTitle: titles?.moduleTitle ?? group.moduleId,
    status,
    scorePercent: best?.attempt.result?.percent ?? null,
    passMark: shown.attempt.result?.passMark ?? null,
    attempts: sorted.length,
    firstStartedAt,
    completedAt: best?.attempt.completedAt ? utc(best.attempt.completedAt) : null,
    lastActivityAt,
    timeSpentMs,
    sessionId: shown.attempt.sessionId ?? null,
    sessionIds,
    source: shown.source satisfies RecordSource,
    attemptIds: sorted.map((sourced) => sourced.attempt.id),
  };
}

function isFinished(attempt: AttemptRecord): boolean {
  return attempt.status === 'passed' || attempt.status === 'completed' || attempt.status === 'failed';
}

/** Best finished attempt: the better status, then the higher percent, then the earlier finish (when the learner first got there). */
function betterFinished(candidate: AttemptRecord, current: AttemptRecord): boolean {
  const byStatus = statusRank[candidate.status] - statusRank[current.status];
  if (byStatus !== 0) return byStatus > 0;
  const byPercent = (candidate.result?.percent ?? -1) - (current.result?.percent ?? -1);
  if (byPercent !== 0) return byPercent > 0;
  return utc(candidate.completedAt ?? candidate.updatedAt) < utc(current.completedAt ?? current.updatedAt);
}

function compareStarts(a: AttemptRecord, b: AttemptRecord): number {
  const startA = utc(a.startedAt);
  const startB = utc(b.startedAt);
  if (startA !== startB) return startA < startB ? -1 : 1;
  return a.attempt - b.attempt;
}

const UTC_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Stored timestamps may carry an offset; UTC ISO strings sort and compare as plain strings. */
export function utc(timestamp: string): string {
  return UTC_ISO.test(timestamp) ? timestamp : new Date(timestamp).toISOString();
}
