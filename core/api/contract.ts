/*
 * The rule of core/api: every type that crosses the wire is declared here in core/api as plain
 * data with documented fields, never re-exported from an engine (course, progress, records,
 * sessions, trainer, authoring, certificates, workspace). The service maps engine values onto these
 * types, so an engine change that would alter what the renderer receives fails to compile in
 * core/service (wire-checks.ts for values sent as they are), not silently in the renderer. The only
 * imports from the engines are the two argument schemas they share, in inputs/engine-schemas.ts,
 * each checked there against its declared type. Lint enforces the imports (eslint.config.js).
 */
import type { z } from 'zod';
import type {
  CourseOutline,
  Download,
  LibraryEntry,
  ModulePreview,
  ModuleText,
  PackDownload,
  PackPreview,
  PreviewGrade,
  SaveModuleResult,
} from './author-types';
import { authorInputs } from './inputs/author';
import { learnInputs } from './inputs/learn';
import { recordsInputs } from './inputs/records';
import { trainerInputs } from './inputs/trainer';
import type { ApiMethod } from './methods';
import type { CourseHome, LearnerSummary, ModuleResults, PlaybackState, QuizFeedback, SaveState, ScenarioTrail } from './playback-types';
import type {
  Classroom,
  ExportProgress,
  ImportReport,
  RecordsPage,
  RepairNotice,
  Session,
  SessionDashboard,
  TrainerSettings,
  TrainerStatus,
} from './records-types';
import type { AppInfo, CourseSummary } from './types';

export { apiMethodNames, isApiMethod, isTrainerMethod, type ApiMethod, type TrainerMethod } from './methods';

/**
 * The one contract between the UI and the Node side. Every method takes a single argument object,
 * validated at runtime by its schema (in inputs/), and answers a Promise. Both transports (Electron
 * IPC and HTTP) are generated from this contract, so adding a method means naming it in
 * `methods.ts`, giving its schema in inputs/ and its output here, and implementing it in the
 * service: nothing else. Trainer methods carry a `trainerToken` the dispatch checks.
 */
export const apiInputs = {
  ...learnInputs,
  ...trainerInputs,
  ...authorInputs,
  ...recordsInputs,
} as const satisfies Record<ApiMethod, z.ZodType>;

type Ok = Record<string, never>;

export interface ApiOutputs {
  // Learn
  getAppInfo: AppInfo;
  listCourses: CourseSummary[];
  listLearners: LearnerSummary[];
  addLearner: LearnerSummary;
  getCourseHome: CourseHome;
  openModule: PlaybackState;
  savePage: { save: SaveState };
  submitAnswer: { feedback: QuizFeedback; save: SaveState };
  chooseScenario: { trail: ScenarioTrail; save: SaveState };
  finishModule: { results: ModuleResults; save: SaveState };
  retakeModule: { state: PlaybackState; save: SaveState };
  getClassroom: Classroom | null;
  joinClassroom: Ok;
  // Trainer lock and settings
  getTrainerStatus: TrainerStatus;
  setInitialPasscode: { trainerToken: string };
  unlockTrainer: { trainerToken: string };
  lockTrainer: Ok;
  changePasscode: Ok;
  getSettings: TrainerSettings;
  saveSettings: TrainerSettings;
  // Author
  listLibrary: LibraryEntry[];
  createCourse: { courseId: string };
  renameCourse: { courseId: string };
  duplicateCourse: { courseId: string };
  deleteCourse: { where: string };
  openCourseFolder: { courseId: string } | { cancelled: true };
  revealCourse: Ok;
  getCourseOutline: CourseOutline;
  addModule: CourseOutline & { file: string };
  renameModule: CourseOutline;
  reorderModules: CourseOutline;
  deleteModule: CourseOutline;
  readModule: ModuleText;
  saveModule: SaveModuleResult;
  getModuleVersion: { version: string | null };
  previewModule: ModulePreview;
  previewAnswer: PreviewGrade;
  previewScenario: ScenarioTrail;
  addImage: { path: string; markdown: string };
  importPost: { title: string; text: string };
  exportPack: PackDownload;
  inspectPack: PackPreview;
  importPack: { courseId: string; title: string; idChanged: boolean };
  // Records and sessions
  queryRecords: RecordsPage;
  startRecordsExport: { jobId: string };
  getExportProgress: ExportProgress;
  cancelExport: Ok;
  exportRecordsFile: Download;
  importRecordsFile: ImportReport;
  makeCertificate: Download;
  makeSessionCertificates: Download & { count: number };
  listSessions: Session[];
  createSession: Session;
  updateSession: Session;
  deleteSession: Ok;
  startSession: Session;
  endSession: Session;
  getSessionDashboard: SessionDashboard;
  listRepairNotices: RepairNotice[];
  dismissRepairNotice: Ok;
}

export type ApiInput<M extends ApiMethod> = z.input<(typeof apiInputs)[M]>;
export type ApiOutput<M extends ApiMethod> = ApiOutputs[M];

export type CourseStudioApi = {
  [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>>;
};

// Compile-time checks that every named method has an output type and nothing else does.
type Exact<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : never;
const outputsMatchNames: Exact<keyof ApiOutputs, ApiMethod> = true;
const inputsMatchNames: Exact<keyof typeof apiInputs, ApiMethod> = true;
void outputsMatchNames;
void inputsMatchNames;
