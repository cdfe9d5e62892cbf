/** The learner progress store: one durable lowdb file per learner. See docs/progress-data.md. */
export { openProgressStore, ProgressStore, type Committed, type ProgressStoreOptions } from './progress-store';
export type { LearnerTransaction } from './learner-transaction';
export type { StartOrResumeOutcome, StartOrResumeResult } from './attempt-changes';
export type {
  AddDurationInput,
  AddLearnerInput,
  FinishAttemptInput,
  RecordAnswerInput,
  RecordPageInput,
  RecordScenarioStepInput,
  StartOrResumeInput,
} from './inputs';
export type { NoticeKind, ProgressNotice } from './notices';
export { attemptFreshness, type Freshness } from './stale-policy';
export type { AnswerRecord, AttemptRecord, AttemptResult, AttemptStatus, JsonValue, LearnerDoc, LearnerProfile } from './schema';
