import { ApiError } from '../api/errors';
import { errorCode } from './progress-fs';

const reasons: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the data folder is on a read-only disk',
  EACCES: 'Course Studio is not allowed to write to the data folder',
  EPERM: 'Course Studio is not allowed to write to the data folder',
  EBUSY: 'another program is holding the file open',
};

/**
 * The error the UI shows when a save did not reach the disk. The change stays in memory and is
 * written with the next successful save, so the sentence says what to fix, not that work is gone.
 */
export function notSaved(error: unknown, whose: string): ApiError {
  const code = errorCode(error);
  const reason = (code && reasons[code]) ?? `the file could not be written${code ? ` (${code})` : ''}`;
  return new ApiError(
    'not-saved',
    `${whose} could not be saved: ${reason}. The change is kept while Course Studio stays open and will be saved as soon as the problem is fixed.`,
  );
}

/** For failures reading a file that exists (not damage, which is repaired, but e.g. no permission). */
export function notReadable(error: unknown, whose: string): ApiError {
  const code = errorCode(error);
  return new ApiError('internal', `${whose} could not be read${code ? ` (${code})` : ''}. Check that the data folder is available.`);
}
