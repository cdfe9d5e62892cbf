import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Authoring } from '../authoring';
import type { CourseStudioApi } from '../api/contract';
import type { CourseOutline, LibraryEntry, PackPreview } from '../api/author-types';
import { ApiError } from '../errors';
import type { Downloads } from '../workspace/downloads';
import type { CourseCatalog } from './course-catalog';
import type { DesktopIntegration } from './desktop-integration';
import type { createModulePreview } from './module-preview';

type AuthorMethod =
  | 'listLibrary'
  | 'createCourse'
  | 'renameCourse'
  | 'duplicateCourse'
  | 'deleteCourse'
  | 'openCourseFolder'
  | 'revealCourse'
  | 'getCourseOutline'
  | 'addModule'
  | 'renameModule'
  | 'reorderModules'
  | 'deleteModule'
  | 'readModule'
  | 'saveModule'
  | 'getModuleVersion'
  | 'previewModule'
  | 'previewAnswer'
  | 'previewScenario'
  | 'addImage'
  | 'importPost'
  | 'exportPack'
  | 'inspectPack'
  | 'importPack';

export interface AuthorServiceParts {
  dataDir: string;
  authoring: Authoring;
  catalog: CourseCatalog;
  preview: ReturnType<typeof createModulePreview>;
  downloads: Downloads;
  integration: DesktopIntegration;
}

/** The Author area's methods: courses are named by id here and resolved to folders on this side only. */
export function createAuthorService({
  dataDir,
  authoring,
  catalog,
  preview,
  downloads,
  integration,
}: AuthorServiceParts): Pick<CourseStudioApi, AuthorMethod> {
  const uploadsDir = join(dataDir, 'uploads');
  const folderOf = async (courseId: string) => (await catalog.locate(courseId)).folder;

  async function outline(courseId: string): Promise<CourseOutline> {
    const entry = (await catalog.all()).find((candidate) => candidate.id === courseId);
    if (!entry) throw new ApiError('not-found', `The course "${courseId}" is not on this machine.`);
    const { course, diagnostics } = entry.result;
    const count = (file: string, severity: 'error' | 'warning') =>
      diagnostics.filter((d) => d.file === file && d.severity === severity).length;
    return {
      courseId,
      title: course?.title ?? courseId,
      editable: entry.location.source !== 'bundled',
      modules: (course?.modules ?? []).map((module) => ({
        id: module.id,
        file: module.file,
        title: module.title,
        errorCount: count(module.file, 'error'),
        warningCount: count(module.file, 'warning'),
      })),
      diagnostics,
    };
  }

  async function uploaded(uploadId: string): Promise<string> {
    if (!/^[a-f0-9]{24}$/.test(uploadId)) throw new ApiError('invalid-argument', 'That upload is not known. Pick the course pack again.');
    const path = join(uploadsDir, `${uploadId}.zip`);
    if (!(await stat(path).catch(() => null))) throw new ApiError('not-found', 'That upload has expired. Pick the course pack again.');
    return path;
  }

  return {
    async listLibrary() {
      return (await catalog.all()).map(({ id, location, result }): LibraryEntry => ({
        id,
        title: result.course?.title ?? location.id,
        moduleCount: result.course?.modules.length ?? 0,
        errorCount: result.diagnostics.filter((d) => d.severity === 'error').length,
        warningCount: result.diagnostics.filter((d) => d.severity === 'warning').length,
        source: location.source,
        editable: location.source !== 'bundled',
        location: location.folder,
      }));
    },

    async createCourse({ title, template, copyOfCourseId }) {
      if (template === 'copy' && !copyOfCourseId) throw new ApiError('invalid-argument', 'Pick the course to copy.');
      const copyOf = template === 'copy' ? { copyOf: await folderOf(copyOfCourseId as string) } : 'blank';
      return { courseId: (await authoring.createCourse({ title, template: copyOf })).id };
    },
    renameCourse: async ({ courseId, title }) => ({ courseId: (await authoring.renameCourse(await folderOf(courseId), title)).id }),
    duplicateCourse: async ({ courseId, title }) => ({ courseId: (await authoring.duplicateCourse(await folderOf(courseId), title)).id }),

    async deleteCourse({ courseId }) {
      const location = await catalog.locate(courseId);
      if (location.source === 'workspace' && integration.trash) {
        await integration.trash(location.folder);
        return { where: 'the system trash' };
      }
      const result = await authoring.deleteCourse(location.folder);
      return { where: result.status === 'trashed' ? result.trashedTo : 'nowhere: the folder was only removed from the library' };
    },

    async openCourseFolder({ path }) {
      const chosen = path ?? (integration.chooseFolder ? await integration.chooseFolder() : undefined);
      if (chosen === undefined) throw new ApiError('invalid-argument', 'Type the full path of the course folder to open.');
      if (chosen === null) return { cancelled: true };
      return { courseId: (await authoring.openCourseFolder(chosen)).id };
    },

    async revealCourse({ courseId }) {
      await integration.reveal(await folderOf(courseId));
      return {};
    },

    getCourseOutline: ({ courseId }) => outline(courseId),
    async addModule({ courseId, title, text }) {
      const added = await authoring.addModule(await folderOf(courseId), { title, ...(text !== undefined && { text }) });
      return { ...(await outline(courseId)), file: added.file };
    },
    async renameModule({ courseId, file, title }) {
      await authoring.renameModule(await folderOf(courseId), file, title);
      return outline(courseId);
    },
    async reorderModules({ courseId, files }) {
      await authoring.reorderModules(await folderOf(courseId), files);
      return outline(courseId);
    },
    async deleteModule({ courseId, file }) {
      await authoring.deleteModule(await folderOf(courseId), file);
      return outline(courseId);
    },

    readModule: async ({ courseId, file }) => authoring.readModule(await folderOf(courseId), file),
    saveModule: async ({ courseId, file, text, baseVersion, force }) =>
      authoring.saveModule(await folderOf(courseId), file, text, baseVersion, force === undefined ? {} : { force }),
    async getModuleVersion({ courseId, file }) {
      try {
        return { version: (await authoring.readModule(await folderOf(courseId), file)).version };
      } catch (error) {
        if (error instanceof ApiError && error.code === 'not-found') return { version: null };
        throw error;
      }
    },

    previewModule: async ({ courseId, file, text }) => preview.preview(await folderOf(courseId), courseId, file, text),
    previewAnswer: async ({ courseId, file, text, quizId, answer }) =>
      preview.grade(await folderOf(courseId), courseId, file, text, quizId, answer),
    previewScenario: async ({ courseId, file, text, quizId, path }) =>
      preview.scenario(await folderOf(courseId), courseId, file, text, quizId, path),

    addImage: async ({ courseId, fileName, dataBase64 }) =>
      authoring.addImage(await folderOf(courseId), { fileName, bytes: Buffer.from(dataBase64, 'base64') }),
    importPost: async ({ kind, content, title }) => authoring.importPost({ kind, content, ...(title !== undefined && { title }) }),

    async exportPack({ courseId }) {
      const fileName = `${courseId}.coursepack.zip`;
      const path = await downloads.pathFor(fileName);
      const { leftOut } = await authoring.exportPack(await folderOf(courseId), path);
      return { downloadUrl: downloads.offer(path, fileName), fileName, leftOut };
    },

    async inspectPack({ fileName, dataBase64 }) {
      await mkdir(uploadsDir, { recursive: true });
      await clearOldUploads(uploadsDir);
      const uploadId = randomBytes(12).toString('hex');
      const path = join(uploadsDir, `${uploadId}.zip`);
      await writeFile(path, Buffer.from(dataBase64, 'base64'));
      try {
        return { uploadId, ...(await authoring.inspectPack(path)) } satisfies PackPreview;
      } catch (error) {
        await rm(path, { force: true });
        if (error instanceof ApiError) throw new ApiError(error.code, `${fileName}: ${error.message}`);
        throw error;
      }
    },

    async importPack({ uploadId, newTitle }) {
      const path = await uploaded(uploadId);
      try {
        const imported = await authoring.importPack(path, newTitle === undefined ? {} : { newTitle });
        return { courseId: imported.id, title: imported.title, idChanged: imported.idChanged };
      } finally {
        await rm(path, { force: true });
      }
    },
  };
}

/** Uploads are kept only while the trainer looks at the pack preview. */
async function clearOldUploads(dir: string): Promise<void> {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const info = await stat(join(dir, name)).catch(() => null);
    if (info && info.mtimeMs < dayAgo) await rm(join(dir, name), { force: true });
  }
}
