/**
 * Errors with a code for programs and a sentence for people. Any layer may throw one (domains,
 * storage, the service); the API sends it over the wire as it is (core/api/errors.ts), and the UI
 * shows the sentence, so it must make sense to a trainer or a learner.
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

/** The longest error message, in UTF-8 bytes; core/api/limits.ts lists it with the API's other limits. */
export const ERROR_MESSAGE_BYTES = 2048;

export class ApiError extends Error {
  readonly code: ApiErrorCode;

  constructor(code: ApiErrorCode, message: string) {
    super(bounded(message));
    this.name = 'ApiError';
    this.code = code;
  }

  toInfo(): ApiErrorInfo {
    return { code: this.code, message: this.message };
  }
}

/**
 * Messages often quote their input (a file name, a field, a reason from a library); whatever they
 * quote, an answer stays small enough to read, log and send.
 */
function bounded(message: string): string {
  // A UTF-16 unit is at most 3 bytes of UTF-8: short messages need no measuring.
  if (message.length * 3 <= ERROR_MESSAGE_BYTES || Buffer.byteLength(message) <= ERROR_MESSAGE_BYTES) return message;
  const ellipsis = '…';
  const room = ERROR_MESSAGE_BYTES - Buffer.byteLength(ellipsis);
  // Cutting bytes may split a character; the decoder marks that with U+FFFD, which is dropped.
  const cut = Buffer.from(message.slice(0, room))
    .subarray(0, room)
    .toString('utf8')
    .replace(/\uFFFD+$/, '');
  return cut + ellipsis;
}
