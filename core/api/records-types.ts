/** What the Records area and classroom mode receive. The renderer imports these as types only. */
export type { RecordRow, RecordStatus } from '../records/types';
export type { RecordPage, RecordQuery, RecordSortKey } from '../records/query';
export type { ImportReport } from '../records/merge';
export type { Session, SessionStatus } from '../sessions/session-schema';
export type { SessionDashboard, DashboardCell, DashboardModule, DashboardRow, CellStatus } from '../sessions/session-dashboard';
import type { RecordPage } from '../records/query';

export interface RecordFacets {
  courses: { id: string; title: string; modules: { id: string; title: string }[] }[];
  learners: { id: string; name: string }[];
  sessions: { id: string; name: string }[];
}

export type RecordsPage = RecordPage & { facets: RecordFacets };

export type ExportProgress =
  | { state: 'running'; done: number; total: number }
  | { state: 'done'; done: number; total: number; downloadUrl: string; fileName: string }
  | { state: 'failed' | 'cancelled'; message: string };

export interface TrainerStatus {
  passcodeSet: boolean;
  /** Epoch ms until which unlocking is refused after too many wrong passcodes. */
  lockedUntil: number | null;
}

export interface TrainerSettings {
  trainerName: string;
  organisation: string;
  /** Home page of the learner accounts in xAPI statements. */
  xapiAccountHomePage: string;
}

/**
 * A repair Course Studio made to a damaged data file (a learner's progress, the list of learners,
 * the sessions list), shown to trainers until one dismisses it.
 */
export interface RepairNotice {
  id: string;
  /** ISO time the damage was found. */
  at: string;
  area: 'learners' | 'sessions';
  message: string;
  /** Where the damaged file was kept, when there was one. */
  movedTo: string | null;
}

/** The running classroom session, as the learner screen shows it. */
export interface Classroom {
  sessionId: string;
  name: string;
  courseId: string;
  moduleIds: string[];
  learners: { id: string; name: string; staffId?: string }[];
}
