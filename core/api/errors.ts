/**
 * Errors that cross the API boundary. Each has a code for programs and a sentence for people;
 * the UI shows the sentence as it is, so it must make sense to a trainer or a learner.
 */
export const apiErrorCodes = [
  'invalid-argument',
  'unknown-method',
  'not-found',
  'conflict',
  'forbidden',
  'not-saved',
  'bad-request',
  'internal',
] as const;

export type ApiErrorCode = (typeof apiErrorCodes)[number];

export interface ApiErrorInfo {
  code: ApiErrorCode;
  message: string;
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;

  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }

  toInfo(): ApiErrorInfo {
    return { code: this.code, message: this.message };
  }
}

/** What every API call answers, over IPC and over HTTP alike. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorInfo };
