import { basename } from 'node:path';
import type { CourseStudioApi } from '../api/contract';
import { createDispatch, type Dispatch } from '../api/dispatch';
import { isTrainerMethod } from '../api/methods';
import { createAuthoring } from '../authoring';
import { appVersion, productName } from '../identity';
import { openProgressStore } from '../progress';
import { openCompletionRecords } from '../records';
import type { ServedFile } from '../workspace/served-file';
import { openSessionsStore } from '../sessions';
import { openTrainerLock } from '../trainer';
import { resolveCourseAsset } from '../workspace/course-assets';
import { createDownloads } from '../workspace/downloads';
import { createAuthorService } from './author-service';
import { createClassroomService } from './classroom-service';
import { createCourseCatalog } from './course-catalog';
import { courseHome } from './course-home';
import { nodeDesktopIntegration, type DesktopIntegration } from './desktop-integration';
import { createModulePreview } from './module-preview';
import { createOrderlyStop, type FlushBeforeExitOptions, type StopReport } from './orderly-stop';
import { createPlaybackService } from './playback-service';
import { createRecordsService } from './records-service';
import { createRepairNoticesService } from './repair-notices-service';
import { openSettingsStore } from './settings-store';
import { createTrainerService } from './trainer-service';

export interface CourseStudioOptions {
  /** Everything this machine writes lives under this folder. */
  dataDir: string;
  /** The courses that ship with the app (the repo's `courses/`, or inside the packaged app). */
  bundledCoursesDir: string;
  shell: 'desktop' | 'browser';
  /** The desktop shell's trash, file manager and dialogs; the browser build uses the Node fallback. */
  integration?: DesktopIntegration;
  logError?: (method: string, error: unknown) => void;
}

export interface CourseStudioHost {
  /** The one implementation of the contract. */
  api: CourseStudioApi;
  /** What both transports call: validates, checks the trainer token of trainer methods, runs the API. */
  dispatch: Dispatch;
  /** Maps the app's file URLs (course images, downloads) to files, for both shells' file serving. */
  resolveFile(urlPath: string): Promise<ServedFile | null>;
  /**
   * For quitting (see orderly-stop.ts): refuses new calls, waits for the running ones, retries every
   * failed save within a deadline, and reports what could not be saved. Call after the shell stopped
   * taking requests; exit once it resolves.
   */
  flushBeforeExit(options?: FlushBeforeExitOptions): Promise<StopReport>;
}

/** Opens every store under the data folder and composes the API from the area services. */
export async function openCourseStudio(options: CourseStudioOptions): Promise<CourseStudioHost> {
  const { dataDir } = options;
  const authoring = createAuthoring({ dataDir, bundledCoursesDir: options.bundledCoursesDir });
  const catalog = createCourseCatalog(async () =>
    (await authoring.libraryCourses()).map(({ folder, source }) => ({ id: basename(folder), folder, source })),
  );
  const [store, lock, sessions, settings] = await Promise.all([
    openProgressStore({ dataDir }),
    openTrainerLock({ dataDir }),
    openSessionsStore({ dataDir }),
    openSettingsStore(dataDir),
  ]);
  const titles = new Map<string, { courseTitle: string; moduleTitle: string }>();
  const records = await openCompletionRecords({
    dataDir,
    local: store,
    courseInfo: (courseId, moduleId) => titles.get(`${courseId}/${moduleId}`),
  });
  const refreshTitles = async () => {
    for (const { id, result } of await catalog.all()) {
      for (const module of result.course?.modules ?? [])
        titles.set(`${id}/${module.id}`, { courseTitle: result.course?.title ?? id, moduleTitle: module.title });
    }
  };
  const downloads = createDownloads(dataDir);
  const playback = createPlaybackService(catalog, store, {
    sessionFor(courseId, moduleId) {
      const session = sessions.active();
      return session && session.courseId === courseId && session.moduleIds.includes(moduleId) ? session.id : undefined;
    },
  });
  const noticesFor = (learnerId: string) =>
    store
      .getNotices()
      .filter((notice) => notice.learnerId === learnerId || notice.learnerId === null)
      .map((notice) => notice.message);
  const parts = { catalog, downloads, settings, store, sessions };

  const api: CourseStudioApi = {
    async getAppInfo() {
      return { productName, version: appVersion, dataDir, shell: options.shell };
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
    ...createTrainerService(lock, settings),
    ...createAuthorService({
      dataDir,
      authoring,
      catalog,
      preview: createModulePreview(),
      downloads,
      integration: options.integration ?? nodeDesktopIntegration(),
    }),
    ...createRecordsService({ ...parts, records, refreshTitles }),
    ...createClassroomService(parts),
    ...createRepairNoticesService(parts),
  };

  const resolveFile = async (urlPath: string): Promise<ServedFile | null> => {
    const download = downloads.resolve(urlPath);
    if (download) return { path: download.path, downloadName: download.fileName };
    const image = await resolveCourseAsset(catalog.folderOf, urlPath);
    return image ? { path: image } : null;
  };
  const stop = createOrderlyStop(
    createDispatch(api, {
      ...(options.logError && { logError: options.logError }),
      authorize(method, input) {
        if (isTrainerMethod(method))
          lock.requireTrainer(typeof input === 'object' && input !== null && 'trainerToken' in input ? input.trainerToken : undefined);
      },
    }),
    [store, sessions],
  );
  return { api, dispatch: stop.dispatch, resolveFile, flushBeforeExit: stop.flushBeforeExit };
}
