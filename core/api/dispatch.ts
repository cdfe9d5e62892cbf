import { ApiError, type ApiResult } from './errors';
import { apiInputs, isApiMethod, type ApiMethod, type CourseStudioApi } from './contract';
import { describeValidationError } from '../errors';

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export interface DispatchOptions {
  /** Where unexpected failures are reported; the caller only sees a generic sentence. */
  logError?: (method: string, error: unknown) => void;
  /**
   * Runs before anything else looks at the argument: throws an ApiError ('forbidden') when the
   * caller may not use the method, so a learner learns nothing about a trainer method's arguments.
   * The trainer lock uses it for every trainer method.
   */
  authorize?: (method: ApiMethod, input: unknown) => void | Promise<void>;
}

/**
 * The single entry both transports call: checks the method name, validates the argument against the
 * contract, runs the service, and turns every outcome into an `ApiResult`. It never throws.
 */
export function createDispatch(service: CourseStudioApi, options: DispatchOptions = {}): Dispatch {
  const logError = options.logError ?? ((method, error) => console.error(`[api] ${method} failed:`, error));

  return async (method, input) => {
    if (!isApiMethod(method)) {
      return fail(new ApiError('unknown-method', `The app does not know the action "${String(method).slice(0, 80)}".`));
    }
    try {
      await options.authorize?.(method, input ?? {});
      const parsed = apiInputs[method].safeParse(input ?? {});
      if (!parsed.success) {
        return fail(new ApiError('invalid-argument', `Invalid request for ${method}: ${describeValidationError(parsed.error)}.`));
      }
      // The schema for `method` produced `parsed.data`, so it is that method's input; TypeScript
      // cannot correlate the two through the union of methods, hence the cast.
      const call = service[method] as (arg: unknown) => Promise<unknown>;
      const value = await call.call(service, parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof ApiError) return fail(error);
      logError(method, error);
      return fail(new ApiError('internal', 'Something went wrong on this machine. The details were written to the app log.'));
    }
  };
}

function fail(error: ApiError): ApiResult<never> {
  return { ok: false, error: error.toInfo() };
}
