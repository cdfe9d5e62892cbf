import type { AttemptRecord, LearnerProfile } from '../progress/schema';
import type { Session } from './session-schema';

/**
 * The live classroom dashboard: one row per learner who joined, one cell per assigned module.
 * Only attempts made in this session count (attempts carry the session id), so a learner who
 * passed the module last month still shows as not started here. Pure, so the API can rebuild
 * it on every poll from the stores' current data.
 */

export type CellStatus = 'not-started' | 'in-progress' | 'completed' | 'passed' | 'failed';

export type DashboardAttempt = Pick<
  AttemptRecord,
  'learnerId' | 'courseId' | 'moduleId' | 'sessionId' | 'status' | 'result' | 'completedAt'
>;

export interface DashboardCell {
  moduleId: string;
  status: CellStatus;
  /** Of the best finished attempt; null when none is finished or the module has no graded questions. */
  percent: number | null;
  /** Attempts at this module in this session, finished or not. */
  attempts: number;
}

export interface DashboardRow {
  learnerId: string;
  name: string;
  cells: DashboardCell[];
}

export interface DashboardModule {
  moduleId: string;
  /** Joined learners who passed or completed the module in this session. */
  done: number;
  joined: number;
  /** done / joined, from 0 to 1; null while nobody has joined. */
  completionRate: number | null;
}

export interface SessionDashboard {
  sessionId: string;
  courseId: string;
  rows: DashboardRow[];
  modules: DashboardModule[];
}

export function sessionDashboard(
  session: Session,
  learners: readonly Pick<LearnerProfile, 'id' | 'name'>[],
  attempts: Iterable<DashboardAttempt>,
): SessionDashboard {
  const names = new Map(learners.map((learner) => [learner.id, learner.name]));
  const inSession = new Map<string, DashboardAttempt[]>();
  for (const attempt of attempts) {
    // A superseded attempt was closed because the module changed under it; its retake is what counts.
    if (attempt.sessionId !== session.id || attempt.courseId !== session.courseId || attempt.status === 'superseded') continue;
    const key = cellKey(attempt.learnerId, attempt.moduleId);
    inSession.set(key, [...(inSession.get(key) ?? []), attempt]);
  }
  const rows = session.learnerIds.map((learnerId) => ({
    learnerId,
    // A learner missing from the list (their file could not be read) still has a row, under a stand-in name.
    name: names.get(learnerId) ?? `Learner ${learnerId.slice(0, 8)}`,
    cells: session.moduleIds.map((moduleId) => cell(moduleId, inSession.get(cellKey(learnerId, moduleId)) ?? [])),
  }));
  const modules = session.moduleIds.map((moduleId, column) => {
    const done = rows.filter((row) => isDone(row.cells[column]?.status)).length;
    const joined = rows.length;
    return { moduleId, done, joined, completionRate: joined === 0 ? null : done / joined };
  });
  return { sessionId: session.id, courseId: session.courseId, rows, modules };
}

function cell(moduleId: string, attempts: readonly DashboardAttempt[]): DashboardCell {
  const best = bestFinished(attempts);
  if (best) return { moduleId, status: best.status as CellStatus, percent: best.result?.percent ?? null, attempts: attempts.length };
  const status: CellStatus = attempts.some((attempt) => attempt.status === 'in-progress') ? 'in-progress' : 'not-started';
  return { moduleId, status, percent: null, attempts: attempts.length };
}

/**
 * A pass (or completion) beats a fail, then the higher percent, then the later attempt: a learner
 * who passed and then failed a retake has still passed, with the passing score.
 */
export function bestFinished<A extends Pick<AttemptRecord, 'status' | 'result' | 'completedAt'>>(attempts: readonly A[]): A | null {
  let best: A | null = null;
  for (const attempt of attempts) {
    if (!isFinished(attempt.status)) continue;
    if (best === null || compare(attempt, best) > 0) best = attempt;
  }
  return best;
}

function compare(
  a: Pick<AttemptRecord, 'status' | 'result' | 'completedAt'>,
  b: Pick<AttemptRecord, 'status' | 'result' | 'completedAt'>,
): number {
  const done = Number(isDone(a.status)) - Number(isDone(b.status));
  if (done !== 0) return done;
  const percent = (a.result?.percent ?? -1) - (b.result?.percent ?? -1);
  if (percent !== 0) return percent;
  return (a.completedAt ?? '').localeCompare(b.completedAt ?? '');
}

function isFinished(status: AttemptRecord['status']): boolean {
  return status === 'passed' || status === 'failed' || status === 'completed';
}

function isDone(status: string | undefined): boolean {
  return status === 'passed' || status === 'completed';
}

function cellKey(learnerId: string, moduleId: string): string {
  return `${learnerId}\u0000${moduleId}`;
}
