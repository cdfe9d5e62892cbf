import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { relativePathProblem } from '../workspace/safe-name';
import { imageExtension } from './image-types';
import { COURSE_FILE } from './workspace';

/**
 * The files that make up a course, and the only ones a pack or a copy carries: course.yml,
 * modules/*.md and images under assets/. Dotfiles (.git, .DS_Store), symlinks and anything else in
 * the folder stay behind: a pack must not leak a trainer's other files or point outside itself.
 */
export function isCourseFilePath(path: string): boolean {
  if (relativePathProblem(path) !== null) return false;
  if (path.split('/').some((segment) => segment.startsWith('.'))) return false;
  if (path === COURSE_FILE) return true;
  if (/^modules\/[^/]+\.md$/.test(path)) return true;
  return path.startsWith('assets/') && path.split('/').length <= 4 && imageExtension(path) !== undefined;
}

export interface CourseFileList {
  /** Course-relative paths of the course files, sorted; plain files reached without links only. */
  files: string[];
  /** Links found where course files live (course.yml, modules/, assets/): never followed, never carried. */
  links: string[];
}

/** The course files in `folder`, and the links that were left out (see isCourseFilePath). */
export async function listCourseFiles(folder: string): Promise<CourseFileList> {
  const files: string[] = [];
  const links: string[] = [];
  async function walk(relative: string, depth: number): Promise<void> {
    const info = await lstat(join(folder, relative)).catch(() => undefined);
    if (info?.isSymbolicLink()) links.push(relative);
    if (!info?.isDirectory()) return;
    for (const entry of await readdir(join(folder, relative), { withFileTypes: true })) {
      const path = `${relative}/${entry.name}`;
      if (entry.name.startsWith('.')) continue;
      if (entry.isSymbolicLink()) links.push(path);
      else if (entry.isDirectory() && depth < 3 && path.startsWith('assets/')) await walk(path, depth + 1);
      else if (entry.isFile() && isCourseFilePath(path)) files.push(path);
    }
  }
  const top = await lstat(join(folder, COURSE_FILE)).catch(() => undefined);
  if (top?.isFile()) files.push(COURSE_FILE);
  if (top?.isSymbolicLink()) links.push(COURSE_FILE);
  await walk('modules', 1);
  await walk('assets', 1);
  return { files: files.sort(), links: links.sort() };
}
