import { ApiError } from '../api/errors';
import type { SaveState } from '../api/playback-types';

/**
 * Runs a store change and reports whether it reached the disk. A full or read-only data folder is
 * not an error for the learner's screen: the store keeps the change in memory and writes it with the
 * next successful save, and the screen says "not saved" meanwhile. Any other failure is thrown.
 */
export async function saving<T>(change: () => Promise<T>): Promise<{ value: T | undefined; save: SaveState }> {
  try {
    return { value: await change(), save: { saved: true } };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'not-saved') return { value: undefined, save: { saved: false, message: error.message } };
    throw error;
  }
}
