import { ApiError } from '../errors';
import { productName } from '../identity';
import { diskErrorMeaning, type DiskPlace } from '../storage/disk-errors';
import { errorCode } from '../storage/storage-fs';

/** Starting reads and writes files all over the data folder. */
const startingUp: DiskPlace = { folder: 'the data folder', access: 'read or write a file in its data folder' };

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
  if (code)
    return `${capitalise(diskErrorMeaning(error, startingUp) ?? 'a file in the data folder could not be opened')} (${code}${path ? `: ${path}` : ''}).`;
  // Only the first line: some errors carry details a person cannot act on.
  const message = error instanceof Error ? error.message : String(error);
  return `${message.split('\n')[0] ?? message}`.trim() || 'An unexpected error occurred.';
}

function capitalise(clause: string): string {
  return clause.charAt(0).toUpperCase() + clause.slice(1);
}
