import { basename } from 'node:path';
import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './atomic-write';
import { errorCode, type StorageFs } from './storage-fs';

/**
 * A lowdb adapter that writes JSON so that a crash or power cut at any moment leaves either the
 * old file or the new one, complete, and never reports a save before the bytes are on disk.
 *
 * lowdb's own JSONFile delegates to steno, which writes a temp file and renames it over the
 * target but never calls fsync: after a power cut the rename can survive while the data does
 * not, leaving an empty or zero-filled file. So this adapter writes with writeFileAtomic (temp
 * file, fsync, rename, fsync folder), keeping the current file as `.bak` before the rename: the
 * last good copy that corruption recovery falls back to; a hard link costs no data copy.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly path: string;
  readonly backupPath: string;
  readonly #tempPath: string;
  readonly #fs: StorageFs;
  readonly #decode: (json: unknown) => T;

  constructor(path: string, options: { fs: StorageFs; decode: (json: unknown) => T }) {
    this.path = path;
    this.backupPath = `${path}.bak`;
    // One fixed temp name per file: writes to a file are serialised, and a temp left by a crash is simply overwritten.
    this.#tempPath = `${path}.tmp`;
    this.#fs = options.fs;
    this.#decode = options.decode;
  }

  /** null when the file does not exist; throws UnreadableFileError when it is not valid. */
  async read(): Promise<T | null> {
    return readJsonFile(this.#fs, this.path, this.#decode);
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.path, JSON.stringify(data), { fs: this.#fs, tempPath: this.#tempPath, backupPath: this.backupPath });
  }
}

export class UnreadableFileError extends Error {
  readonly path: string;
  readonly reason: 'not-json' | 'invalid';

  constructor(path: string, reason: 'not-json' | 'invalid', cause: unknown) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(`${basename(path)} ${reason === 'not-json' ? 'is not valid JSON' : 'does not have the expected shape'}: ${detail}`, { cause });
    this.name = 'UnreadableFileError';
    this.path = path;
    this.reason = reason;
  }
}

export async function readJsonFile<T>(fs: StorageFs, path: string, decode: (json: unknown) => T): Promise<T | null> {
  let text: string;
  try {
    text = await fs.readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UnreadableFileError(path, 'not-json', error);
  }
  try {
    return decode(json);
  } catch (error) {
    throw new UnreadableFileError(path, 'invalid', error);
  }
}
