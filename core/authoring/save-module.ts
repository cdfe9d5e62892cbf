import { createHash } from 'node:crypto';
import { lstat, readFile } from 'node:fs/promises';
import { ApiError } from '../api/errors';
import { writeFileAtomic } from './atomic-write';
import { checkModulePath, resolveInside } from './safe-paths';
import { editableCourse, type AuthoringWorkspace } from './workspace';

/**
 * Reading and saving module text with optimistic concurrency: the editor keeps the version it
 * loaded and a save only lands if the file on disk still has that version. Trainers also edit
 * modules in other editors or pull them from git, and a silent overwrite would lose that work.
 */

export interface ModuleText {
  text: string;
  /** sha256 of the file's bytes, hex; pass it back as `baseVersion` when saving. */
  version: string;
}

export type SaveResult =
  | { status: 'saved'; version: string }
  /**
   * The file changed on disk since `baseVersion` (diskText/diskVersion null: it was deleted).
   * The UI offers "reload" (use diskText, diskVersion) or "keep mine" (save again with force).
   */
  | { status: 'conflict'; message: string; diskText: string | null; diskVersion: string | null };

export function moduleVersion(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Resolves a module path (`modules/<name>.md`) inside the course; refuses symlinks and folders. */
export async function moduleFilePath(folder: string, file: string, options: { mustExist: boolean }): Promise<string> {
  const path = resolveInside(folder, checkModulePath(file), 'module file');
  const info = await lstat(path).catch(() => undefined);
  if (info && !info.isFile()) throw new ApiError('forbidden', `${file} is not a plain file (it may be a link or a folder), so Course Studio does not edit it.`);
  if (!info && options.mustExist) throw new ApiError('not-found', `The module file ${file} does not exist; it may have been renamed or deleted outside Course Studio.`);
  return path;
}

export async function readModule(ws: AuthoringWorkspace, folder: string, file: string): Promise<ModuleText> {
  const course = await editableCourse(ws, folder);
  const bytes = await readFile(await moduleFilePath(course.folder, file, { mustExist: true }));
  return { text: bytes.toString('utf8'), version: moduleVersion(bytes) };
}

export async function saveModule(
  ws: AuthoringWorkspace,
  folder: string,
  file: string,
  text: string,
  baseVersion: string | null,
  options: { force?: boolean } = {},
): Promise<SaveResult> {
  if (typeof text !== 'string') throw new ApiError('invalid-argument', 'The module text to save is missing.');
  const course = await editableCourse(ws, folder);
  const path = await moduleFilePath(course.folder, file, { mustExist: false });
  // Queued per course, as the module list edits are: the check and the write must not interleave
  // with another save or a rename of the same file.
  return ws.queue.run(course.folder, async () => {
    const disk = await readFile(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    const diskVersion = disk === null ? null : moduleVersion(disk);
    if (!options.force && diskVersion !== baseVersion) {
      const message =
        disk === null
          ? `${file} was deleted or renamed outside Course Studio. Save again to keep your text as ${file}, or close it.`
          : `This module was changed outside Course Studio since you opened it (${file}). Reload it to see those changes, or keep your version to overwrite them.`;
      return { status: 'conflict', message, diskText: disk?.toString('utf8') ?? null, diskVersion };
    }
    const bytes = Buffer.from(text, 'utf8');
    try {
      await writeFileAtomic(path, bytes);
    } catch (error) {
      throw new ApiError('not-saved', `${file} could not be saved: ${(error as Error).message}. Your text is still in the editor.`);
    }
    return { status: 'saved', version: moduleVersion(bytes) };
  });
}
