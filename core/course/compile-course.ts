import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type MarkdownIt from 'markdown-it';
import { createContainedReader, refusalReason, type ContainedReader } from '../workspace/contained-read';
import { compileModuleSource, type ModuleResult } from './compile-module';
import { COURSE_FILE, readCourseFile, type CourseFileResult } from './course-file';
import { decodeUtf8Strict } from './decode-utf8';
import { DiagnosticSink, sortDiagnostics, type Diagnostic, type Location } from './diagnostics';
import { defaultAssetBaseUrl } from './link-policy';
import { createMarkdown } from './markdown';
import type { CourseModel, ModuleModel } from './model';

export interface CompileOptions {
  /** Prefix for image URLs; default `/course-assets/<courseId>/`. */
  assetBaseUrl?: string;
}

export interface CompileResult {
  /** Present when course.yml is valid; modules that could not be read are left out. Check diagnostics for errors before playing. */
  course?: CourseModel;
  diagnostics: Diagnostic[];
}

export interface CourseCompiler {
  compile(folder: string, options?: CompileOptions): Promise<CompileResult>;
  /** How many modules were compiled (not served from the cache) since the compiler was made. */
  readonly stats: { moduleCompilations: number };
}

interface CacheEntry {
  hash: string;
  courseId: string;
  assetBaseUrl: string;
  /** Existence of each referenced image when compiled; a change invalidates the entry. */
  images: Map<string, boolean>;
  result: ModuleResult;
}

/** Compiles a course folder once; for repeated compiles (the editor) keep a compiler instead. */
export function compileCourse(folder: string, options?: CompileOptions): Promise<CompileResult> {
  return createCourseCompiler().compile(folder, options);
}

/**
 * A compiler with a module cache keyed by path and content hash: recompiling a course where one
 * module changed re-reads and hashes every file (cheap) but compiles only the changed module.
 */
export function createCourseCompiler(): CourseCompiler {
  const cache = new Map<string, CacheEntry>();
  const stats = { moduleCompilations: 0 };
  let md: MarkdownIt | undefined;
  let courseFile: { text: string; file: CourseFileResult; diagnostics: readonly Diagnostic[] } | undefined;

  async function compile(folder: string, options: CompileOptions = {}): Promise<CompileResult> {
    const root = resolve(folder);
    const courseSink = new DiagnosticSink(COURSE_FILE);
    // Every file is read inside the course folder without following links (workspace/contained-read.ts).
    const reader = createContainedReader(root);
    const courseRead = await reader.read(COURSE_FILE);
    if (!courseRead.ok) {
      if (courseRead.refusal === 'link')
        courseSink.error('file-is-link', { line: 1, column: 1 }, `${COURSE_FILE} ${refusalReason('link')}, so it was not read`);
      else
        courseSink.error(
          'course-file-missing',
          { line: 1, column: 1 },
          `${root} has no ${COURSE_FILE}; a course folder needs one (see docs/course-format.md)`,
        );
      return { diagnostics: courseSink.items };
    }
    const decoded = decodeUtf8Strict(courseRead.data, COURSE_FILE, 'until then the characters shown as � stay wrong');
    const text = decoded.text;
    if (decoded.problem) courseSink.items.push(decoded.problem);
    // course.yml rarely changes between edits, and its module list is a long YAML parse.
    if (courseFile?.text !== text) {
      const sink = new DiagnosticSink(COURSE_FILE);
      courseFile = { text, file: readCourseFile(text, sink), diagnostics: sink.items };
    }
    const file = courseFile.file;
    courseSink.items.push(...courseFile.diagnostics);
    const courseId = file.course?.id ?? 'course';
    const assetBaseUrl = options.assetBaseUrl ?? defaultAssetBaseUrl(courseId);
    const exists = existenceChecker(reader);
    md ??= createMarkdown();

    const contents = await Promise.all(file.modules.map((entry) => reader.read(entry.path)));
    const modules: ModuleModel[] = [];
    const diagnostics: Diagnostic[] = [];
    file.modules.forEach((entry, i) => {
      const read = contents[i];
      if (!read?.ok) {
        if (read?.refusal === 'link')
          courseSink.error(
            'file-is-link',
            entry.at,
            `module file '${entry.path}' listed in ${COURSE_FILE} ${refusalReason('link')}, so it was not read`,
          );
        else courseSink.error('module-missing', entry.at, `module file '${entry.path}' listed in ${COURSE_FILE} does not exist`);
        return;
      }
      const bytes = read.data;
      const key = join(root, entry.path);
      const hash = createHash('sha256').update(bytes).digest('hex');
      let cached = cache.get(key);
      const fresh =
        cached &&
        cached.hash === hash &&
        cached.courseId === courseId &&
        cached.assetBaseUrl === assetBaseUrl &&
        [...cached.images].every(([path, existed]) => exists(path) === existed);
      if (!fresh) {
        stats.moduleCompilations++;
        const decoded = decodeUtf8Strict(bytes, entry.path);
        const result = compileModuleSource(decoded.text, entry.path, {
          courseId,
          assetBaseUrl,
          assetExists: exists,
          contentHash: hash,
          md,
        });
        if (decoded.problem) result.diagnostics.unshift(decoded.problem);
        cached = { hash, courseId, assetBaseUrl, images: new Map(result.images.map((path) => [path, exists(path)])), result };
        cache.set(key, cached);
      }
      if (!cached) return;
      modules.push(cached.result.module);
      diagnostics.push(...cached.result.diagnostics);
    });

    checkCourseWideIds(modules, diagnostics);
    // A course.yml without a readable module list lists nothing, which says nothing about the files.
    const unlistedFiles = file.moduleListRead
      ? unlistedModules(
          root,
          file.modules.map((entry) => entry.path),
        )
      : [];
    for (const unlisted of unlistedFiles) {
      courseSink.warning(
        'module-not-listed',
        file.modulesAt,
        `'${unlisted}' is in the modules folder but not listed under modules in ${COURSE_FILE}, so learners never see it`,
      );
    }
    const all = sortDiagnostics([...courseSink.items, ...diagnostics]);
    if (!file.course) return { diagnostics: all };
    const { id, title, description, author, version, language, completion } = file.course;
    return { course: { id, title, description, author, version, language, completion, assetBaseUrl, modules }, diagnostics: all };
  }

  return { compile, stats };
}

/** Module ids, and quiz and pool ids, must be unique across the whole course. */
function checkCourseWideIds(modules: readonly ModuleModel[], diagnostics: Diagnostic[]): void {
  const moduleIds = new Map<string, string>();
  const quizIds = new Map<string, string>();
  for (const module of modules) {
    const firstModule = moduleIds.get(module.id);
    if (firstModule) {
      diagnostics.push(
        error(
          module.file,
          { line: 1, column: 1 },
          `module id '${module.id}' is also the id of ${firstModule}; set a different "id:" in the front matter or rename the file`,
        ),
      );
    } else moduleIds.set(module.id, module.file);
    const local = new Set<string>();
    const owned = [
      ...module.quizzes.map((quiz) => ({ id: quiz.id, at: quiz.idAt, what: 'quiz' })),
      ...module.pools.map((pool) => ({ id: pool.id, at: { line: poolLine(module, pool.id), column: 1 }, what: 'pool' })),
    ];
    for (const { id, at, what } of owned) {
      local.add(id);
      const first = quizIds.get(id);
      if (first && first !== module.file)
        diagnostics.push(error(module.file, at, `${what} id '${id}' is already used in ${first}; ids must be unique in the course`));
    }
    for (const id of local) if (!quizIds.has(id)) quizIds.set(id, module.file);
  }
}

/** Pools keep no position; the first quiz inside sits just below the pool line. */
function poolLine(module: ModuleModel, poolId: string): number {
  const first = module.quizzes.find((quiz) => quiz.poolId === poolId);
  return first ? Math.max(1, first.source.line - 1) : 1;
}

function error(file: string, at: Location, message: string): Diagnostic {
  return { code: 'duplicate-id', file, line: at.line, column: at.column, severity: 'error', message };
}

/** Memoised "is this course-relative path an existing file" for one compile run; a link is not one. */
function existenceChecker(reader: ContainedReader): (path: string) => boolean {
  const known = new Map<string, boolean>();
  return (path) => {
    let exists = known.get(path);
    if (exists === undefined) {
      exists = reader.checkSync(path) === null;
      known.set(path, exists);
    }
    return exists;
  };
}

function unlistedModules(root: string, listed: readonly string[]): string[] {
  try {
    const set = new Set(listed);
    return readdirSync(join(root, 'modules'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `modules/${name}`)
      .filter((path) => !set.has(path));
  } catch {
    return [];
  }
}
