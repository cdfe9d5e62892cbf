import { writeFile, rm, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CourseStudioApi } from '../api/contract';
import { ApiError } from '../errors';
import type { RecordFacets } from '../api/records-types';
import type { ProgressStore } from '../progress';
import type { CompletionRecords } from '../records';
import type { SessionsStore } from '../sessions';
import type { Downloads } from '../workspace/downloads';
import { toSafeName } from '../workspace/safe-name';
import type { CourseCatalog } from './course-catalog';
import { createExportJobs } from './export-jobs';
import type { SettingsStore } from './settings-store';

type RecordsMethod =
  'queryRecords' | 'startRecordsExport' | 'getExportProgress' | 'cancelExport' | 'exportRecordsFile' | 'importRecordsFile';

export interface RecordsServiceParts {
  records: CompletionRecords;
  store: ProgressStore;
  sessions: SessionsStore;
  catalog: CourseCatalog;
  downloads: Downloads;
  settings: SettingsStore;
  /** Called before rows are rebuilt, so course and module titles are current. */
  refreshTitles: () => Promise<void>;
}

/** How long built rows are reused: rebuilding reads every learner's file. */
const rowsFreshForMs = 2000;

/** The Records area: the records table, its exports, and merging records between machines. */
export function createRecordsService(parts: RecordsServiceParts): Pick<CourseStudioApi, RecordsMethod> {
  const { records, store, sessions, catalog, downloads, settings } = parts;
  const jobs = createExportJobs();
  let builtAt = 0;

  async function freshRows(): Promise<void> {
    if (Date.now() - builtAt < rowsFreshForMs) return;
    await parts.refreshTitles();
    await records.refresh();
    builtAt = Date.now();
  }

  async function facets(): Promise<RecordFacets> {
    const courses = (await catalog.all())
      .filter((entry) => entry.result.course)
      .map(({ id, result }) => ({
        id,
        title: result.course?.title ?? id,
        modules: (result.course?.modules ?? []).map((module) => ({ id: module.id, title: module.title })),
      }));
    const imported = (await records.imported.learners()).map((learner) => learner.profile);
    const learners = [...store.listLearners(), ...imported]
      .filter((learner, index, all) => all.findIndex((other) => other.id === learner.id) === index)
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return { courses, learners, sessions: sessions.list().map(({ id, name }) => ({ id, name })) };
  }

  return {
    async queryRecords({ query }) {
      await freshRows();
      return { ...(await records.query(query)), facets: await facets() };
    },

    async startRecordsExport({ format, query }) {
      await freshRows();
      const stamp = new Date().toISOString().slice(0, 10);
      const fileName = format === 'xapi' ? `xapi-statements-${stamp}.json` : `completion-records-${stamp}.${format}`;
      const homePage = settings.get().xapiAccountHomePage;
      const jobId = jobs.start(async (onProgress, signal) => {
        const path = await downloads.pathFor(fileName);
        const sessionName = (id: string) => sessions.list().find((session) => session.id === id)?.name;
        await records.exportRecords(format, query, path, {
          onProgress,
          signal,
          sessionName,
          ...(homePage && { accountHomePage: homePage }),
        });
        return { downloadUrl: downloads.offer(path, fileName), fileName };
      });
      return { jobId };
    },

    getExportProgress: async ({ jobId }) => jobs.progress(jobId),
    async cancelExport({ jobId }) {
      jobs.cancel(jobId);
      return {};
    },

    async exportRecordsFile() {
      const fileName = `records-${records.machine.name.replace(/[^A-Za-z0-9-]+/g, '-')}-${new Date().toISOString().slice(0, 10)}.json`;
      const path = await downloads.pathFor(fileName);
      await records.exportRecordsFile(path);
      return { downloadUrl: downloads.offer(path, fileName), fileName };
    },

    async importRecordsFile({ fileName, dataBase64 }) {
      // The engine imports from a file, as the desktop app hands it one; the browser build uploads the bytes.
      const dir = await mkdtemp(join(tmpdir(), 'course-studio-import-'));
      // The name the trainer's file had, made safe: it only names the file in messages.
      const path = join(dir, toSafeName(fileName, 'records.json'));
      try {
        await writeFile(path, Buffer.from(dataBase64, 'base64'));
        const report = await records.importRecordsFile(path);
        builtAt = 0;
        return report;
      } catch (error) {
        if (error instanceof ApiError) throw error;
        throw new ApiError('not-saved', `${fileName} could not be imported: ${(error as Error).message}`);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
