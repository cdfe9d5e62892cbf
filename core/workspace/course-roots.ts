import type { CourseRoot } from './course-folders';
import { workspaceCoursesDir } from './data-dir';

/** Where courses are looked for, in order: bundled first, so a workspace copy of the same id wins. */
export function courseRoots(dataDir: string, bundledCoursesDir: string): CourseRoot[] {
  return [
    { dir: bundledCoursesDir, source: 'bundled' },
    { dir: workspaceCoursesDir(dataDir), source: 'workspace' },
  ];
}
