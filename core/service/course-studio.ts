import type { CourseStudioApi } from '../api/contract';
import { appVersion, productName } from '../identity';
import { findCourseFolders } from '../workspace/course-folders';
import { courseRoots } from '../workspace/course-roots';
import { summarizeCourse } from '../workspace/course-summary';


export interface CourseStudioOptions {
  /** Everything this machine writes lives under this folder. */
  dataDir: string;
  /** The courses that ship with the app (the repo's `courses/`, or inside the packaged app). */
  bundledCoursesDir: string;
  shell: 'desktop' | 'browser';
}

/** The one implementation of the contract, served by both transports. */
export function createCourseStudio(options: CourseStudioOptions): CourseStudioApi {
  const roots = courseRoots(options.dataDir, options.bundledCoursesDir);

  return {
    async getAppInfo() {
      return { productName, version: appVersion, dataDir: options.dataDir, shell: options.shell };
    },

    async listCourses() {
      const folders = await findCourseFolders(roots);
      return Promise.all(folders.map(summarizeCourse));
    },
  };
}
