import type { ApiErrorInfo } from '../errors';

/** The error class and codes live in core/errors, below the domains that throw them; the wire envelope is the API's. */
export { ApiError, apiErrorCodes, type ApiErrorCode, type ApiErrorInfo } from '../errors';

/** What every API call answers, over IPC and over HTTP alike. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorInfo };
