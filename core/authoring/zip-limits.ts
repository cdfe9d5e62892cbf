import { ApiError } from '../errors';

/**
 * Limits for reading zip files from outside (course packs). A zip's sizes are claims; a "bomb"
 * declares small sizes and inflates to gigabytes. So the reader checks the claims first (cheap
 * refusals) and then counts the bytes actually inflated, stopping the moment a limit is passed.
 */
export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Inflated ÷ compressed bytes, checked once an entry passes `ratioFloorBytes`. */
  maxRatio: number;
  /** Small files may compress extremely well (a blank line repeated); below this the ratio is not checked. */
  ratioFloorBytes: number;
}

const MB = 1024 * 1024;

export const packLimits: ZipLimits = {
  maxEntries: 2000,
  maxEntryBytes: 20 * MB,
  maxTotalBytes: 200 * MB,
  maxRatio: 100,
  ratioFloorBytes: 1 * MB,
};

/** The error every refused pack raises: the sentence says what was wrong, never a stack. */
export function packRefused(reason: string): ApiError {
  return new ApiError('invalid-argument', `This course pack cannot be used: ${reason}.`);
}

/** Counts inflated bytes for one entry and for the whole archive; throws when a limit is passed. */
export class InflateBudget {
  #total = 0;
  constructor(readonly limits: ZipLimits) {}

  /** Call with each chunk's length; `entrySoFar` includes the chunk. */
  take(name: string, chunk: number, entrySoFar: number, compressedSize: number): void {
    this.#total += chunk;
    const { maxEntryBytes, maxTotalBytes, maxRatio, ratioFloorBytes } = this.limits;
    if (entrySoFar > maxEntryBytes) throw packRefused(`${name} is larger than ${mb(maxEntryBytes)} when unpacked`);
    if (this.#total > maxTotalBytes) throw packRefused(`it unpacks to more than ${mb(maxTotalBytes)}`);
    if (entrySoFar > ratioFloorBytes && entrySoFar > Math.max(1, compressedSize) * maxRatio) {
      throw packRefused(`${name} unpacks to more than ${maxRatio} times its packed size, which is how zip bombs work`);
    }
  }
}

function mb(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}
