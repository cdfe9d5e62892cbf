import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ApiError } from '../api/errors';

/**
 * Names and paths that come from trainers, course files or packs are untrusted: every path the
 * authoring engine writes to goes through these checks, so a title like `../../etc` or a module
 * entry like `modules/../../x.md` can never reach a file outside the course folder.
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
  return slug || fallback;
}

/** `base`, or `base-2`, `base-3`… — the first that `taken` does not hold (compared case-insensitively). */
export function uniqueName(base: string, taken: Iterable<string>, format: (base: string, n: number) => string = (b, n) => `${b}-${n}`): string {
  const lower = new Set([...taken].map((name) => name.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = format(base, n);
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Why a course-relative path such as `modules/01-intro.md` is unsafe, or null when it is fine:
 * forward slashes only, no `..` or `.` segments, not absolute, no drive letter, no NUL or
 * control characters, no empty segments.
 */
export function unsafeRelativePath(path: string): string | null {
  if (path === '') return 'is empty';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'contains a control character';
  if (path.includes('\\')) return 'contains a backslash';
  if (path.startsWith('/')) return 'is absolute';
  if (/^[a-zA-Z]:/.test(path)) return 'starts with a drive letter';
  const segments = path.split('/');
  if (segments.some((segment) => segment === '')) return 'has an empty segment';
  if (segments.some((segment) => segment === '.' || segment === '..')) return 'contains . or .. segments';
  return null;
}

/** True when `child` is `root` itself or lies inside it (both resolved, no symlink resolution). */
export function isInside(root: string, child: string): boolean {
  const rel = relative(resolve(root), resolve(child));
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** Resolves a course-relative path inside `root`, or throws invalid-argument naming the path. */
export function resolveInside(root: string, relativePath: string, what = 'path'): string {
  const problem = unsafeRelativePath(relativePath);
  const full = resolve(root, ...relativePath.split('/'));
  if (problem || !isInside(root, full) || full === resolve(root)) {
    throw new ApiError('invalid-argument', `The ${what} '${printable(relativePath)}' is not allowed: it ${problem ?? 'leaves the course folder'}.`);
  }
  return full;
}

/** A module path as listed in course.yml: `modules/<name>.md`, one level, safe characters. */
export function checkModulePath(path: string): string {
  const problem = unsafeRelativePath(path);
  if (problem || !/^modules\/[^/]+\.md$/i.test(path)) {
    throw new ApiError('invalid-argument', `'${printable(path)}' is not a module file: module files are named like modules/01-intro.md${problem ? ` (the name ${problem})` : ''}.`);
  }
  return path;
}

/** A folder the trainer picked: must be an absolute path without NUL characters. */
export function checkUserFolderPath(path: string): string {
  if (typeof path !== 'string' || path.includes('\0')) throw new ApiError('invalid-argument', 'That folder path contains characters a folder name cannot have.');
  if (!isAbsolute(path)) throw new ApiError('invalid-argument', `'${printable(path)}' is not a full folder path; choose the folder again.`);
  return resolve(path);
}

/** Shows a hostile name in a message without its control characters. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we replace
  return text.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 200);
}
