/**
 * What the Records area and classroom mode receive, declared here as the wire contract (see
 * contract.ts); the service maps the records and sessions engines' values onto these. The
 * renderer imports these as types only.
 */

/** Superseded attempts are left out of records, so a row is never 'superseded'. */
export type RecordStatus = 'passed' | 'completed' | 'failed' | 'in-progress';

/** Where a row came from: this machine, or a records file imported from another one. */
export type RecordSource = { kind: 'local' } | { kind: 'imported'; machineId: string; machineName: string };

/** One learner × one module: the aggregate of that learner's attempts at it (docs/records.md). */
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
  /** UTC ISO time. */
  firstStartedAt: string;
  /** When the best finished attempt was finished (UTC ISO); null when none is. */
  completedAt: string | null;
  /** Latest change to any counted attempt (UTC ISO). */
  lastActivityAt: string;
  timeSpentMs: number;
  /** The session of the best finished attempt, else of the latest attempt. */
  sessionId: string | null;
  /** Every session any counted attempt was played in, oldest attempt first. */
  sessionIds: string[];
  source: RecordSource;
  /** Counted attempts, oldest first. */
  attemptIds: string[];
}

/** The columns the records table sorts by. */
export type RecordSortKey =
  | 'learnerName'
  | 'staffId'
  | 'courseTitle'
  | 'courseVersion'
  | 'moduleTitle'
  | 'status'
  | 'scorePercent'
  | 'passMark'
  | 'attempts'
  | 'firstStartedAt'
  | 'completedAt'
  | 'lastActivityAt'
  | 'timeSpentMs'
  | 'sessionId';

/** Which rows, in which order, which page; validated on the way in by `recordQuerySchema` (inputs/records.ts). */
export interface RecordQuery {
  filters?: {
    courseId?: string;
    moduleId?: string;
    learnerId?: string;
    /** Rows any of whose attempts was played in this session. */
    sessionId?: string;
    /** Rows whose status is one of these; empty or absent means any. */
    statuses?: RecordStatus[];
    /** Case-insensitive part of the learner's name or staff id. */
    search?: string;
    /** Date range over `dateField` (default completedAt), ISO 8601: `from` inclusive, `to` exclusive. */
    from?: string;
    to?: string;
    dateField?: 'completedAt' | 'firstStartedAt' | 'lastActivityAt';
  };
  sort?: { key: RecordSortKey; direction: 'asc' | 'desc' };
  offset?: number;
  /** Absent: every matching row. */
  limit?: number;
}

/** What importing a records file did. */
export interface ImportReport {
  learnersAdded: number;
  attemptsAdded: number;
  /** Known attempts replaced by a later version (a learner went on after the previous import). */
  attemptsUpdated: number;
  /** Attempts already held as they are in the file, or in a later version. */
  duplicatesSkipped: number;
  /** Same attempt, same time, different content: the one already held is kept. */
  conflictsKept: number;
}

export type SessionStatus = 'planned' | 'running' | 'ended';

/** A classroom session. */
export interface Session {
  id: string;
  name: string;
  /** The day the class is held, YYYY-MM-DD, as the trainer planned it. */
  date: string;
  facilitator: string;
  /** May be empty. */
  location: string;
  courseId: string;
  moduleIds: string[];
  /** ISO time. */
  createdAt: string;
  status: SessionStatus;
  startedAt: string | null;
  endedAt: string | null;
  /** In the order they joined; each at most once. */
  learnerIds: string[];
}

export type CellStatus = 'not-started' | 'in-progress' | 'completed' | 'passed' | 'failed';

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

/** The live classroom dashboard: one row per learner who joined, one cell per assigned module. */
export interface SessionDashboard {
  sessionId: string;
  courseId: string;
  rows: DashboardRow[];
  modules: DashboardModule[];
}

export interface RecordFacets {
  courses: { id: string; title: string; modules: { id: string; title: string }[] }[];
  learners: { id: string; name: string }[];
  sessions: { id: string; name: string }[];
}

export interface RecordsPage {
  /** Rows matching the filters, before paging. */
  total: number;
  rows: RecordRow[];
  facets: RecordFacets;
}

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
