import { lstat, readdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ApiError } from '../errors';
import { KeyedQueue } from '../storage/keyed-queue';
import { workspaceCoursesDir } from '../workspace/data-dir';
import { readContained } from '../workspace/contained-read';
import { NameSet } from '../workspace/safe-name';
import { readLinkedCourses } from './linked-courses';
import { readTopLevelString } from './yaml-splice';

export const COURSE_FILE = 'course.yml';

/** Where the authoring engine may write, and how it tells time (tests pin the clock). */
export interface AuthoringWorkspace {
  dataDir: string;
  /** `<dataDir>/courses`: the trainer's own courses. */
  coursesDir: string;
  /** `<dataDir>/.trash`: deleted courses and modules, when the OS trash is not used. */
  trashDir: string;
  /** `<dataDir>/linked-courses.json`: course folders opened from elsewhere on disk. */
  linkedFile: string;
  /** Bundled courses: read-only, but their ids and folder names are taken. */
  bundledCoursesDir?: string;
  now: () => Date;
  /** Serialises changes per course folder (and `library` for the course list). */
  queue: KeyedQueue;
}

export interface WorkspaceOptions {
  dataDir: string;
  bundledCoursesDir?: string;
  now?: () => Date;
}

export function createWorkspace(options: WorkspaceOptions): AuthoringWorkspace {
  const dataDir = resolve(options.dataDir);
  return {
    dataDir,
    coursesDir: workspaceCoursesDir(dataDir),
    trashDir: join(dataDir, '.trash'),
    linkedFile: join(dataDir, 'linked-courses.json'),
    ...(options.bundledCoursesDir !== undefined && { bundledCoursesDir: resolve(options.bundledCoursesDir) }),
    now: options.now ?? (() => new Date()),
    queue: new KeyedQueue(),
  };
}

export type LibrarySource = 'workspace' | 'linked' | 'bundled';

export interface LibraryCourse {
  folder: string;
  /** The course id from course.yml, when it has one. */
  id?: string;
  source: LibrarySource;
}

/** Every course the library shows: workspace folders, linked folders and bundled courses. */
export async function libraryCourses(ws: AuthoringWorkspace): Promise<LibraryCourse[]> {
  const found: LibraryCourse[] = [];
  const roots: [string | undefined, LibrarySource][] = [
    [ws.bundledCoursesDir, 'bundled'],
    [ws.coursesDir, 'workspace'],
  ];
  for (const [root, source] of roots) {
    if (root === undefined) continue;
    for (const name of await subfolders(root)) if (!name.startsWith('.')) found.push({ folder: join(root, name), source });
  }
  for (const folder of await readLinkedCourses(ws.linkedFile)) found.push({ folder, source: 'linked' });
  return Promise.all(
    found.map(async (course) => {
      const read = await readContained(course.folder, COURSE_FILE);
      const id = read.ok ? readTopLevelString(read.data.toString('utf8'), 'id') : undefined;
      return id === undefined ? course : { ...course, id };
    }),
  );
}

/** Folder names under `dir`, dot-folders included (a half-finished import still takes its name). */
export async function subfolders(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Ids and names a new course may not take: every course id and every workspace or bundled folder
 * name, compared as macOS and Windows compare names (case and Unicode form ignored).
 */
export async function takenNames(ws: AuthoringWorkspace): Promise<NameSet> {
  const taken = new NameSet();
  for (const course of await libraryCourses(ws)) {
    if (course.id !== undefined) taken.add(course.id);
    if (course.source !== 'linked') taken.add(basename(course.folder));
  }
  for (const name of await subfolders(ws.coursesDir)) taken.add(name);
  return taken;
}

/**
 * Resolves a course folder the trainer may change: a direct child of the workspace courses
 * folder, or a folder they linked. Bundled courses and anything else are refused.
 */
export async function editableCourse(ws: AuthoringWorkspace, folder: string): Promise<{ folder: string; source: 'workspace' | 'linked' }> {
  const resolved = resolve(folder);
  let source: 'workspace' | 'linked' | undefined;
  if (dirname(resolved) === ws.coursesDir && !basename(resolved).startsWith('.')) source = 'workspace';
  else if ((await readLinkedCourses(ws.linkedFile)).includes(resolved)) source = 'linked';
  if (!source) {
    const bundled = ws.bundledCoursesDir !== undefined && dirname(resolved) === ws.bundledCoursesDir;
    throw new ApiError(
      'forbidden',
      bundled
        ? 'Courses that come with Course Studio cannot be changed; duplicate the course to edit your own copy.'
        : 'That folder is not one of your courses in the library.',
    );
  }
  const info = await lstat(join(resolved, COURSE_FILE)).catch(() => undefined);
  if (!info?.isFile())
    throw new ApiError('not-found', `The course folder ${resolved} has no ${COURSE_FILE}; it may have been moved or deleted.`);
  return { folder: resolved, source };
}
