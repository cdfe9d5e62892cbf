/** Classroom sessions: planning, classroom mode, who joined, and the live dashboard. */
export { openSessionsStore, SessionsStore, type SessionsStoreOptions } from './sessions-store';
export type { CreateSessionInput, UpdateSessionInput } from './session-inputs';
export type { Session, SessionStatus } from './session-schema';
export type { SessionsRecovery } from './sessions-file';
export {
  sessionDashboard,
  type CellStatus,
  type DashboardAttempt,
  type DashboardCell,
  type DashboardModule,
  type DashboardRow,
  type SessionDashboard,
} from './session-dashboard';
