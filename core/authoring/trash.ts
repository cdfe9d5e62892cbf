import { cp, lstat, mkdir, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { AuthoringWorkspace } from './workspace';

/**
 * Moves a file or folder to `<dataDir>/.trash/<timestamp>-<name>` instead of deleting it, so a
 * trainer can get back a course or module they removed by mistake. The desktop app prefers the
 * OS trash; this is the fallback it and the browser build share. Returns where it went.
 */
export async function moveToTrash(ws: AuthoringWorkspace, path: string): Promise<string> {
  await mkdir(ws.trashDir, { recursive: true });
  // Colons are not allowed in Windows file names, so the ISO time uses hyphens.
  const stamp = ws.now().toISOString().replace(/[:.]/g, '-');
  let target = join(ws.trashDir, `${stamp}-${basename(path)}`);
  for (let n = 2; await exists(target); n++) target = join(ws.trashDir, `${stamp}-${n}-${basename(path)}`);
  try {
    await rename(path, target);
  } catch (error) {
    // A linked course can live on another drive, where rename cannot move it.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(path, target, { recursive: true, errorOnExist: true, force: false });
    await rm(path, { recursive: true });
  }
  return target;
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}
