import { createCourseCompiler, formatDiagnostic, type CompileResult, type CourseModel, type Diagnostic, type ModuleModel } from '../course';
import { ApiError } from '../errors';
import type { CourseSummary } from '../api/types';
import type { CourseFolder } from '../workspace/course-folders';

export interface LoadedCourse {
  location: CourseFolder;
  course: CourseModel;
  diagnostics: Diagnostic[];
}

/**
 * The courses on this machine, compiled on demand. A course is known by the `id` in its course
 * file (folders can be renamed or copied freely). One compiler with a module cache serves every
 * request, so opening a module again costs a hash check per file, not a compile.
 */
export function createCourseCatalog(listFolders: () => Promise<CourseFolder[]>) {
  const compiler = createCourseCompiler();
  /** Course id → folder, from the last scan; checked again on every load. */
  let folders = new Map<string, CourseFolder>();

  // Images are served under /course-assets/<course id>/, the engine's default base URL.
  const compile = (location: CourseFolder) => compiler.compile(location.folder);

  /** Compiles every course folder. A later folder wins for a repeated id: the workspace copy is the trainer's edit. */
  async function scan(): Promise<CompiledCourse[]> {
    const scanned = await Promise.all(
      (await listFolders()).map(async (location) => {
        const result = await compile(location);
        return { location, id: result.course?.id ?? location.id, result };
      }),
    );
    folders = new Map(scanned.map(({ id, location }) => [id, location]));
    return scanned;
  }

  async function load(courseId: string): Promise<LoadedCourse> {
    let location = folders.get(courseId);
    let result = location && (await compile(location));
    if (!location || !result || result.course?.id !== courseId) {
      await scan();
      location = folders.get(courseId);
      result = location && (await compile(location));
    }
    if (!location || !result) throw new ApiError('not-found', `The course "${courseId}" is not on this machine.`);
    if (!result.course) {
      throw new ApiError(
        'conflict',
        `The course "${courseId}" cannot be opened: its course file has errors. A trainer can fix them in the Author area.`,
      );
    }
    return { location, course: result.course, diagnostics: result.diagnostics };
  }

  /** Every course on the machine, compiled, one entry per id. */
  async function all(): Promise<CompiledCourse[]> {
    const scanned = await scan();
    return scanned.filter(({ id, location }) => folders.get(id) === location);
  }

  /** Where a course lives, even when its files do not compile (the author must still be able to fix them). */
  async function locate(courseId: string): Promise<CourseFolder> {
    let location = folders.get(courseId);
    if (!location) {
      await scan();
      location = folders.get(courseId);
    }
    if (!location) throw new ApiError('not-found', `The course "${courseId}" is not on this machine.`);
    return location;
  }

  return {
    all,
    locate,

    async summaries(): Promise<CourseSummary[]> {
      const shown = await all();
      return shown
        .map(({ id, location, result }): CourseSummary => {
          const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
          return {
            id,
            title: result.course?.title ?? location.id,
            description: result.course?.description ?? '',
            moduleCount: result.course?.modules.length ?? 0,
            source: location.source,
            problems: errors.slice(0, 5).map((diagnostic) => formatDiagnostic(diagnostic)),
          };
        })
        .sort((a, b) => a.title.localeCompare(b.title));
    },

    load,

    /** The folder of a course, for serving its images; null when there is no such course. */
    async folderOf(courseId: string): Promise<string | null> {
      try {
        return (await load(courseId)).location.folder;
      } catch {
        return null;
      }
    },
  };
}

export type CourseCatalog = ReturnType<typeof createCourseCatalog>;

export interface CompiledCourse {
  location: CourseFolder;
  id: string;
  result: CompileResult;
}

/** A module ready to play: it exists and has no errors of its own. */
export function playableModule(loaded: LoadedCourse, moduleId: string): ModuleModel {
  const module = loaded.course.modules.find((candidate) => candidate.id === moduleId);
  if (!module) throw new ApiError('not-found', `"${loaded.course.title}" has no module "${moduleId}".`);
  const errors = loaded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error' && diagnostic.file === module.file);
  if (errors.length > 0) {
    throw new ApiError(
      'conflict',
      `"${module.title}" has ${errors.length === 1 ? 'an error' : `${errors.length} errors`} and cannot be played until a trainer fixes ${errors.length === 1 ? 'it' : 'them'} (first: ${formatDiagnostic(errors[0] as Diagnostic)}).`,
    );
  }
  return module;
}
