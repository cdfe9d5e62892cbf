import type { CourseStudioApi } from '../../../core/api/contract';
import type { ApiErrorCode } from '../../../core/api/errors';
import { bridgeTransport, httpTransport, type Transport } from './transport';

/** An API call that failed; `message` is a sentence fit to show as it is. */
export class ApiFailure extends Error {
  readonly code: ApiErrorCode;

  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
  }
}

/**
 * The typed API for the UI. Method names are not listed here: any property becomes a call of that
 * name, so the contract in core/api stays the only list, and the Node side refuses unknown names.
 */
export function createApiClient(transport: Transport): CourseStudioApi {
  return new Proxy({} as CourseStudioApi, {
    get(_target, method) {
      if (typeof method !== 'string' || method === 'then') return undefined;
      return async (input: unknown) => {
        const result = await transport(method as keyof CourseStudioApi, input);
        if (!result.ok) throw new ApiFailure(result.error.code, result.error.message);
        return result.value;
      };
    },
  });
}

/** Inside Electron the preload's bridge is present; in the browser build it is not. */
export function defaultTransport(): Transport {
  return window.courseStudio ? bridgeTransport(window.courseStudio) : httpTransport();
}
