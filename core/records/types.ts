import type { AttemptRecord, LearnerProfile } from '../progress/schema';

/**
 * The shapes the records engine works with: a record row is one learner × one module, the
 * aggregate of that learner's attempts at it. See docs/records.md.
 */

/** Where an attempt (and so a row) came from: this machine, or a records file from another one. */
export type RecordSource = { kind: 'local' } | { kind: 'imported'; machineId: string; machineName: string };

/** An attempt with its source; sources are shared objects, so tagging 100,000 attempts costs no copies. */
export interface SourcedAttempt {
  attempt: AttemptRecord;
  source: RecordSource;
}

/** A learner profile with where it came from (imported profiles fill in learners this machine does not have). */
export interface SourcedLearner {
  profile: LearnerProfile;
  source: RecordSource;
}

/** Superseded attempts are left out of records, so a row is never 'superseded'. */
export type RecordStatus = 'passed' | 'completed' | 'failed' | 'in-progress';

export const recordStatuses: readonly RecordStatus[] = ['passed', 'completed', 'failed', 'in-progress'];

export interface CourseTitles {
  courseTitle: string;
  moduleTitle: string;
}

/** Titles for a course's module; undefined when the course is not (or no longer) on this machine. */
export type CourseInfoLookup = (courseId: string, moduleId: string) => CourseTitles | undefined;

export interface RecordRow {
  /** `<learnerId>/<courseId>/<moduleId>`: unique, stable across queries (for UI keys and selection). */
  key: string;
  learnerId: string;
  learnerName: string;
  staffId: string | null;
  courseId: string;
  courseTitle: string;
  /** The course version of the attempt the row's result comes from. */
  courseVersion: string;
  moduleId: string;
  moduleTitle: string;
  status: RecordStatus;
  /** Best percent among finished attempts; null when none is finished or nothing was graded. */
  scorePercent: number | null;
  passMark: number | null;
  /** Attempts that count (superseded ones do not). */
  attempts: number;
  /** Timestamps are normalised to UTC ISO strings, so they compare and sort as plain strings. */
  firstStartedAt: string;
  /** When the best finished attempt was finished; null when none is. */
  completedAt: string | null;
  /** Latest change to any counted attempt. */
  lastActivityAt: string;
  timeSpentMs: number;
  /** The session of the best finished attempt, else of the latest attempt. */
  sessionId: string | null;
  /** Every session any counted attempt was played in, oldest attempt first. */
  sessionIds: string[];
  source: RecordSource;
  /** Counted attempts, oldest first: what the xAPI export turns into statements. */
  attemptIds: string[];
}
