import type * as authorWire from '../api/author-types';
import type * as playbackWire from '../api/playback-types';
import type * as recordsWire from '../api/records-types';
import type { Equal } from '../api/type-equality';
import type { CorrectAnswer, Diagnostic, GradeResult, LearnerModule, LearnerScenarioStep } from '../course';
import type { ImportReport } from '../records/merge';
import type { RecordRow } from '../records/types';
import type { SessionDashboard } from '../sessions/session-dashboard';
import type { Session } from '../sessions/session-schema';

/**
 * Values the service sends over the API as the engines made them, without copying them into a new
 * shape. The wire types are declared in core/api; the service's methods are typed with them, so a
 * field the engine drops or changes fails to compile where the value is returned. These checks
 * catch the rest: a field the engine adds would otherwise travel to the renderer unannounced. When
 * one fails, either declare the change in core/api (it is then a contract change) or map the
 * value in the service.
 */
const recordRows: Equal<RecordRow, recordsWire.RecordRow> = true;
const importReports: Equal<ImportReport, recordsWire.ImportReport> = true;
const sessions: Equal<Session, recordsWire.Session> = true;
const dashboards: Equal<SessionDashboard, recordsWire.SessionDashboard> = true;
const diagnostics: Equal<Diagnostic, authorWire.Diagnostic> = true;
const correctAnswers: Equal<CorrectAnswer, authorWire.CorrectAnswer> = true;
const previewGrades: Equal<GradeResult, authorWire.PreviewGrade> = true;
const learnerFeedback: Equal<Omit<GradeResult, 'correctAnswer'>, playbackWire.QuizFeedback> = true;
const learnerModules: Equal<LearnerModule, playbackWire.LearnerModule> = true;
const scenarioSteps: Equal<LearnerScenarioStep, playbackWire.LearnerScenarioStep> = true;

void [
  recordRows,
  importReports,
  sessions,
  dashboards,
  diagnostics,
  correctAnswers,
  previewGrades,
  learnerFeedback,
  learnerModules,
  scenarioSteps,
];
