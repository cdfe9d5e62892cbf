import { nodeProgressFs, type ProgressFs } from '../progress-fs';

/**
 * A ProgressFs over the real disk that records every call and fails the ones a test asks for,
 * with the error code a real machine would give. Tests run as root in CI, where chmod cannot make
 * a folder read-only, so this is how a full or read-only disk is produced.
 */

export type FsOperation = keyof ProgressFs | 'write' | 'sync' | 'close';

export interface FsCall {
  op: FsOperation;
  path: string;
}

interface Failure {
  op: FsOperation;
  code: string;
  pathIncludes: string;
  remaining: number;
}

export class FaultyFs implements ProgressFs {
  readonly calls: FsCall[] = [];
  readonly #failures: Failure[] = [];
  readonly #base: ProgressFs;

  constructor(base: ProgressFs = nodeProgressFs) {
    this.#base = base;
  }

  /** Makes the next `times` calls of `op` (on paths containing `pathIncludes`) fail with `code`. */
  fail(op: FsOperation, code: string, options: { times?: number; pathIncludes?: string } = {}): void {
    this.#failures.push({ op, code, pathIncludes: options.pathIncludes ?? '', remaining: options.times ?? Number.POSITIVE_INFINITY });
  }

  heal(): void {
    this.#failures.length = 0;
  }

  callsTo(op: FsOperation): FsCall[] {
    return this.calls.filter((call) => call.op === op);
  }

  #enter(op: FsOperation, path: string): void {
    this.calls.push({ op, path });
    const failure = this.#failures.find((candidate) => candidate.op === op && path.includes(candidate.pathIncludes) && candidate.remaining > 0);
    if (!failure) return;
    failure.remaining--;
    throw Object.assign(new Error(`${failure.code}: injected failure, ${op} '${path}'`), { code: failure.code });
  }

  async readFile(path: string): Promise<string> {
    this.#enter('readFile', path);
    return this.#base.readFile(path);
  }

  async createFile(path: string) {
    this.#enter('createFile', path);
    const file = await this.#base.createFile(path);
    return {
      write: async (text: string) => {
        this.#enter('write', path);
        await file.write(text);
      },
      sync: async () => {
        this.#enter('sync', path);
        await file.sync();
      },
      close: async () => {
        this.calls.push({ op: 'close', path });
        await file.close();
      },
    };
  }

  async rename(from: string, to: string): Promise<void> {
    this.#enter('rename', `${from} -> ${to}`);
    await this.#base.rename(from, to);
  }

  async link(existing: string, newPath: string): Promise<void> {
    this.#enter('link', `${existing} -> ${newPath}`);
    await this.#base.link(existing, newPath);
  }

  async copyFile(from: string, to: string): Promise<void> {
    this.#enter('copyFile', `${from} -> ${to}`);
    await this.#base.copyFile(from, to);
  }

  async unlink(path: string): Promise<void> {
    this.#enter('unlink', path);
    await this.#base.unlink(path);
  }

  async mkdirp(path: string): Promise<void> {
    this.#enter('mkdirp', path);
    await this.#base.mkdirp(path);
  }

  async readdir(path: string): Promise<string[]> {
    this.#enter('readdir', path);
    return this.#base.readdir(path);
  }

  async syncDir(dir: string): Promise<void> {
    this.#enter('syncDir', dir);
    await this.#base.syncDir(dir);
  }
}
