import { copyFile, link, mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';

/**
 * The few file operations the progress store uses, as an interface so tests can inject the
 * failures real machines produce (a full disk, a read-only folder, a crash between two steps)
 * even when they run as root, where file permissions stop nothing.
 */
export interface ProgressFs {
  readFile(path: string): Promise<string>;
  /** Creates or truncates a file for writing. */
  createFile(path: string): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdirp(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  /** Makes a rename inside `dir` durable. */
  syncDir(dir: string): Promise<void>;
}

export interface WritableFile {
  write(text: string): Promise<void>;
  /** fsync: resolves once the bytes are on the disk, not only in the OS cache. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export const nodeProgressFs: ProgressFs = {
  readFile: (path) => readFile(path, 'utf8'),
  async createFile(path) {
    const handle = await open(path, 'w');
    return {
      write: async (text) => {
        await handle.writeFile(text, 'utf8');
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => rename(from, to),
  link: (existing, newPath) => link(existing, newPath),
  copyFile: (from, to) => copyFile(from, to),
  unlink: (path) => unlink(path),
  mkdirp: async (path) => {
    await mkdir(path, { recursive: true });
  },
  readdir: (path) => readdir(path),
  async syncDir(dir) {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
    if (process.platform === 'win32') return;
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

/** The `code` of a Node file-system error, if it is one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}
