import { ApiError } from '../api/errors';
import { productName } from '../identity';
import { errorCode } from '../storage/storage-fs';

/** What the usual system errors mean for someone starting the app; the code and the file are added after. */
const meanings: Record<string, string> = {
  EACCES: `${productName} is not allowed to read or write a file in its data folder`,
  EPERM: `${productName} is not allowed to read or write a file in its data folder`,
  ENOSPC: 'The disk is full',
  EDQUOT: 'The disk quota is used up',
  EROFS: 'The data folder is on a read-only disk',
  EISDIR: 'A file in the data folder is not what it should be (a folder where a file belongs)',
  ENOTDIR: 'A file in the data folder is not what it should be (a file where a folder belongs)',
  EMFILE: 'Too many files are open on this computer',
  EIO: 'The disk reported a read or write error',
};

/**
 * The sentence shown when the app cannot start (a dialog in the desktop app, stderr in the browser
 * build): what went wrong in words, the file, and the data folder, never a stack trace.
 */
export function startFailureMessage(error: unknown, dataDir: string): string {
  return `${productName} could not start. ${describe(error)}\nData folder: ${dataDir}`;
}

function describe(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  const code = errorCode(error);
  const path = typeof error === 'object' && error !== null && 'path' in error && typeof error.path === 'string' ? error.path : null;
  if (code) return `${meanings[code] ?? 'A file in the data folder could not be opened'} (${code}${path ? `: ${path}` : ''}).`;
  // Only the first line: some errors carry details a person cannot act on.
  const message = error instanceof Error ? error.message : String(error);
  return `${message.split('\n')[0] ?? message}`.trim() || 'An unexpected error occurred.';
}
