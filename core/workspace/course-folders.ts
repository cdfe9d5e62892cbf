import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type CourseSource = 'bundled' | 'workspace' | 'linked';

export interface CourseRoot {
  dir: string;
  source: CourseSource;
}

export interface CourseFolder {
  /** The folder's name, which is also the course's id in the API. */
  id: string;
  folder: string;
  source: CourseSource;
}

export const courseFileName = 'course.yml';

/**
 * Lists every folder under the roots that holds a course file. A root that does not exist yet (a new
 * data folder) is simply empty. When a workspace course has the same folder name as a bundled one,
 * the workspace copy wins: it is the trainer's own edit of it.
 */
export async function findCourseFolders(roots: readonly CourseRoot[]): Promise<CourseFolder[]> {
  const byId = new Map<string, CourseFolder>();
  for (const root of roots) {
    for (const name of await listSubfolders(root.dir)) {
      const folder = join(root.dir, name);
      if (await isFile(join(folder, courseFileName))) byId.set(name, { id: name, folder, source: root.source });
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

async function listSubfolders(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
