import { compileModuleSource, sortDiagnostics, type Diagnostic } from '../course/index';
import { readCourseFile } from '../course/course-file';
import { DiagnosticSink } from '../course/diagnostics';
import { checkUserFolderPath } from './safe-paths';
import { readPack, type PackContents } from './pack-read';
import { COURSE_FILE } from './workspace';

/**
 * What a pack holds: its course, modules, asset count and size, and the problems in its files as
 * check-course would report them (course-wide id checks aside). The type is the code's own, not
 * declared again: the API's PackPreview (core/api/author-types.ts) is the one declaration of
 * these fields, and the author service checks that this summary fits it.
 */
export type PackSummary = ReturnType<typeof previewOf>;

/**
 * What a pack holds, for the "Import course pack" dialog, without writing anything: the pack is
 * verified as for an import, then its course is compiled from memory.
 */
export async function inspectPack(zipPath: string): Promise<PackSummary> {
  return previewOf(await readPack(checkUserFolderPath(zipPath)));
}

export function previewOf(pack: PackContents) {
  const sink = new DiagnosticSink(COURSE_FILE);
  const courseFile = readCourseFile(pack.texts.get(COURSE_FILE) ?? '', sink);
  const courseId = courseFile.course?.id ?? pack.manifest.courseId;
  const assets = new Set(pack.files.filter((file) => file.path.startsWith('assets/')).map((file) => file.path));
  const diagnostics: Diagnostic[] = [...sink.items];
  const modules: { file: string; title: string }[] = [];
  for (const entry of courseFile.modules) {
    const text = pack.texts.get(entry.path);
    if (text === undefined) {
      diagnostics.push({
        code: 'module-missing',
        file: COURSE_FILE,
        line: entry.at.line,
        column: entry.at.column,
        severity: 'error',
        message: `module file '${entry.path}' listed in ${COURSE_FILE} is not in the pack`,
      });
      continue;
    }
    const result = compileModuleSource(text, entry.path, { courseId, assetExists: (path) => assets.has(path) });
    modules.push({ file: entry.path, title: result.module.title });
    diagnostics.push(...result.diagnostics);
  }
  return {
    title: courseFile.course?.title ?? pack.manifest.title,
    courseId,
    modules,
    assets: assets.size,
    totalBytes: pack.totalBytes,
    diagnostics: sortDiagnostics(diagnostics),
  };
}
