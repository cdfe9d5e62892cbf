import { productName } from '../identity';
import { errorCode } from './storage-fs';

/**
 * What the file-system errors people meet mean, in words, in one table: saving progress, a
 * session, the passcode, a course file, an export, and starting the app all say the same thing
 * about the same error. Each meaning is a clause ("the disk is full") that the caller frames.
 */

/** Where the failure happened, as the clauses name it. */
export interface DiskPlace {
  /** The folder: "the data folder", "the folder". */
  folder: string;
  /** What the app may not do there: "write to the data folder", "write there". */
  access: string;
}

export const dataFolder: DiskPlace = { folder: 'the data folder', access: 'write to the data folder' };

const notAllowed = ({ access }: DiskPlace) => `${productName} is not allowed to ${access}`;
const tooManyOpen = () => 'too many files are open on this computer';

const meanings: Record<string, (place: DiskPlace) => string> = {
  ENOSPC: () => 'the disk is full',
  EDQUOT: () => 'the disk quota is used up',
  EROFS: ({ folder }) => `${folder} is on a read-only disk`,
  EACCES: notAllowed,
  EPERM: notAllowed,
  EBUSY: () => 'another program is holding the file open',
  EMFILE: tooManyOpen,
  ENFILE: tooManyOpen,
  EIO: () => 'the disk reported a read or write error',
  EISDIR: ({ folder }) => `a file in ${folder} is not what it should be (a folder where a file belongs)`,
  ENOTDIR: ({ folder }) => `a file in ${folder} is not what it should be (a file where a folder belongs)`,
};

/** The clause for `error`, or undefined when its code is not one people can act on (the caller words those). */
export function diskErrorMeaning(error: unknown, place: DiskPlace = dataFolder): string | undefined {
  const code = errorCode(error);
  return code === undefined ? undefined : meanings[code]?.(place);
}

/** Why a write failed, in words: "the disk is full", or "the file could not be written (EXYZ)". */
export function writeFailureReason(error: unknown, place: DiskPlace = dataFolder): string {
  const code = errorCode(error);
  // A write creates its file, so "no such file" means the folder it writes into is gone.
  if (code === 'ENOENT') return `${place.folder} does not exist`;
  return diskErrorMeaning(error, place) ?? `the file could not be written${code ? ` (${code})` : ''}`;
}
