import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { compileCourse, type Diagnostic } from '../course/index';
import { checkTitle, readCourseText, setCourseId, setCourseTitle, writeCourseText } from './course-file-edit';
import { publish, stagingFolder, type CourseRef } from './library';
import { uniqueName } from '../workspace/safe-name';
import { checkPackCourseId, readPack } from './pack-read';
import { checkUserFolderPath, resolveInside, slugify } from './safe-paths';
import { takenNames, type AuthoringWorkspace } from './workspace';
import { readTopLevelString } from './yaml-splice';
import { packRefused } from './zip-limits';

export interface ImportedPack extends CourseRef {
  /** True when the pack's id was already in the library and the course got a new one. */
  idChanged: boolean;
  diagnostics: Diagnostic[];
}

/**
 * Unpacks a course pack into a new workspace course. Everything is written into a staging folder
 * inside the workspace and renamed into place only after the whole pack has been verified, so a
 * refused pack leaves nothing behind and nothing is ever written outside the new course folder.
 */
export async function importPack(ws: AuthoringWorkspace, zipPath: string, options: { newTitle?: string } = {}): Promise<ImportedPack> {
  const source = checkUserFolderPath(zipPath);
  const newTitle = options.newTitle === undefined ? undefined : checkTitle(options.newTitle);
  const staging = await stagingFolder(ws);
  try {
    await readPack(source, async (path, data) => {
      const target = resolveInside(staging, path, 'file in the pack');
      await mkdir(dirname(target), { recursive: true });
      // 'wx': readZipEntries already refuses duplicates; this is the second lock.
      await writeFile(target, data, { flag: 'wx' });
    });
    const courseText = await readCourseText(staging);
    const packId = readTopLevelString(courseText, 'id');
    const packTitle = readTopLevelString(courseText, 'title');
    if (packId === undefined || packTitle === undefined) throw packRefused('its course.yml has no id or title');
    checkPackCourseId(packId);
    const ref = await ws.queue.run('library', async () => {
      const taken = await takenNames(ws);
      taken.delete(staging.split(/[\\/]/).pop() ?? '');
      // Compared ignoring case and Unicode form: on macOS and Windows those would be one folder.
      const idChanged = taken.has(packId);
      const id = idChanged ? uniqueName(newTitle ? slugify(newTitle, packId) : packId, taken) : packId;
      const title = newTitle ?? packTitle;
      let text = courseText;
      if (idChanged) text = setCourseId(text, id);
      if (newTitle !== undefined) text = setCourseTitle(text, newTitle);
      if (text !== courseText) await writeCourseText(staging, text);
      return { ...(await publish(ws, staging, id, title)), idChanged };
    });
    const { diagnostics } = await compileCourse(ref.folder);
    return { ...ref, diagnostics };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
