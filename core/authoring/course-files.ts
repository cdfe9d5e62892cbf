import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { imageExtension } from './image-types';
import { unsafeRelativePath } from './safe-paths';
import { COURSE_FILE } from './workspace';

/**
 * The files that make up a course, and the only ones a pack or a copy carries: course.yml,
 * modules/*.md and images under assets/. Dotfiles (.git, .DS_Store), symlinks and anything else in
 * the folder stay behind: a pack must not leak a trainer's other files or point outside itself.
 */
export function isCourseFilePath(path: string): boolean {
  if (unsafeRelativePath(path) !== null) return false;
  if (path.split('/').some((segment) => segment.startsWith('.'))) return false;
  if (path === COURSE_FILE) return true;
  if (/^modules\/[^/]+\.md$/.test(path)) return true;
  return path.startsWith('assets/') && path.split('/').length <= 4 && imageExtension(path) !== undefined;
}

/** Course-relative paths of the course files in `folder`, sorted; regular files only. */
export async function listCourseFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(relative: string, depth: number): Promise<void> {
    let entries;
    try {
      entries = await readdir(join(folder, relative), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory() && depth < 3 && (path === 'modules' || path === 'assets' || path.startsWith('assets/'))) await walk(path, depth + 1);
      else if (entry.isFile() && isCourseFilePath(path)) found.push(path);
    }
  }
  const top = await lstat(join(folder, COURSE_FILE)).catch(() => undefined);
  if (top?.isFile()) found.push(COURSE_FILE);
  await walk('modules', 1);
  await walk('assets', 1);
  return found.sort();
}
