import { ApiError } from '../errors';

/**
 * The one rule for names that become files or folders: course ids, course folders, module files,
 * images, pack entries, download names. Such names come from trainers, course files and packs,
 * which travel between machines, so they are untrusted. A safe name:
 * - is one name, never a path: no slash or backslash, not absolute, not `.` or `..`;
 * - uses only letters, marks, digits, spaces and the punctuation every file system accepts;
 * - does not start with a dot or a space, nor end with a dot or a space (Windows drops those);
 * - is not a Windows device name (CON, NUL, COM1… with or without an extension);
 * - is at most MAX_NAME_LENGTH characters and 255 bytes.
 * Two names are the same name when their `nameKey`s are equal: macOS and Windows file systems
 * ignore case and Unicode normalisation, so `Intro` and `intro`, or `café` written with one or
 * two code points, would be one file there even where they are two on Linux.
 */

export const MAX_NAME_LENGTH = 120;
const MAX_NAME_BYTES = 255;
/** A course-relative path: a few folders and a name, with room left for the data folder in front. */
export const MAX_RELATIVE_PATH_LENGTH = 400;

// eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const WINDOWS_FORBIDDEN = /[<>:"|?*]/;
const ALLOWED = /^[\p{L}\p{M}\p{N} !#$%&'()+,\-.;=@[\]^_`{}~]+$/u;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** Why `name` cannot be a file or folder name, as words that follow "it", or null when it can. */
export function nameProblem(name: string): string | null {
  if (typeof name !== 'string' || name === '') return 'is empty';
  if (CONTROL.test(name)) return 'contains a control character';
  if (/^[/\\]/.test(name) || /^[a-zA-Z]:/.test(name)) return 'is an absolute path';
  if (/[/\\]/.test(name)) return 'contains a slash or backslash, so it would name a folder inside another';
  if (name === '.') return "is '.', which means the folder itself";
  if (name === '..') return "is '..', which means the folder above";
  if (name.startsWith('.')) return 'starts with a dot, which hides it';
  if ([...name].length > MAX_NAME_LENGTH) return `is longer than ${MAX_NAME_LENGTH} characters`;
  if (Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES) return `is longer than ${MAX_NAME_BYTES} bytes`;
  const forbidden = WINDOWS_FORBIDDEN.exec(name);
  if (forbidden) return `contains "${forbidden[0]}", which Windows does not allow in names`;
  if (!ALLOWED.test(name)) {
    const odd = [...name].find((char) => !ALLOWED.test(char)) ?? '';
    return `contains a character (U+${(odd.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}) that is not allowed in names`;
  }
  if (name.startsWith(' ')) return 'starts with a space';
  if (/[ .]$/.test(name)) return 'ends with a space or a dot, which Windows removes';
  const stem = name.split('.')[0]?.trimEnd() ?? '';
  if (WINDOWS_DEVICE.test(stem)) return `is "${stem}", a name Windows reserves for a device`;
  return null;
}

/**
 * Returns `name` when it is a safe name; otherwise throws invalid-argument with a sentence such as
 * `The pack's course id "../x" cannot be a folder name: it contains a slash or backslash, ….`
 */
export function checkName(name: string, subject: string, kind: 'file' | 'folder' = 'file'): string {
  const problem = nameProblem(name);
  if (problem) throw new ApiError('invalid-argument', `${subject} "${printable(String(name))}" cannot be a ${kind} name: it ${problem}.`);
  return name;
}

/** The key under which two names are the same name on a case- and normalisation-insensitive disk. */
export function nameKey(name: string): string {
  // toUpperCase().toLowerCase() folds more than toLowerCase alone (ß → ss, ς → σ).
  return name.normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC');
}

/** The key of a course-relative path: each segment's key, joined by `/`. */
export function pathKey(path: string): string {
  return path.split('/').map(nameKey).join('/');
}

/**
 * Names already taken, compared as one file system that ignores case and Unicode form would.
 * Iterating gives the names as they were added.
 */
export class NameSet implements Iterable<string> {
  readonly #byKey = new Map<string, string>();

  constructor(names: Iterable<string> = []) {
    for (const name of names) this.add(name);
  }

  add(name: string): this {
    if (!this.#byKey.has(nameKey(name))) this.#byKey.set(nameKey(name), name);
    return this;
  }

  delete(name: string): boolean {
    return this.#byKey.delete(nameKey(name));
  }

  has(name: string): boolean {
    return this.#byKey.has(nameKey(name));
  }

  /** The taken name `name` would be the same as, if any. */
  sameAs(name: string): string | undefined {
    return this.#byKey.get(nameKey(name));
  }

  [Symbol.iterator](): Iterator<string> {
    return this.#byKey.values();
  }
}

/** `base`, or `base-2`, `base-3`… — the first that is not the same name as one in `taken`. */
export function uniqueName(
  base: string,
  taken: Iterable<string>,
  format: (base: string, n: number) => string = (b, n) => `${b}-${n}`,
): string {
  const names = taken instanceof NameSet ? taken : new NameSet(taken);
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = format(base, n);
    if (!names.has(candidate)) return candidate;
  }
}

/**
 * Why a course-relative path such as `modules/01-intro.md` is unsafe, or null: forward slashes
 * only, no `.` or `..` segments, not absolute, no drive letter, no control characters, no empty
 * segments. This is the shape check for any path from outside; `safePathProblem` adds the name rule.
 */
export function relativePathProblem(path: string): string | null {
  if (typeof path !== 'string' || path === '') return 'is empty';
  if (CONTROL.test(path)) return 'contains a control character';
  if (path.includes('\\')) return 'contains a backslash';
  if (path.startsWith('/')) return 'is absolute';
  if (/^[a-zA-Z]:/.test(path)) return 'starts with a drive letter';
  if (path.length > MAX_RELATIVE_PATH_LENGTH) return `is longer than ${MAX_RELATIVE_PATH_LENGTH} characters`;
  const segments = path.split('/');
  if (segments.some((segment) => segment === '')) return 'has an empty segment';
  if (segments.some((segment) => segment === '.' || segment === '..')) return 'contains . or .. segments';
  return null;
}

/** Why a course-relative path cannot be created on disk, or null: its shape, then every segment's name. */
export function safePathProblem(path: string): string | null {
  const shape = relativePathProblem(path);
  if (shape) return shape;
  const segments = path.split('/');
  for (const segment of segments) {
    const problem = nameProblem(segment);
    if (problem) return segments.length === 1 ? problem : `has a part "${printable(segment)}" that ${problem}`;
  }
  return null;
}

/** Returns `path` when every part of it is a safe name; otherwise throws invalid-argument naming the path. */
export function checkSafePath(path: string, subject: string): string {
  const problem = safePathProblem(path);
  if (problem) throw new ApiError('invalid-argument', `${subject} "${printable(String(path))}" cannot be a file name: it ${problem}.`);
  return path;
}

export interface PathTwins {
  first: string;
  second: string;
  kind: 'file' | 'folder';
}

/**
 * Finds paths that are different but the same file or folder on macOS and Windows
 * (`modules/Intro.md` and `modules/intro.md`, or `assets/Team/a.png` and `assets/team/b.png`).
 * Add paths one by one; `add` answers the first twin it finds.
 */
export class PathTwinFinder {
  readonly #byKey = new Map<string, string>();

  add(path: string): PathTwins | undefined {
    const segments = path.split('/');
    for (let depth = 1; depth <= segments.length; depth++) {
      const prefix = segments.slice(0, depth).join('/');
      const key = pathKey(prefix);
      const seen = this.#byKey.get(key);
      if (seen === undefined) this.#byKey.set(key, prefix);
      else if (seen !== prefix) {
        const [first, second] = [seen, prefix].sort() as [string, string];
        return { first, second, kind: depth < segments.length ? 'folder' : 'file' };
      }
    }
    return undefined;
  }
}

/** The first two paths in `paths` that are twins (see PathTwinFinder). */
export function findPathTwins(paths: Iterable<string>): PathTwins | undefined {
  const finder = new PathTwinFinder();
  for (const path of paths) {
    const twins = finder.add(path);
    if (twins) return twins;
  }
  return undefined;
}

/**
 * A safe name made from any text, for names we choose on the trainer's behalf (download files,
 * uploads): unsafe characters become `-`, the length is capped keeping the extension, and a name
 * that still fails (empty, a device name) becomes `fallback`.
 */
export function toSafeName(text: string, fallback: string): string {
  const cleaned = String(text)
    .normalize('NFC')
    .replace(/^.*[/\\]/, '')
    .replace(/[^\p{L}\p{M}\p{N} !#$%&'()+,\-.;=@[\]^_`{}~]/gu, '-')
    .replace(/^[ .]+|[ .]+$/g, '');
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 16 ? cleaned.slice(dot) : '';
  const stem = cleaned.slice(0, cleaned.length - ext.length);
  let name =
    stem.length + ext.length > 100
      ? `${[...stem]
          .slice(0, 100 - ext.length)
          .join('')
          .replace(/[ .]+$/, '')}${ext}`
      : cleaned;
  while (Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES) name = [...name].slice(0, -1).join('');
  return nameProblem(name) === null ? name : fallback;
}

/** Shows a hostile name in a message: control characters as `?`, very long names shortened in the middle. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we replace
  const shown = String(text).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return shown.length > 120 ? `${shown.slice(0, 80)}…${shown.slice(-30)}` : shown;
}
