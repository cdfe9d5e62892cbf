import { copyFile, link, mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';

/**
 * The few file operations the stores and writers use, as an interface so tests can inject the
 * failures real machines produce (a full disk, a read-only folder, a crash between two steps)
 * even when they run as root, where file permissions stop nothing.
 */
export interface StorageFs {
  readFile(path: string): Promise<string>;
  /** Creates or truncates a file for writing; `exclusive` refuses a file that already exists. */
  createFile(path: string, options?: { exclusive?: boolean }): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdirp(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  /** fsyncs a file written by other means (a stream). */
  syncFile(path: string): Promise<void>;
  /** Makes a rename inside `dir` durable. */
  syncDir(dir: string): Promise<void>;
}

export interface WritableFile {
  write(data: string | Uint8Array): Promise<void>;
  /** fsync: resolves once the bytes are on the disk, not only in the OS cache. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export const nodeStorageFs: StorageFs = {
  readFile: (path) => readFile(path, 'utf8'),
  async createFile(path, options) {
    const handle = await open(path, options?.exclusive ? 'wx' : 'w');
    return {
      write: async (data) => {
        await handle.writeFile(data, typeof data === 'string' ? 'utf8' : undefined);
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
  async syncFile(path) {
    const handle = await open(path, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  async syncDir(dir) {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
    if (process.platform === 'win32') return;
    let handle;
    try {
      handle = await open(dir, 'r');
      await handle.sync();
    } catch (error) {
      // Some file systems (network shares, FUSE) refuse to fsync a folder; the rename stands regardless.
      const code = errorCode(error);
      if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw error;
    } finally {
      await handle?.close();
    }
  },
};

/** The `code` of a Node file-system error, if it is one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}
