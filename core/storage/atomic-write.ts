import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { errorCode, nodeStorageFs, type StorageFs } from './storage-fs';

/**
 * Writing a file so that a crash or power cut at any moment leaves either the old content or the
 * new one, complete, and never reporting a write before the bytes are on disk:
 *
 *     temp file in the same folder → fsync → (link the old file as backup) → rename → fsync folder
 *
 * The temp file sits beside the target so the rename cannot cross file systems; the folder fsync
 * makes the rename itself survive a power cut. lowdb's JSONFile (steno) skips both fsyncs, which
 * is why the stores use DurableJsonFile, built on this.
 */

export interface AtomicWriteOptions {
  fs?: StorageFs;
  /** A fixed temp name, for writers already serialised per file; by default a fresh random one beside the target. */
  tempPath?: string;
  /** Keep the current file under this name before replacing it (see keepBackup). */
  backupPath?: string;
}

/** Resolves only when the new content is durable. On failure the target is untouched and the temp file is removed. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeStorageFs;
  // A random temp name unless told otherwise: two windows saving the same module must not share one temp file.
  const tempPath = options.tempPath ?? tempPathBeside(path);
  // The backup links the current file, which nothing changes until the rename below, so it can
  // run while the new content is written and fsynced instead of adding to the write's latency.
  const backedUp = options.backupPath ? keepBackup(fs, path, options.backupPath) : Promise.resolve();
  try {
    const file = await fs.createFile(tempPath, { exclusive: options.tempPath === undefined });
    try {
      await file.write(data);
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
  await replaceWithTemp(fs, tempPath, path);
}

/**
 * The same guarantee for content that another writer (a stream) puts into `tempPath`: fsyncs it,
 * renames it over `path` and fsyncs the folder. `beforeReplace` may throw to abandon the write
 * at the last moment (a cancelled export). On failure the temp file is removed.
 */
export async function commitTempFile(
  tempPath: string,
  path: string,
  options: { fs?: StorageFs; beforeReplace?: () => void } = {},
): Promise<void> {
  const fs = options.fs ?? nodeStorageFs;
  try {
    await fs.syncFile(tempPath);
    options.beforeReplace?.();
  } catch (error) {
    await fs.unlink(tempPath).catch(() => undefined);
    throw error;
  }
  await replaceWithTemp(fs, tempPath, path);
}

/** A hidden, unique name in the target's folder: `.name.3f9a….tmp`. */
export function tempPathBeside(path: string, suffix = 'tmp'): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.${suffix}`);
}

/** fsyncs a folder so that renames and new entries in it are durable. */
export function syncDir(dir: string): Promise<void> {
  return nodeStorageFs.syncDir(dir);
}

async function replaceWithTemp(fs: StorageFs, tempPath: string, path: string): Promise<void> {
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
 * must not fail a write that can otherwise be made durable. The link goes to a temp name and is
 * renamed over the old backup, so there is never a moment with neither backup nor target.
 */
async function keepBackup(fs: StorageFs, path: string, backupPath: string): Promise<void> {
  const linkPath = `${backupPath}.tmp`;
  try {
    await linkOrCopy(fs, path, linkPath);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') return; // ENOENT: first write, nothing to back up
    await fs.unlink(linkPath).catch(() => undefined);
    if (
      !(await linkOrCopy(fs, path, linkPath).then(
        () => true,
        () => false,
      ))
    )
      return;
  }
  await fs.rename(linkPath, backupPath).catch(() => fs.unlink(linkPath).catch(() => undefined));
}

async function linkOrCopy(fs: StorageFs, from: string, to: string): Promise<void> {
  try {
    await fs.link(from, to);
  } catch (error) {
    const code = errorCode(error);
    // Some USB-stick and network file systems have no hard links.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS' || code === 'EXDEV') await fs.copyFile(from, to);
    else throw error;
  }
}
