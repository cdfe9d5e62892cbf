import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../errors';
import { syncDir, writeFileAtomic } from '../storage/atomic-write';
import { listCourseFiles } from './course-files';
import { checkId, checkTitle, readCourseText, setCourseId, setCourseTitle, writeCourseText } from './course-file-edit';
import { removeLinkedCourse } from './linked-courses';
import { createContainedReader } from '../workspace/contained-read';
import { checkName, uniqueName, type NameSet } from '../workspace/safe-name';
import { slugify } from './safe-paths';
import { blankCourseYml, starterModule, STARTER_MODULE_FILE } from './templates';
import { moveToTrash } from './trash';
import { COURSE_FILE, editableCourse, takenNames, type AuthoringWorkspace } from './workspace';
import { readTopLevelString } from './yaml-splice';

/**
 * The course library: create, rename, duplicate and delete courses in `<dataDir>/courses/`.
 * A new course's folder name is its id, the way the catalog names workspace courses.
 */

export type CourseTemplate = 'blank' | { copyOf: string };

export interface CreateCourseInput {
  title: string;
  id?: string;
  template: CourseTemplate;
}

export interface CourseRef {
  folder: string;
  id: string;
  title: string;
}

// Every change to the list of courses runs in this queue, so two creates cannot pick one name.
const LIBRARY = 'library';

export function createCourse(ws: AuthoringWorkspace, input: CreateCourseInput): Promise<CourseRef> {
  const title = checkTitle(input.title);
  return ws.queue.run(LIBRARY, async () => {
    const taken = await takenNames(ws);
    let id: string;
    if (input.id !== undefined) {
      id = checkId(input.id);
      if (taken.has(id)) throw new ApiError('conflict', `The id '${id}' is already used by another course in the library; choose another.`);
    } else id = uniqueName(slugify(title, 'course'), taken);
    const staging = await stagingFolder(ws);
    try {
      if (input.template === 'blank') {
        await mkdir(join(staging, 'modules'));
        await writeFileAtomic(join(staging, COURSE_FILE), blankCourseYml(id, title));
        await writeFileAtomic(join(staging, STARTER_MODULE_FILE), starterModule());
      } else {
        await copyCourseFiles(input.template.copyOf, staging);
        await writeCourseText(staging, setCourseTitle(setCourseId(await readCourseText(staging), id), title));
      }
      return await publish(ws, staging, id, title);
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      throw error;
    }
  });
}

/** A copy of any course (a bundled one too) under a new title, id and folder. */
export function duplicateCourse(ws: AuthoringWorkspace, folder: string, newTitle: string): Promise<CourseRef> {
  return createCourse(ws, { title: newTitle, template: { copyOf: folder } });
}

/** Changes the title in course.yml; the id (which learner records refer to) changes only when `newId` is given. */
export async function renameCourse(
  ws: AuthoringWorkspace,
  folder: string,
  title: string,
  options: { newId?: string } = {},
): Promise<CourseRef> {
  const course = await editableCourse(ws, folder);
  const checkedTitle = checkTitle(title);
  return ws.queue.run(LIBRARY, () =>
    ws.queue.run(course.folder, async () => {
      let text = setCourseTitle(await readCourseText(course.folder), checkedTitle);
      if (options.newId !== undefined) {
        const newId = checkId(options.newId);
        const taken = await takenNames(ws);
        taken.delete(basename(course.folder));
        if (taken.has(newId))
          throw new ApiError('conflict', `The id '${newId}' is already used by another course in the library; choose another.`);
        text = setCourseId(text, newId);
      }
      await writeCourseText(course.folder, text);
      return { folder: course.folder, id: readTopLevelString(text, 'id') ?? '', title: checkedTitle };
    }),
  );
}

export type DeleteResult = { status: 'trashed'; trashedTo: string } | { status: 'unlinked' };

/**
 * Workspace courses move to `<dataDir>/.trash/`; a linked folder is only removed from the
 * library, since it is the trainer's own folder elsewhere on disk.
 */
export async function deleteCourse(ws: AuthoringWorkspace, folder: string): Promise<DeleteResult> {
  const course = await editableCourse(ws, folder);
  return ws.queue.run(LIBRARY, async () => {
    if (course.source === 'linked') {
      await removeLinkedCourse(ws.linkedFile, course.folder);
      return { status: 'unlinked' as const };
    }
    return { status: 'trashed' as const, trashedTo: await moveToTrash(ws, course.folder) };
  });
}

/** A dot-folder inside the workspace: the catalog skips it, and a rename from it is atomic. */
export async function stagingFolder(ws: AuthoringWorkspace): Promise<string> {
  await mkdir(ws.coursesDir, { recursive: true });
  const staging = join(ws.coursesDir, `.staging-${randomBytes(6).toString('hex')}`);
  await mkdir(staging);
  return staging;
}

/**
 * Renames a finished staging folder to its final name (`id`, or `id-2`… if taken meanwhile).
 * The id becomes a folder name, so it must be a safe name whatever its caller checked before.
 */
export async function publish(ws: AuthoringWorkspace, staging: string, id: string, title: string): Promise<CourseRef> {
  checkName(id, 'The course id', 'folder');
  const name = uniqueName(id, await takenNamesExcept(ws, basename(staging)));
  const folder = join(ws.coursesDir, name);
  await rename(staging, folder);
  await syncDir(dirname(folder));
  return { folder, id, title };
}

async function takenNamesExcept(ws: AuthoringWorkspace, name: string): Promise<NameSet> {
  const taken = await takenNames(ws);
  taken.delete(name);
  return taken;
}

/** Copies the course files (never links, see course-files.ts) into the new course's staging folder. */
async function copyCourseFiles(from: string, to: string): Promise<void> {
  const { files } = await listCourseFiles(from);
  if (!files.includes(COURSE_FILE)) throw new ApiError('not-found', `${from} is not a course folder: it has no ${COURSE_FILE}.`);
  const reader = createContainedReader(from);
  for (const file of files) {
    const read = await reader.read(file);
    if (!read.ok) continue;
    await mkdir(dirname(join(to, file)), { recursive: true });
    await writeFile(join(to, file), read.data, { flag: 'wx' });
  }
}
