import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ApiError } from '../errors';
import { nameProblem, printable, relativePathProblem, safePathProblem } from '../workspace/safe-name';

/**
 * Names and paths that come from trainers, course files or packs are untrusted: every path the
 * authoring engine writes to goes through these checks (the name rule itself is
 * workspace/safe-name.ts), so a title like `../../etc` or a module entry like `modules/../../x.md`
 * can never reach a file outside the course folder.
 */

const MAX_SLUG = 60;

/** `Café Service: Part 2!` → `cafe-service-part-2`; never empty, never `.`/`..`, at most 60 characters. */
export function slugify(title: string, fallback = 'untitled'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/g, '');
  if (!slug) return fallback;
  // `con`, `aux`, `lpt1`… are devices on Windows, never folders.
  return nameProblem(slug) ? `${slug}-${fallback}` : slug;
}

/** True when `child` is `root` itself or lies inside it (both resolved, no symlink resolution). */
export function isInside(root: string, child: string): boolean {
  const rel = relative(resolve(root), resolve(child));
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** Resolves a course-relative path inside `root`, or throws invalid-argument naming the path. */
export function resolveInside(root: string, relativePath: string, what = 'path'): string {
  const problem = relativePathProblem(relativePath);
  const full = resolve(root, ...relativePath.split('/'));
  if (problem || !isInside(root, full) || full === resolve(root)) {
    throw new ApiError(
      'invalid-argument',
      `The ${what} '${printable(relativePath)}' is not allowed: it ${problem ?? 'leaves the course folder'}.`,
    );
  }
  return full;
}

/**
 * A module path as listed in course.yml: `modules/<name>.md`, one level. Existing files are
 * reached with `checkModulePath`; a file about to be created must also have a safe name
 * (`checkNewModulePath`), so it can exist on every trainer's machine.
 */
export function checkModulePath(path: string): string {
  const problem = relativePathProblem(path);
  if (problem || !/^modules\/[^/]+\.md$/i.test(path)) {
    throw new ApiError(
      'invalid-argument',
      `'${printable(path)}' is not a module file: module files are named like modules/01-intro.md${problem ? ` (the name ${problem})` : ''}.`,
    );
  }
  return path;
}

export function checkNewModulePath(path: string): string {
  const problem = safePathProblem(checkModulePath(path));
  if (problem) throw new ApiError('invalid-argument', `'${printable(path)}' cannot be a module file: the name ${problem}.`);
  return path;
}

/** A folder the trainer picked: must be an absolute path without NUL characters. */
export function checkUserFolderPath(path: string): string {
  if (typeof path !== 'string' || path.includes('\0'))
    throw new ApiError('invalid-argument', 'That folder path contains characters a folder name cannot have.');
  if (!isAbsolute(path)) throw new ApiError('invalid-argument', `'${printable(path)}' is not a full folder path; choose the folder again.`);
  return resolve(path);
}
