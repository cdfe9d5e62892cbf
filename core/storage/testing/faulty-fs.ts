import { nodeStorageFs, type StorageFs } from '../storage-fs';

/**
 * A StorageFs over the real disk that records every call and fails the ones a test asks for,
 * with the error code a real machine would give. Tests run as root in CI, where chmod cannot make
 * a folder read-only, so this is how a full or read-only disk is produced.
 */

export type FsOperation = keyof StorageFs | 'write' | 'sync' | 'close';

export interface FsCall {
  op: FsOperation;
  path: string;
}

interface Hold {
  op: FsOperation;
  pathIncludes: string;
  reached: () => void;
  released: Promise<void>;
}

interface Watch {
  matches: (call: FsCall) => boolean;
  remaining: number;
  done: () => void;
}

/** A held operation: `reached` resolves when a call arrives and waits; `release()` lets it (and later ones) go on. */
export interface FsGate {
  reached: Promise<void>;
  release(): void;
}

interface Failure {
  op: FsOperation;
  code: string;
  pathIncludes: string;
  remaining: number;
}

export class FaultyFs implements StorageFs {
  readonly calls: FsCall[] = [];
  readonly #failures: Failure[] = [];
  readonly #holds: Hold[] = [];
  readonly #watches: Watch[] = [];
  readonly #base: StorageFs;

  constructor(base: StorageFs = nodeStorageFs) {
    this.#base = base;
  }

  /** Makes the next `times` calls of `op` (on paths containing `pathIncludes`) fail with `code`. */
  fail(op: FsOperation, code: string, options: { times?: number; pathIncludes?: string } = {}): void {
    this.#failures.push({ op, code, pathIncludes: options.pathIncludes ?? '', remaining: options.times ?? Number.POSITIVE_INFINITY });
  }

  heal(): void {
    this.#failures.length = 0;
  }

  /**
   * Makes calls of `op` on paths containing `pathIncludes` wait until released: a test can then
   * act while a write is in flight, deciding the interleaving by state rather than by timing.
   */
  hold(op: FsOperation, pathIncludes = ''): FsGate {
    let reached!: () => void;
    let release!: () => void;
    const hold: Hold = { op, pathIncludes, reached: () => reached(), released: new Promise((resolve) => (release = resolve)) };
    this.#holds.push(hold);
    return {
      reached: new Promise((resolve) => (reached = resolve)),
      release: () => {
        this.#holds.splice(this.#holds.indexOf(hold), 1);
        release();
      },
    };
  }

  /** Resolves once `count` calls matching `matches` have been made (counting those already made). */
  whenCalled(matches: (call: FsCall) => boolean, count: number): Promise<void> {
    const remaining = count - this.calls.filter(matches).length;
    if (remaining <= 0) return Promise.resolve();
    return new Promise((done) => this.#watches.push({ matches, remaining, done }));
  }

  callsTo(op: FsOperation): FsCall[] {
    return this.calls.filter((call) => call.op === op);
  }

  /** Records the call and throws an injected failure; the returned promise waits while the call is held. */
  #enter(op: FsOperation, path: string): Promise<void> {
    this.#record({ op, path });
    const hold = this.#holds.find((candidate) => candidate.op === op && path.includes(candidate.pathIncludes));
    if (hold) {
      hold.reached();
      return hold.released.then(() => this.#failIfAsked(op, path));
    }
    this.#failIfAsked(op, path);
    return Promise.resolve();
  }

  #record(call: FsCall): void {
    this.calls.push(call);
    for (const watch of [...this.#watches]) {
      if (!watch.matches(call) || --watch.remaining > 0) continue;
      this.#watches.splice(this.#watches.indexOf(watch), 1);
      watch.done();
    }
  }

  #failIfAsked(op: FsOperation, path: string): void {
    const failure = this.#failures.find(
      (candidate) => candidate.op === op && path.includes(candidate.pathIncludes) && candidate.remaining > 0,
    );
    if (!failure) return;
    failure.remaining--;
    throw Object.assign(new Error(`${failure.code}: injected failure, ${op} '${path}'`), { code: failure.code });
  }

  async readFile(path: string): Promise<string> {
    await this.#enter('readFile', path);
    return this.#base.readFile(path);
  }

  async createFile(path: string, options?: { exclusive?: boolean }) {
    await this.#enter('createFile', path);
    const file = await this.#base.createFile(path, options);
    return {
      write: async (data: string | Uint8Array) => {
        await this.#enter('write', path);
        await file.write(data);
      },
      sync: async () => {
        await this.#enter('sync', path);
        await file.sync();
      },
      close: async () => {
        this.#record({ op: 'close', path });
        await file.close();
      },
    };
  }

  async rename(from: string, to: string): Promise<void> {
    await this.#enter('rename', `${from} -> ${to}`);
    await this.#base.rename(from, to);
  }

  async link(existing: string, newPath: string): Promise<void> {
    await this.#enter('link', `${existing} -> ${newPath}`);
    await this.#base.link(existing, newPath);
  }

  async copyFile(from: string, to: string): Promise<void> {
    await this.#enter('copyFile', `${from} -> ${to}`);
    await this.#base.copyFile(from, to);
  }

  async unlink(path: string): Promise<void> {
    await this.#enter('unlink', path);
    await this.#base.unlink(path);
  }

  async mkdirp(path: string): Promise<void> {
    await this.#enter('mkdirp', path);
    await this.#base.mkdirp(path);
  }

  async readdir(path: string): Promise<string[]> {
    await this.#enter('readdir', path);
    return this.#base.readdir(path);
  }

  async syncFile(path: string): Promise<void> {
    await this.#enter('syncFile', path);
    await this.#base.syncFile(path);
  }

  async syncDir(dir: string): Promise<void> {
    await this.#enter('syncDir', dir);
    await this.#base.syncDir(dir);
  }
}
