import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that a crash at any moment leaves either the old content or the new, complete:
 * temp file in the same folder (so the rename cannot cross file systems) → fsync → rename →
 * fsync the folder (so the rename itself survives a power cut). Same recipe as
 * core/progress/durable-json-file.ts, without its backup copy: course files live in version
 * control or the trash, not in a store that must recover on its own.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  // A random temp name: two windows saving the same module must not share one temp file.
  const tempPath = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const file = await open(tempPath, 'wx');
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(tempPath, path);
  } catch (error) {
    await unlink(tempPath).catch(() => undefined);
    throw error;
  }
  await syncDir(dirname(path));
}

/** fsyncs a folder so that renames and new entries in it are durable. */
export async function syncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open a folder for fsync (EISDIR/EPERM); NTFS journals the rename itself.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw error;
  } finally {
    await handle?.close();
  }
}
