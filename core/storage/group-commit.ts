import { isDeepStrictEqual } from 'node:util';
import type { Adapter } from 'lowdb';

/** A write of a group failed: none of the group's changes was kept. `cause` is the file system's error. */
export class GroupWriteError extends Error {
  constructor(cause: unknown) {
    super(`the file could not be written: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'GroupWriteError';
  }
}

interface Waiting<D> {
  apply: (draft: D) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * One whole-file JSON document that many callers change at once (the list of learners, the list of
 * classroom sessions). Rewriting and fsyncing the file once per change makes a burst of 100 changes
 * wait for 100 writes in a row; here, changes that arrive while a write is in flight wait together
 * and go into the next single write (group commit, as databases do with their log).
 *
 * Each caller's promise settles only with the write that holds its change: it resolves once that
 * write is durable, or rejects with GroupWriteError if it failed, in which case no change of that
 * group is kept. `data` only ever shows changes whose write succeeded (plus amendments, below), so
 * what the app shows and what the disk holds never disagree.
 */
export class GroupCommit<D> {
  readonly #adapter: Adapter<D>;
  #data: D;
  #waiting: Waiting<D>[] = [];
  /** Set and cleared by #drain itself, in the same turn as its last check for waiting changes. */
  #draining = false;
  #drained: Promise<void> = Promise.resolve();
  #writing = false;
  /** Amendments made while a write was in flight: that write's draft was copied before them. */
  #amendedDuringWrite: ((doc: D) => void)[] = [];
  #unsaved: boolean;

  /** `unsaved`: `data` already differs from the file (a repair made on open whose write failed). */
  constructor(adapter: Adapter<D>, data: D, options: { unsaved?: boolean } = {}) {
    this.#adapter = adapter;
    this.#data = data;
    this.#unsaved = options.unsaved ?? false;
  }

  /** The document as written, plus amendments. Callers must not change it. */
  get data(): D {
    return this.#data;
  }

  /** Memory holds something the file does not (an amendment, or a repair whose write failed). */
  get unsaved(): boolean {
    return this.#unsaved;
  }

  /**
   * Queues `apply`, which changes a draft of the document and returns a result for its caller.
   * Changes run in the order they were asked for, each seeing the ones before it. `apply` must
   * throw before it changes anything (check, then change): its error goes to its caller alone and
   * the rest of the group goes on. A group that changes nothing is not written.
   */
  change<R>(apply: (draft: D) => R): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.#waiting.push({ apply, resolve: resolve as (value: unknown) => void, reject });
      if (!this.#draining) this.#drained = this.#drain();
    });
  }

  /**
   * Changes `data` at once, whether or not the disk takes it: for facts that are already true
   * elsewhere (a learner whose own file exists, a repair that was made). Written with the next
   * write; `save()` asks for one.
   */
  amend(apply: (doc: D) => void): void {
    apply(this.#data);
    if (this.#writing) this.#amendedDuringWrite.push(apply);
    this.#unsaved = true;
  }

  /** Writes what memory holds and the file does not; resolves at once when there is nothing. */
  save(): Promise<void> {
    return this.change(() => undefined);
  }

  /** Resolves once nothing is waiting or being written. */
  async idle(): Promise<void> {
    while (this.#draining) await this.#drained;
  }

  /** One loop for all groups: the flag is cleared in the same turn as the last look at #waiting, so no change is left behind. */
  async #drain(): Promise<void> {
    this.#draining = true;
    try {
      while (this.#waiting.length > 0) await this.#commitGroup(this.#waiting.splice(0));
    } finally {
      this.#draining = false;
    }
  }

  async #commitGroup(group: Waiting<D>[]): Promise<void> {
    const base = this.#data;
    const draft = structuredClone(base);
    const accepted: { waiting: Waiting<D>; result: unknown }[] = [];
    for (const waiting of group) {
      try {
        // A copy: the draft becomes `data`, which callers must not be able to change through a result.
        accepted.push({ waiting, result: structuredClone(waiting.apply(draft)) });
      } catch (error) {
        waiting.reject(error);
      }
    }
    if (accepted.length === 0) return;
    if (this.#unsaved || !isDeepStrictEqual(draft, base)) {
      this.#writing = true;
      this.#amendedDuringWrite = [];
      try {
        await this.#adapter.write(draft);
      } catch (error) {
        for (const { waiting } of accepted) waiting.reject(new GroupWriteError(error));
        return;
      } finally {
        this.#writing = false;
      }
      for (const amend of this.#amendedDuringWrite) amend(draft);
      this.#unsaved = this.#amendedDuringWrite.length > 0;
      this.#data = draft;
    }
    for (const { waiting, result } of accepted) waiting.resolve(result);
  }
}
