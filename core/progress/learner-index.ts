import { Low } from 'lowdb';
import { DurableJsonFile, UnreadableFileError } from './durable-json-file';
import { setAside } from './learner-file';
import { indexFilePath } from './paths';
import type { ProgressFs } from './progress-fs';
import { learnersIndexSchema, type LearnerProfile, type LearnersIndex } from './schema';

/**
 * The small list of learners (id, name, staff id, created) that lets the app show who is on this
 * machine without opening thousands of files. It is a cache: every learner's own file holds the
 * same profile, so a damaged or missing index is rebuilt from those files, never trusted over them.
 */
export class LearnerIndex {
  readonly #db: Low<LearnersIndex>;
  readonly #byId = new Map<string, LearnerProfile>();
  /** In memory but not yet on disk, because the last write failed. */
  pending = false;

  private constructor(db: Low<LearnersIndex>) {
    this.#db = db;
    for (const learner of db.data.learners) this.#byId.set(learner.id, learner);
  }

  /** `damaged` is set when the file was unreadable; it has been set aside and the index starts empty. */
  static async open(fs: ProgressFs, dir: string, now: () => string): Promise<{ index: LearnerIndex; damaged: { movedTo: string } | null }> {
    const path = indexFilePath(dir);
    const db = new Low<LearnersIndex>(new DurableJsonFile(path, { fs, decode: (json) => learnersIndexSchema.parse(json) }), { schemaVersion: 1, learners: [] });
    try {
      await db.read();
      return { index: new LearnerIndex(db), damaged: null };
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      const movedTo = await setAside(fs, path, now());
      return { index: new LearnerIndex(db), damaged: { movedTo } };
    }
  }

  get size(): number {
    return this.#byId.size;
  }

  get(learnerId: string): LearnerProfile | undefined {
    return this.#byId.get(learnerId);
  }

  has(learnerId: string): boolean {
    return this.#byId.has(learnerId);
  }

  /** In the order they were added. */
  list(): LearnerProfile[] {
    return this.#db.data.learners.map((learner) => ({ ...learner }));
  }

  /** Adds or replaces in memory; call save() to write. */
  put(profile: LearnerProfile): void {
    const existing = this.#db.data.learners.findIndex((learner) => learner.id === profile.id);
    if (existing >= 0) this.#db.data.learners[existing] = profile;
    else this.#db.data.learners.push(profile);
    this.#byId.set(profile.id, profile);
    this.pending = true;
  }

  async save(): Promise<void> {
    await this.#db.write();
    this.pending = false;
  }
}
