import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../errors';
import { createContainedReader, readContained } from '../workspace/contained-read';
import { NameSet } from '../workspace/safe-name';
import { writeFileAtomic } from '../storage/atomic-write';
import { checkModulePath, checkNewModulePath, resolveInside } from './safe-paths';
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

/**
 * Resolves a module path (`modules/<name>.md`) inside the course. Links are refused, the file's
 * and the modules folder's alike, and so are folders. A file about to be created must have a safe
 * name that no other module file has in another case or Unicode form (one file on macOS/Windows).
 */
export async function moduleFilePath(folder: string, file: string, options: { mustExist: boolean; creates?: boolean }): Promise<string> {
  const path = resolveInside(folder, checkModulePath(file), 'module file');
  const found = await createContainedReader(folder).check(file);
  if (found.ok) return path;
  if (found.refusal !== 'missing')
    throw new ApiError(
      'forbidden',
      `${file} is not a plain file (it, or the modules folder, is a link or a folder), so Course Studio does not edit it.`,
    );
  if (options.mustExist)
    throw new ApiError('not-found', `The module file ${file} does not exist; it may have been renamed or deleted outside Course Studio.`);
  if (!options.creates) return path;
  checkNewModulePath(file);
  const name = file.slice('modules/'.length);
  const twin = new NameSet(await readdir(join(folder, 'modules')).catch(() => [])).sameAs(name);
  if (twin !== undefined)
    throw new ApiError('conflict', `${file} would be the same file as modules/${twin} on Windows and macOS; choose another name.`);
  return path;
}

/** The module file's bytes, or null when it does not exist; never through a link. */
export async function readModuleBytes(folder: string, file: string): Promise<Buffer | null> {
  const read = await readContained(folder, file);
  if (read.ok) return read.data;
  if (read.refusal === 'missing') return null;
  throw new ApiError(
    'forbidden',
    `${file} is not a plain file (it, or the modules folder, is a link or a folder), so Course Studio does not edit it.`,
  );
}

export async function readModule(ws: AuthoringWorkspace, folder: string, file: string): Promise<ModuleText> {
  const course = await editableCourse(ws, folder);
  await moduleFilePath(course.folder, file, { mustExist: true });
  const bytes = await readModuleBytes(course.folder, file);
  if (bytes === null)
    throw new ApiError('not-found', `The module file ${file} does not exist; it may have been renamed or deleted outside Course Studio.`);
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
  const path = await moduleFilePath(course.folder, file, { mustExist: false, creates: true });
  // Queued per course, as the module list edits are: the check and the write must not interleave
  // with another save or a rename of the same file.
  return ws.queue.run(course.folder, async () => {
    const disk = await readModuleBytes(course.folder, file);
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
