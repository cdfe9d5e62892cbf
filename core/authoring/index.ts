/** The authoring engine: course library, module files, saving, images, post import, course packs. See docs/authoring.md. */
export { createAuthoring } from './authoring';
export type { Authoring } from './authoring';
export type { WorkspaceOptions, LibraryCourse, LibrarySource } from './workspace';
export type { CourseRef, CourseTemplate, CreateCourseInput, DeleteResult } from './library';
export type { OpenedCourse } from './open-course-folder';
export type { ModuleRef } from './module-files';
export type { ModuleText, SaveResult } from './save-module';
export { moduleVersion } from './save-module';
export type { AddedImage } from './images';
export type { ImportPostInput } from './import-post';
export type { PostDraft } from './post-draft';
export { splitPosts } from './split-posts';
export type { ExportedPack } from './pack-export';
export type { PackSummary } from './pack-inspect';
export type { ImportedPack } from './pack-import';
export { readLinkedCourses } from './linked-courses';
