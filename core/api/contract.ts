import { z } from 'zod';
import { answerSchema } from '../course/answer-schema';
import type { ApiMethod } from './methods';
import type { CourseHome, LearnerSummary, ModuleResults, PlaybackState, QuizFeedback, SaveState, ScenarioTrail } from './playback-types';
import type { AppInfo, CourseSummary } from './types';

export { apiMethodNames, isApiMethod, type ApiMethod } from './methods';

/**
 * The one contract between the UI and the Node side. Every method takes a single argument object,
 * validated at runtime by its schema here, and answers a Promise. Both transports (Electron IPC and
 * HTTP) are generated from this contract, so adding a method means naming it in `methods.ts`, giving
 * its schema and output here, and implementing it in the service: nothing else.
 */
const ref = z.string().min(1, 'must not be empty').max(200, 'is too long');
const learnerId = z.string().min(1, 'must not be empty').max(100, 'is too long');
const moduleTarget = { learnerId, courseId: ref, moduleId: ref };
/** Active time since the last report; the player sends small slices. */
const activeMs = z.number().int().nonnegative().max(24 * 60 * 60 * 1000);

export const apiInputs = {
  getAppInfo: z.object({}).strict(),
  listCourses: z.object({}).strict(),
  listLearners: z.object({}).strict(),
  addLearner: z.object({ name: z.string().max(200, 'is too long'), staffId: z.string().max(100, 'is too long').optional() }).strict(),
  getCourseHome: z.object({ learnerId, courseId: ref }).strict(),
  openModule: z.object(moduleTarget).strict(),
  savePage: z.object({ ...moduleTarget, page: z.number().int().nonnegative().max(10_000), activeMs }).strict(),
  submitAnswer: z.object({ ...moduleTarget, quizId: ref, answer: answerSchema }).strict(),
  chooseScenario: z.object({ ...moduleTarget, quizId: ref, path: z.array(ref).min(1).max(200) }).strict(),
  finishModule: z.object({ ...moduleTarget, activeMs }).strict(),
  retakeModule: z.object(moduleTarget).strict(),
} as const satisfies Record<ApiMethod, z.ZodType>;

export interface ApiOutputs {
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
