import type { CourseStudioApi } from '../api/contract';
import { appVersion, productName } from '../identity';
import { openProgressStore } from '../progress';
import type { ServedFile } from '../server/static-files';
import { resolveCourseAsset } from '../workspace/course-assets';
import { createDownloads } from '../workspace/downloads';
import { courseRoots } from '../workspace/course-roots';
import { createCourseCatalog } from './course-catalog';
import { courseHome } from './course-home';
import { createPlaybackService } from './playback-service';

export interface CourseStudioOptions {
  /** Everything this machine writes lives under this folder. */
  dataDir: string;
  /** The courses that ship with the app (the repo's `courses/`, or inside the packaged app). */
  bundledCoursesDir: string;
  shell: 'desktop' | 'browser';
}

export interface CourseStudioHost {
  /** The one implementation of the contract, served by both transports. */
  api: CourseStudioApi;
  /** Maps the app's file URLs (course images, downloads) to files, for both shells' file serving. */
  resolveFile(urlPath: string): Promise<ServedFile | null>;
}

export async function openCourseStudio(options: CourseStudioOptions): Promise<CourseStudioHost> {
  const catalog = createCourseCatalog(courseRoots(options.dataDir, options.bundledCoursesDir));
  const store = await openProgressStore({ dataDir: options.dataDir });
  const playback = createPlaybackService(catalog, store);
  const downloads = createDownloads(options.dataDir);
  const noticesFor = (learnerId: string) =>
    store
      .getNotices()
      .filter((notice) => notice.learnerId === learnerId || notice.learnerId === null)
      .map((notice) => notice.message);

  const api: CourseStudioApi = {
    async getAppInfo() {
      return { productName, version: appVersion, dataDir: options.dataDir, shell: options.shell };
    },

    listCourses: () => catalog.summaries(),

    async listLearners() {
      return store.listLearners().map(({ id, name, staffId }) => ({ id, name, ...(staffId && { staffId }) }));
    },

    async addLearner(input) {
      const { id, name, staffId } = await store.addLearner(input);
      return { id, name, ...(staffId && { staffId }) };
    },

    async getCourseHome({ learnerId, courseId }) {
      store.getLearner(learnerId);
      const { course } = await catalog.load(courseId);
      const { attempts } = await store.getProgress(learnerId);
      return courseHome(course, attempts, noticesFor(learnerId));
    },

    openModule: playback.openModule,
    savePage: playback.savePage,
    submitAnswer: playback.submitAnswer,
    chooseScenario: playback.chooseScenario,
    finishModule: playback.finishModule,
    retakeModule: playback.retakeModule,
  };
  const resolveFile = async (urlPath: string): Promise<ServedFile | null> => {
    const download = downloads.resolve(urlPath);
    if (download) return { path: download.path, downloadName: download.fileName };
    const image = await resolveCourseAsset(catalog.folderOf, urlPath);
    return image ? { path: image } : null;
  };
  return { api, resolveFile };
}
