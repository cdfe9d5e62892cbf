import { stat } from 'node:fs/promises';
import { ApiError } from '../errors';
import { compileCourse, formatDiagnostic, type Diagnostic } from '../course/index';
import { addLinkedCourse } from './linked-courses';
import { checkUserFolderPath, isInside } from './safe-paths';
import { libraryCourses, type AuthoringWorkspace } from './workspace';

export interface OpenedCourse {
  folder: string;
  id: string;
  title: string;
  /** Problems in the course's files; the course opens anyway so the trainer can fix them. */
  diagnostics: Diagnostic[];
}

/**
 * Adds a course folder from elsewhere on disk to the library (registered in linked-courses.json;
 * nothing is copied). The folder must hold a course.yml that compiles at least to a course.
 */
export async function openCourseFolder(ws: AuthoringWorkspace, path: string): Promise<OpenedCourse> {
  const folder = checkUserFolderPath(path);
  const info = await stat(folder).catch(() => undefined);
  if (!info) throw new ApiError('not-found', `The folder ${folder} does not exist.`);
  if (!info.isDirectory())
    throw new ApiError('invalid-argument', `${folder} is a file, not a folder; choose the course folder that holds course.yml.`);
  const { course, diagnostics } = await compileCourse(folder);
  if (!course) {
    const first = diagnostics.find((d) => d.severity === 'error');
    throw new ApiError('invalid-argument', `${folder} is not a course folder${first ? `: ${formatDiagnostic(first)}` : ''}.`);
  }
  return ws.queue.run('library', async () => {
    const courses = await libraryCourses(ws);
    const already = courses.find((other) => other.folder === folder);
    if (already && already.source !== 'bundled') return { folder, id: course.id, title: course.title, diagnostics };
    const bundled = ws.bundledCoursesDir !== undefined && isInside(ws.bundledCoursesDir, folder);
    if (already || bundled || isInside(ws.coursesDir, folder) || isInside(folder, ws.dataDir)) {
      throw new ApiError('invalid-argument', `${folder} is part of Course Studio's own folders; open a course folder of your own.`);
    }
    const clash = courses.find((other) => other.id === course.id);
    if (clash) {
      throw new ApiError(
        'conflict',
        `The course in ${folder} has the id '${course.id}', which the course in ${clash.folder} already uses; change the id in one of the course.yml files first.`,
      );
    }
    await addLinkedCourse(ws.linkedFile, folder, ws.now());
    return { folder, id: course.id, title: course.title, diagnostics };
  });
}
