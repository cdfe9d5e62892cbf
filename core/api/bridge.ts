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
