/**
 * The names of the API methods. Kept apart from their schemas so the desktop preload can list the
 * methods without bundling zod; `contract.ts` makes the compiler check that both lists agree.
 */
const learnerMethods = [
  'getAppInfo',
  'listCourses',
  'listLearners',
  'addLearner',
  'getCourseHome',
  'openModule',
  'savePage',
  'submitAnswer',
  'chooseScenario',
  'finishModule',
  'retakeModule',
  'getTrainerStatus',
  'setInitialPasscode',
  'unlockTrainer',
  'getClassroom',
  'joinClassroom',
] as const;

/** Methods that need the trainer passcode: the dispatch refuses them without a valid trainer token. */
const trainerOnlyMethods = [
  'lockTrainer',
  'changePasscode',
  'getSettings',
  'saveSettings',
  // Author area
  'listLibrary',
  'createCourse',
  'renameCourse',
  'duplicateCourse',
  'deleteCourse',
  'openCourseFolder',
  'revealCourse',
  'getCourseOutline',
  'addModule',
  'renameModule',
  'reorderModules',
  'deleteModule',
  'readModule',
  'saveModule',
  'getModuleVersion',
  'previewModule',
  'previewAnswer',
  'previewScenario',
  'addImage',
  'importPost',
  'exportPack',
  'inspectPack',
  'importPack',
  // Records area
  'queryRecords',
  'startRecordsExport',
  'getExportProgress',
  'cancelExport',
  'exportRecordsFile',
  'importRecordsFile',
  'makeCertificate',
  'makeSessionCertificates',
  // Classroom sessions
  'listSessions',
  'createSession',
  'updateSession',
  'deleteSession',
  'startSession',
  'endSession',
  'getSessionDashboard',
  // Repairs made to damaged data files
  'listRepairNotices',
  'dismissRepairNotice',
] as const;

export const apiMethodNames = [...learnerMethods, ...trainerOnlyMethods] as const;

export type ApiMethod = (typeof apiMethodNames)[number];
export type TrainerMethod = (typeof trainerOnlyMethods)[number];

const trainerMethodSet: ReadonlySet<string> = new Set(trainerOnlyMethods);

export function isApiMethod(name: string): name is ApiMethod {
  return (apiMethodNames as readonly string[]).includes(name);
}

export function isTrainerMethod(name: string): name is TrainerMethod {
  return trainerMethodSet.has(name);
}
