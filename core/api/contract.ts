import { z } from 'zod';
import type { ApiMethod } from './methods';
import type { AppInfo, CourseSummary } from './types';

export { apiMethodNames, isApiMethod, type ApiMethod } from './methods';

/**
 * The one contract between the UI and the Node side. Every method takes a single argument object,
 * validated at runtime by its schema here, and answers a Promise. Both transports (Electron IPC and
 * HTTP) are generated from this contract, so adding a method means naming it in `methods.ts`, giving
 * its schema and output here, and implementing it in the service: nothing else.
 */
export const apiInputs = {
  getAppInfo: z.object({}).strict(),
  listCourses: z.object({}).strict(),
} as const satisfies Record<ApiMethod, z.ZodType>;

export interface ApiOutputs {
  getAppInfo: AppInfo;
  listCourses: CourseSummary[];
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
