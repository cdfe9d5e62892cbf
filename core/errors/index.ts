/** Errors every layer may throw, below every domain: no domain and no API code is imported here. */
export { ApiError, apiErrorCodes, ERROR_MESSAGE_BYTES, type ApiErrorCode, type ApiErrorInfo } from './api-error';
export { clip, formatCount } from './sentence-parts';
export { describeUnrecognizedKeys, describeValidationError, listKeys, type IssueWording, type ZodIssue } from './validation-sentence';
