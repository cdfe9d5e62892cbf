import type { ApiInput, ApiMethod, ApiOutput } from './contract';
import type { ApiResult } from './errors';

/**
 * What the desktop app's preload puts on `window.courseStudio`: one function per contract method,
 * answering the same `ApiResult` envelope the HTTP transport sends.
 */
export type CourseStudioBridge = {
  [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>>;
};

/** The global name the preload exposes the bridge under. */
export const bridgeGlobalName = 'courseStudio';

/** The IPC channel a method is served on. */
export function ipcChannelFor(method: ApiMethod): string {
  return `course-studio:${method}`;
}

/**
 * One bridge function per name in `methods`, each made by `bridgeMethod`. The result's type has
 * exactly the listed methods, so the preload can check it against the whole contract with
 * `satisfies CourseStudioBridge`: a method left out of the list fails to compile there.
 */
export function bridgeOf<const Names extends readonly ApiMethod[]>(
  methods: Names,
  bridgeMethod: <M extends Names[number]>(method: M) => CourseStudioBridge[M],
): Pick<CourseStudioBridge, Names[number]> {
  // Object.fromEntries types its result as a record keyed by any string; it has exactly the keys
  // of `methods`, each with the value `bridgeMethod` made for that key, which is this type.
  return Object.fromEntries(methods.map((method) => [method, bridgeMethod(method)])) as Pick<CourseStudioBridge, Names[number]>;
}
