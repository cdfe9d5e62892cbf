import { ApiError } from '../errors';
import { dataFolder, writeFailureReason } from './disk-errors';
import { errorCode } from './storage-fs';

/** A save that did not reach the disk; `reason` is the cause alone, for messages that frame it differently. */
export class NotSavedError extends ApiError {
  readonly reason: string;

  constructor(message: string, reason: string) {
    super('not-saved', message);
    this.reason = reason;
  }
}

/**
 * The error the UI shows when a save did not reach the disk. The change stays in memory and is
 * written with the next successful save, so the sentence says what to fix, not that work is gone.
 */
export function notSaved(error: unknown, whose: string): NotSavedError {
  const reason = writeFailureReason(error, dataFolder);
  return new NotSavedError(
    `${whose} could not be saved: ${reason}. The change is kept while Course Studio stays open and will be saved as soon as the problem is fixed.`,
    reason,
  );
}

/** For a change that was undone because it could not be saved: "Could not start the session: the disk is full. Nothing was changed; …". */
export function notDone(error: unknown, what: string, retry = 'try again'): NotSavedError {
  const reason = writeFailureReason(error, dataFolder);
  return new NotSavedError(`Could not ${what}: ${reason}. Nothing was changed; ${retry} once that is fixed.`, reason);
}

/** For failures reading a file that exists (not damage, which is repaired, but e.g. no permission). */
export function notReadable(error: unknown, whose: string): ApiError {
  const code = errorCode(error);
  return new ApiError('internal', `${whose} could not be read${code ? ` (${code})` : ''}. Check that the data folder is available.`);
}
