import { statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileCourse } from './compile-course';
import { formatDiagnostic } from './diagnostics';

/**
 * `npm run check-course -- <folder>`: prints diagnostics compiler-style so editors and CI can
 * jump to them. Exit codes: 0 no errors (warnings allowed), 1 errors, 2 usage error.
 */
async function main(args: readonly string[]): Promise<number> {
  const folder = args[0];
  if (args.length !== 1 || folder === undefined || folder.startsWith('-')) {
    console.error('usage: npm run check-course -- <course-folder>');
    return 2;
  }
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) {
    console.error(`check-course: '${folder}' is not a folder`);
    return 2;
  }
  const { course, diagnostics } = await compileCourse(folder);
  for (const diagnostic of diagnostics) {
    const shown = relative(process.cwd(), join(folder, diagnostic.file)).split('\\').join('/');
    console.log(formatDiagnostic(diagnostic, shown));
    // Indented, so editors that link `file:line:column` lines leave it alone.
    if (diagnostic.detail !== undefined) console.log(`    detail: ${diagnostic.detail}`);
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const what = course
    ? `${course.modules.length} module${course.modules.length === 1 ? '' : 's'}, ${course.modules.reduce((n, m) => n + m.quizzes.length, 0)} quizzes`
    : 'course not loaded';
  console.log(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (${what})`);
  return errors > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
