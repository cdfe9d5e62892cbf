import { addImage, type AddedImage } from './images';
import { importPack, type ImportedPack } from './pack-import';
import { inspectPack, type PackSummary } from './pack-inspect';
import { exportPack, type ExportedPack } from './pack-export';
import { importPost, type ImportPostInput } from './import-post';
import {
  createCourse,
  deleteCourse,
  duplicateCourse,
  renameCourse,
  type CourseRef,
  type CreateCourseInput,
  type DeleteResult,
} from './library';
import { addModule, deleteModule, renameModule, reorderModules, type ModuleRef } from './module-files';
import { openCourseFolder, type OpenedCourse } from './open-course-folder';
import type { PostDraft } from './post-draft';
import { readModule, saveModule, type ModuleText, type SaveResult } from './save-module';
import { createWorkspace, libraryCourses, type LibraryCourse, type WorkspaceOptions } from './workspace';

/**
 * The authoring engine as one service for the API layer. Course folders are absolute paths the
 * service resolves from course ids (the renderer never builds paths); module files are
 * course-relative (`modules/01-intro.md`). Every method that changes files checks that the folder
 * is a workspace or linked course, so bundled courses stay read-only.
 */
export interface Authoring {
  libraryCourses(): Promise<LibraryCourse[]>;
  createCourse(input: CreateCourseInput): Promise<CourseRef>;
  renameCourse(folder: string, title: string, options?: { newId?: string }): Promise<CourseRef>;
  duplicateCourse(folder: string, newTitle: string): Promise<CourseRef>;
  deleteCourse(folder: string): Promise<DeleteResult>;
  openCourseFolder(path: string): Promise<OpenedCourse>;

  addModule(folder: string, input: { title: string; text?: string }): Promise<ModuleRef>;
  renameModule(folder: string, moduleFile: string, title: string): Promise<ModuleRef>;
  reorderModules(folder: string, orderedFiles: readonly string[]): Promise<string[]>;
  deleteModule(folder: string, moduleFile: string): Promise<{ trashedTo: string | null }>;

  readModule(folder: string, moduleFile: string): Promise<ModuleText>;
  saveModule(
    folder: string,
    moduleFile: string,
    text: string,
    baseVersion: string | null,
    options?: { force?: boolean },
  ): Promise<SaveResult>;

  addImage(folder: string, input: { fileName: string; bytes: Uint8Array }): Promise<AddedImage>;
  importPost(input: ImportPostInput): PostDraft;

  exportPack(folder: string, destPath: string): Promise<ExportedPack>;
  inspectPack(zipPath: string): Promise<PackSummary>;
  importPack(zipPath: string, options?: { newTitle?: string }): Promise<ImportedPack>;
}

export function createAuthoring(options: WorkspaceOptions): Authoring {
  const ws = createWorkspace(options);
  return {
    libraryCourses: () => libraryCourses(ws),
    createCourse: (input) => createCourse(ws, input),
    renameCourse: (folder, title, rename) => renameCourse(ws, folder, title, rename),
    duplicateCourse: (folder, newTitle) => duplicateCourse(ws, folder, newTitle),
    deleteCourse: (folder) => deleteCourse(ws, folder),
    openCourseFolder: (path) => openCourseFolder(ws, path),
    addModule: (folder, input) => addModule(ws, folder, input),
    renameModule: (folder, file, title) => renameModule(ws, folder, file, title),
    reorderModules: (folder, files) => reorderModules(ws, folder, files),
    deleteModule: (folder, file) => deleteModule(ws, folder, file),
    readModule: (folder, file) => readModule(ws, folder, file),
    saveModule: (folder, file, text, base, save) => saveModule(ws, folder, file, text, base, save),
    addImage: (folder, input) => addImage(ws, folder, input),
    importPost,
    exportPack: (folder, destPath) => exportPack(folder, destPath, ws.now()),
    inspectPack,
    importPack: (zipPath, pack) => importPack(ws, zipPath, pack),
  };
}
