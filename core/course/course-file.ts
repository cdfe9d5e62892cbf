import type { DiagnosticSink, Location } from './diagnostics';
import { MODULE_FILES, resolveCoursePath } from './link-policy';
import { courseFileSchema, type CourseFile } from './schema';
import { warnCommentCuts } from './yaml-comment-cut';
import { parseYaml } from './yaml-source';
import { validateYaml } from './zod-issues';

export const COURSE_FILE = 'course.yml';

export interface CourseFileResult {
  /** The validated course file, when it is valid. */
  course?: CourseFile;
  /** Module entries that are safe paths, with where each is listed (even if the file is invalid elsewhere). */
  modules: { path: string; at: Location }[];
  /** False when course.yml has no readable module list, so nobody can say which files are "not listed". */
  moduleListRead: boolean;
  /** Where the `modules` key sits, for course-wide notes. */
  modulesAt: Location;
}

/** Parses and validates course.yml; module paths must stay inside the course folder and end in .md. */
export function readCourseFile(text: string, sink: DiagnosticSink): CourseFileResult {
  const source = parseYaml(text, { firstLine: 1 }, sink, COURSE_FILE);
  warnCommentCuts(text, { firstLine: 1 }, sink);
  const course = source.ok ? validateYaml(courseFileSchema, source, sink, COURSE_FILE) : undefined;
  const listed = (source.value as { modules?: unknown } | null | undefined)?.modules;
  const modules: CourseFileResult['modules'] = [];
  const seen = new Set<string>();
  if (Array.isArray(listed)) {
    listed.forEach((entry: unknown, i) => {
      if (typeof entry !== 'string') return;
      const at = source.at(['modules', i]);
      const resolved = resolveCoursePath(encodeURI(entry), MODULE_FILES);
      if (!resolved.ok) {
        sink.error('bad-module-path', at, `module file '${entry}' listed in ${COURSE_FILE} ${resolved.reason}`);
      } else if (!resolved.path.toLowerCase().endsWith('.md')) {
        sink.error('bad-module-path', at, `module path '${entry}' must name a Markdown file ending in .md`);
      } else if (seen.has(resolved.path)) {
        sink.error('duplicate-module', at, `module '${entry}' is listed twice in ${COURSE_FILE}`);
      } else {
        seen.add(resolved.path);
        modules.push({ path: resolved.path, at });
      }
    });
  }
  return { ...(course && { course }), modules, moduleListRead: Array.isArray(listed), modulesAt: source.keyAt(['modules']) };
}
