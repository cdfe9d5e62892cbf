import { Low } from 'lowdb';
import { DurableJsonFile, UnreadableFileError } from '../storage/durable-json-file';
import { GroupCommit } from '../storage/group-commit';
import { setAside } from './learner-file';
import { indexFilePath } from './paths';
import type { StorageFs } from '../storage/storage-fs';
import { learnersIndexSchema, type LearnerProfile, type LearnersIndex } from './schema';

/**
 * The small list of learners (id, name, staff id, created) that lets the app show who is on this
 * machine without opening thousands of files. It is a cache: every learner's own file holds the
 * same profile, so a damaged or missing index is rebuilt from those files, never trusted over them.
 *
 * New learners go through a group commit: a burst of learners arriving together costs a few index
 * writes, not one each, and a learner is listed only once a write holding them is durable.
 */
export class LearnerIndex {
  readonly #file: GroupCommit<LearnersIndex>;
  #byId = new Map<string, LearnerProfile>();
  /** The document and amendment count #byId was built from: a write replaces the document, an amendment changes it in place. */
  #indexed: LearnersIndex | null = null;
  #indexedVersion = -1;
  #version = 0;

  private constructor(db: Low<LearnersIndex>) {
    this.#file = new GroupCommit(db.adapter, db.data);
  }

  /** `damaged` is set when the file was unreadable; it has been set aside and the index starts empty. */
  static async open(fs: StorageFs, dir: string, now: () => string): Promise<{ index: LearnerIndex; damaged: { movedTo: string } | null }> {
    const path = indexFilePath(dir);
    const db = new Low<LearnersIndex>(new DurableJsonFile(path, { fs, decode: (json) => learnersIndexSchema.parse(json) }), {
      schemaVersion: 1,
      learners: [],
    });
    try {
      await db.read();
      return { index: new LearnerIndex(db), damaged: null };
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      const movedTo = await setAside(fs, path, now());
      return { index: new LearnerIndex(db), damaged: { movedTo } };
    }
  }

  /** In memory but not yet on disk: learners adopted from their own files whose index write failed. */
  get pending(): boolean {
    return this.#file.unsaved;
  }

  get size(): number {
    return this.#file.data.learners.length;
  }

  get(learnerId: string): LearnerProfile | undefined {
    return this.#lookup().get(learnerId);
  }

  has(learnerId: string): boolean {
    return this.#lookup().has(learnerId);
  }

  /** In the order they were added. */
  list(): LearnerProfile[] {
    return this.#file.data.learners.map((learner) => ({ ...learner }));
  }

  /** Lists a new learner once an index write holding them is durable; rejects with GroupWriteError, leaving them out, if it fails. */
  async add(profile: LearnerProfile): Promise<void> {
    await this.#file.change((draft) => {
      draft.learners.push(profile);
    });
  }

  /**
   * Lists learners whose own files exist but the index lacks (a crash between the two writes, or a
   * rebuilt index) at once: they are stored already, the index is only a cache. Call save() to write.
   */
  adopt(profiles: readonly LearnerProfile[]): void {
    if (profiles.length === 0) return;
    this.#file.amend((doc) => {
      for (const profile of profiles) if (!doc.learners.some((learner) => learner.id === profile.id)) doc.learners.push(profile);
    });
    this.#version++;
  }

  /** Writes adopted learners the file lacks; resolves at once when there are none. */
  save(): Promise<void> {
    return this.#file.save();
  }

  idle(): Promise<void> {
    return this.#file.idle();
  }

  #lookup(): Map<string, LearnerProfile> {
    const doc = this.#file.data;
    if (doc !== this.#indexed || this.#version !== this.#indexedVersion) {
      this.#byId = new Map(doc.learners.map((learner) => [learner.id, learner]));
      this.#indexed = doc;
      this.#indexedVersion = this.#version;
    }
    return this.#byId;
  }
}
