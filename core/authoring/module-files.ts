import { lstat, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../errors';
import { moduleIdFromFile } from '../course/index';
import { splitFrontMatter } from '../course/front-matter';
import { writeFileAtomic } from '../storage/atomic-write';
import { checkTitle, listedModules, readCourseText, setModuleList, writeCourseText } from './course-file-edit';
import { setFrontMatterTitle } from './front-matter-edit';
import { moduleFilePath, moduleVersion, readModuleBytes } from './save-module';
import { uniqueName } from '../workspace/safe-name';
import { slugify } from './safe-paths';
import { newModule } from './templates';
import { moveToTrash } from './trash';
import { editableCourse, type AuthoringWorkspace } from './workspace';
import { readTopLevelString } from './yaml-splice';

/**
 * The module list: add, rename, reorder and delete modules, keeping course.yml in step. File
 * names never change after creation, so learner progress (keyed by module id, which defaults to
 * the file name) and links keep working when a module is renamed or moved.
 */

export interface ModuleRef {
  file: string;
  title: string;
  /** Version of the module file after the change (see save-module.ts). */
  version: string;
}

export async function addModule(ws: AuthoringWorkspace, folder: string, input: { title: string; text?: string }): Promise<ModuleRef> {
  const course = await editableCourse(ws, folder);
  const title = checkTitle(input.title);
  return ws.queue.run(course.folder, async () => {
    const courseText = await readCourseText(course.folder);
    const listed = listedModules(courseText);
    const existing = await moduleFileNames(course.folder);
    const files = new Set([...existing, ...listed.map((path) => path.replace(/^modules\//, ''))]);
    const numbers = [...files].map((name) => Number(/^(\d+)-/.exec(name)?.[1] ?? 0));
    const number = String(Math.max(0, ...numbers) + 1).padStart(2, '0');
    const ids = await moduleIds(
      course.folder,
      [...files].map((name) => `modules/${name}`),
    );
    const slug = uniqueName(slugify(title, 'module'), ids);
    const file = `modules/${uniqueName(
      `${number}-${slug}`,
      [...files].map((name) => name.replace(/\.md$/, '')),
    )}.md`;
    const text = input.text === undefined ? newModule(title) : setFrontMatterTitle(input.text, title);
    await mkdir(join(course.folder, 'modules'), { recursive: true });
    await writeFileAtomic(await moduleFilePath(course.folder, file, { mustExist: false, creates: true }), text);
    await writeCourseText(course.folder, setModuleList(courseText, [...listed, file]));
    return { file, title, version: moduleVersion(text) };
  });
}

/** Changes the title in the module's front matter; the file name stays. */
export async function renameModule(ws: AuthoringWorkspace, folder: string, file: string, title: string): Promise<ModuleRef> {
  const course = await editableCourse(ws, folder);
  const checked = checkTitle(title);
  return ws.queue.run(course.folder, async () => {
    const path = await moduleFilePath(course.folder, file, { mustExist: true });
    const text = setFrontMatterTitle((await readModuleBytes(course.folder, file))?.toString('utf8') ?? '', checked);
    await writeFileAtomic(path, text);
    return { file, title: checked, version: moduleVersion(text) };
  });
}

/** Sets the playing order; `orderedFiles` must hold exactly the files course.yml lists now. */
export async function reorderModules(ws: AuthoringWorkspace, folder: string, orderedFiles: readonly string[]): Promise<string[]> {
  const course = await editableCourse(ws, folder);
  return ws.queue.run(course.folder, async () => {
    const courseText = await readCourseText(course.folder);
    const listed = listedModules(courseText);
    const sameSet =
      orderedFiles.length === listed.length &&
      new Set(orderedFiles).size === listed.length &&
      orderedFiles.every((file) => listed.includes(file));
    if (!sameSet)
      throw new ApiError(
        'conflict',
        'The module list changed since it was shown (perhaps course.yml was edited); reload the course and reorder again.',
      );
    await writeCourseText(course.folder, setModuleList(courseText, orderedFiles));
    return [...orderedFiles];
  });
}

/** Takes the module out of course.yml and moves its file to the trash folder. */
export async function deleteModule(ws: AuthoringWorkspace, folder: string, file: string): Promise<{ trashedTo: string | null }> {
  const course = await editableCourse(ws, folder);
  return ws.queue.run(course.folder, async () => {
    const path = await moduleFilePath(course.folder, file, { mustExist: false });
    const courseText = await readCourseText(course.folder);
    const listed = listedModules(courseText);
    if (!listed.includes(file)) throw new ApiError('not-found', `${file} is not in this course's module list.`);
    if (listed.length === 1)
      throw new ApiError('conflict', 'A course needs at least one module; add another module before deleting this one.');
    // course.yml first: if the move then fails, the file is only "not listed" (a warning), never
    // listed-but-missing (an error that stops the course from playing).
    await writeCourseText(
      course.folder,
      setModuleList(
        courseText,
        listed.filter((entry) => entry !== file),
      ),
    );
    const present = await lstat(path).then(
      () => true,
      () => false,
    );
    return { trashedTo: present ? await moveToTrash(ws, path) : null };
  });
}

async function moduleFileNames(folder: string): Promise<string[]> {
  return readdir(join(folder, 'modules')).then(
    (names) => names.filter((name) => name.endsWith('.md')),
    () => [],
  );
}

/** Module ids in use: the front matter `id`, or the one derived from the file name. */
async function moduleIds(folder: string, files: readonly string[]): Promise<string[]> {
  return Promise.all(
    files.map(async (file) => {
      const text = (await readModuleBytes(folder, file).catch(() => null))?.toString('utf8') ?? '';
      const front = splitFrontMatter(text).frontMatter;
      return (front !== null ? readTopLevelString(front, 'id') : undefined) ?? moduleIdFromFile(file);
    }),
  );
}
