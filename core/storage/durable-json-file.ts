import { basename, dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import { errorCode, type ProgressFs } from './storage-fs';

/**
 * A lowdb adapter that writes JSON so that a crash or power cut at any moment leaves either the
 * old file or the new one, complete, and never reports a save before the bytes are on disk.
 *
 * lowdb's own JSONFile delegates to steno, which writes a temp file and renames it over the
 * target but never calls fsync: after a power cut the rename can survive while the data does
 * not, leaving an empty or zero-filled file. So this adapter writes the temp file, fsyncs it,
 * renames it and fsyncs the folder. Before the rename it hard-links the current file as `.bak`,
 * the last good copy that corruption recovery falls back to; a link costs no data copy.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly path: string;
  readonly backupPath: string;
  readonly #tempPath: string;
  readonly #fs: ProgressFs;
  readonly #decode: (json: unknown) => T;

  constructor(path: string, options: { fs: ProgressFs; decode: (json: unknown) => T }) {
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
    await writeDurably(this.#fs, this.path, JSON.stringify(data), { tempPath: this.#tempPath, backupPath: this.backupPath });
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

export async function readJsonFile<T>(fs: ProgressFs, path: string, decode: (json: unknown) => T): Promise<T | null> {
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

/**
 * temp write → fsync → (link old file as backup) → rename → fsync folder. Resolves only when
 * the new content is durable. On failure the target is untouched and the temp file is removed.
 */
export async function writeDurably(
  fs: ProgressFs,
  path: string,
  text: string,
  options: { tempPath?: string; backupPath?: string } = {},
): Promise<void> {
  const tempPath = options.tempPath ?? `${path}.tmp`;
  // The backup links the current file, which nothing changes until the rename below, so it can
  // run while the new content is written and fsynced instead of adding to the save's latency.
  const backedUp = options.backupPath ? keepBackup(fs, path, options.backupPath) : Promise.resolve();
  try {
    const file = await fs.createFile(tempPath);
    try {
      await file.write(text);
      await file.sync();
    } finally {
      await file.close();
    }
  } catch (error) {
    await backedUp;
    await fs.unlink(tempPath).catch(() => undefined);
    throw error;
  }
  await backedUp;
  try {
    await fs.rename(tempPath, path);
  } catch (error) {
    await fs.unlink(tempPath).catch(() => undefined);
    throw error;
  }
  await fs.syncDir(dirname(path));
}

/**
 * Best effort: a missing backup only weakens recovery from later damage, so failing to make one
 * must not fail a save that can otherwise be made durable. The link goes to a temp name and is
 * renamed over the old backup, so there is never a moment with neither backup nor target.
 */
async function keepBackup(fs: ProgressFs, path: string, backupPath: string): Promise<void> {
  const linkPath = `${backupPath}.tmp`;
  try {
    await linkOrCopy(fs, path, linkPath);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') return; // ENOENT: first write, nothing to back up
    await fs.unlink(linkPath).catch(() => undefined);
    if (!(await linkOrCopy(fs, path, linkPath).then(() => true, () => false))) return;
  }
  await fs.rename(linkPath, backupPath).catch(() => fs.unlink(linkPath).catch(() => undefined));
}

async function linkOrCopy(fs: ProgressFs, from: string, to: string): Promise<void> {
  try {
    await fs.link(from, to);
  } catch (error) {
    const code = errorCode(error);
    // Some USB-stick and network file systems have no hard links.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS' || code === 'EXDEV') await fs.copyFile(from, to);
    else throw error;
  }
}
