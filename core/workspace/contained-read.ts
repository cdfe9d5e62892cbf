import { constants, lstat as lstatCallback, lstatSync, readFile as readFileCallback, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { relativePathProblem } from './safe-name';

/**
 * Reading files inside a course folder without following links. A course folder comes from
 * another trainer (a pack, a shared drive, a git checkout), and a symlink in it, such as
 * `assets/passwd.svg -> /etc/passwd` or `assets -> /etc`, would otherwise let it show or serve
 * any file the user can read. The course root itself may be a link (a linked course folder is
 * opened from anywhere); below it, every folder on the way is checked with lstat, and the file
 * is opened with O_NOFOLLOW, so neither a linked folder nor a linked file is ever followed.
 * (On Windows, which has no O_NOFOLLOW, the file itself is checked with lstat before it is read.)
 * What is left is a race: a folder swapped for a link between the check and the open by someone
 * who can already write to the course folder at that moment.
 */

export type ContainedRefusal = 'missing' | 'link' | 'not-a-file' | 'unsafe-path';

export type ContainedRead = { ok: true; data: Buffer<ArrayBuffer> } | { ok: false; refusal: ContainedRefusal };

const lstat = promisify(lstatCallback);
// The callback readFile: for hundreds of small module files it is several times faster than fs/promises'.
const readFile = promisify(readFileCallback);
const noFollow: number | undefined = constants.O_NOFOLLOW;
// O_NONBLOCK: a FIFO planted in a course folder must not hang the read. Node takes numeric flags
// (fs.readFile passes them to open as they are) though @types/node declares only strings.
const openFlags = (constants.O_RDONLY | (noFollow ?? 0) | (constants.O_NONBLOCK ?? 0)) as unknown as string;

/** Says why a refused file was not read, as words that follow its path. */
export function refusalReason(refusal: ContainedRefusal): string {
  switch (refusal) {
    case 'missing':
      return 'does not exist';
    case 'link':
      return 'is a link (Course Studio does not follow links inside a course folder)';
    case 'not-a-file':
      return 'is not a plain file';
    case 'unsafe-path':
      return 'is not a path inside the course folder';
  }
}

/**
 * One reader per course root and per job (a compile, an export): folders already checked are
 * remembered for its lifetime, so reading 500 modules checks `modules/` once.
 */
export function createContainedReader(root: string) {
  const base = resolve(root);
  const pendingFolders = new Map<string, Promise<ContainedRefusal | null>>();
  const checkedFolders = new Map<string, ContainedRefusal | null>();

  function folderProblem(info: Stats | undefined): ContainedRefusal | null {
    if (!info) return 'missing';
    if (info.isSymbolicLink()) return 'link';
    return info.isDirectory() ? null : 'missing';
  }

  /** The folders between the root and the file, checked from the root down. */
  async function foldersProblem(segments: readonly string[]): Promise<ContainedRefusal | null> {
    for (let depth = 1; depth < segments.length; depth++) {
      const folder = segments.slice(0, depth).join('/');
      let pending = pendingFolders.get(folder);
      if (pending === undefined) {
        // The promise is remembered, not just its answer: 500 module reads started together share one lstat.
        pending = lstat(join(base, ...segments.slice(0, depth))).then(folderProblem, () => 'missing' as const);
        pendingFolders.set(folder, pending);
      }
      const problem = await pending;
      if (problem) return problem;
    }
    return null;
  }

  function foldersProblemSync(segments: readonly string[]): ContainedRefusal | null {
    for (let depth = 1; depth < segments.length; depth++) {
      const folder = segments.slice(0, depth).join('/');
      let problem = checkedFolders.get(folder);
      if (problem === undefined) {
        problem = folderProblem(lstatSync(join(base, ...segments.slice(0, depth)), { throwIfNoEntry: false }));
        checkedFolders.set(folder, problem);
      }
      if (problem) return problem;
    }
    return null;
  }

  return {
    root: base,

    /** Reads `relativePath` (forward slashes) if it is a plain file reached without any link. */
    async read(relativePath: string): Promise<ContainedRead> {
      if (relativePathProblem(relativePath)) return { ok: false, refusal: 'unsafe-path' };
      const segments = relativePath.split('/');
      const folders = await foldersProblem(segments);
      if (folders) return { ok: false, refusal: folders };
      const full = join(base, ...segments);
      if (noFollow === undefined) {
        const info = await lstat(full).catch(() => undefined);
        const problem = fileProblem(info);
        if (problem) return { ok: false, refusal: problem };
      }
      try {
        return { ok: true, data: await readFile(full, { flag: openFlags }) };
      } catch (error) {
        return { ok: false, refusal: await openFailure(error, full) };
      }
    },

    /** What is at `relativePath`: a plain file reached without links, or why not. Does not open it. */
    async check(relativePath: string): Promise<{ ok: true; path: string } | { ok: false; refusal: ContainedRefusal }> {
      if (relativePathProblem(relativePath)) return { ok: false, refusal: 'unsafe-path' };
      const segments = relativePath.split('/');
      const full = join(base, ...segments);
      const problem = (await foldersProblem(segments)) ?? fileProblem(await lstat(full).catch(() => undefined));
      return problem ? { ok: false, refusal: problem } : { ok: true, path: full };
    },

    /** `check`, synchronously, for the compiler's "does this image exist" question. */
    checkSync(relativePath: string): ContainedRefusal | null {
      if (relativePathProblem(relativePath)) return 'unsafe-path';
      const segments = relativePath.split('/');
      return foldersProblemSync(segments) ?? fileProblem(lstatSync(join(base, ...segments), { throwIfNoEntry: false }));
    },
  };
}

export type ContainedReader = ReturnType<typeof createContainedReader>;

/** Reads one file inside `root` without following links; see createContainedReader. */
export function readContained(root: string, relativePath: string): Promise<ContainedRead> {
  return createContainedReader(root).read(relativePath);
}

/** The absolute path of a plain file inside `root` reached without links, or null. */
export async function containedFile(root: string, relativePath: string): Promise<string | null> {
  const result = await createContainedReader(root).check(relativePath);
  return result.ok ? result.path : null;
}

/**
 * Reads a file whose path was checked earlier (containedFile) without following a link that
 * was put in its place since: the last step of serving a file.
 */
export async function readFileNoFollow(path: string): Promise<Buffer<ArrayBuffer> | null> {
  try {
    if (noFollow === undefined && fileProblem(await lstat(path).catch(() => undefined))) return null;
    return await readFile(path, { flag: openFlags });
  } catch {
    return null;
  }
}

function fileProblem(info: Stats | undefined): ContainedRefusal | null {
  if (!info) return 'missing';
  if (info.isSymbolicLink()) return 'link';
  return info.isFile() ? null : 'not-a-file';
}

async function openFailure(error: unknown, full: string): Promise<ContainedRefusal> {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // O_NOFOLLOW on a link fails with ELOOP (Linux, macOS) or EMLINK (FreeBSD).
  if (code === 'ELOOP' || code === 'EMLINK') return 'link';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
  if (code === 'EISDIR') return 'not-a-file';
  // Anything else (EACCES, EIO): say what is there if we can, else call it missing.
  return fileProblem(await lstat(full).catch(() => undefined)) ?? 'missing';
}
