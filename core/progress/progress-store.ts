import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import type { Low } from 'lowdb';
import type { SaveState } from '../api/playback-types';
import { ApiError } from '../errors';
import * as changes from './attempt-changes';
import * as inputs from './inputs';
import { GroupWriteError } from '../storage/group-commit';
import { emptyDoc, learnerDb, loadLearner, type LoadedLearner } from './learner-file';
import { LearnerIndex } from './learner-index';
import { KeyedQueue } from '../storage/keyed-queue';
import { LearnerTransaction } from './learner-transaction';
import { NoticeBoard } from './notice-board';
import { indexRebuilt, type NoticeDraft, type ProgressNotice } from './notices';
import { learnerFilePath, learnerIdOfFileName, learnersDir, noticesFilePath } from './paths';
import { nodeStorageFs, type StorageFs } from '../storage/storage-fs';
import { notDone, notSaved } from '../storage/save-errors';
import type { AttemptRecord, LearnerDoc, LearnerProfile } from './schema';
import type { UnsavedChange } from './unsaved-change';

export interface ProgressStoreOptions {
  /** The app's data folder; learners live in `<dataDir>/learners/`. */
  dataDir: string;
  fs?: StorageFs;
  now?: () => Date;
  randomId?: () => string;
}

interface Slot {
  db: Low<LearnerDoc>;
  /** The document holds changes the disk does not have yet (a save failed). */
  pending: boolean;
}

/** What a transaction resolves with: its decision's value, and whether its change reached the disk. */
export interface Committed<R> {
  value: R;
  save: SaveState;
}

/** Files read at once when rebuilding the index: enough to overlap disk waits, few enough to stay well under file-handle limits. */
const REBUILD_BATCH = 32;

/**
 * Opens (and repairs, if needed) the progress store over a data folder. Always resolves unless
 * the folder cannot be read at all: damaged files are set aside and reported through notices.
 */
export async function openProgressStore(options: ProgressStoreOptions): Promise<ProgressStore> {
  const fs = options.fs ?? nodeStorageFs;
  const dir = learnersDir(options.dataDir);
  const clock = options.now ?? (() => new Date());
  const now = () => clock().toISOString();
  await fs.mkdirp(dir);
  const randomId = options.randomId ?? randomUUID;
  const { index, damaged } = await LearnerIndex.open(fs, dir, now);
  const notices = await NoticeBoard.open({ fs, path: noticesFilePath(dir), now, randomId });
  const store = new ProgressStore({ fs, dir, now, randomId, index, notices });
  await store.adoptUnlistedLearners(await fs.readdir(dir));
  if (damaged) await store.notify([indexRebuilt(damaged.movedTo, index.size)]);
  return store;
}

/**
 * Learners' progress on this machine: one small lowdb file per learner, so a save rewrites only
 * that learner's file. Every change is validated, applied in memory, and resolves only once it is
 * on disk; changes to one learner run one after another, different learners in parallel.
 */
export class ProgressStore {
  readonly #fs: StorageFs;
  readonly #dir: string;
  readonly #now: () => string;
  readonly #randomId: () => string;
  readonly #index: LearnerIndex;
  readonly #slots = new Map<string, Slot>();
  readonly #queue = new KeyedQueue();
  readonly #notices: NoticeBoard;

  /** Use openProgressStore. */
  constructor(parts: { fs: StorageFs; dir: string; now: () => string; randomId: () => string; index: LearnerIndex; notices: NoticeBoard }) {
    this.#fs = parts.fs;
    this.#dir = parts.dir;
    this.#now = parts.now;
    this.#randomId = parts.randomId;
    this.#index = parts.index;
    this.#notices = parts.notices;
  }

  listLearners(): LearnerProfile[] {
    return this.#index.list();
  }

  getLearner(learnerId: string): LearnerProfile {
    const profile = this.#index.get(inputs.parseLearnerId(learnerId));
    if (!profile) throw new ApiError('not-found', 'There is no such learner on this machine.');
    return { ...profile };
  }

  /**
   * Resolves once the learner is stored, and only then lists them. Their own file is written first
   * (the index is rebuilt from learner files, never the reverse), then the index, in one write
   * shared with the other learners arriving meanwhile (group commit). If either write fails
   * nothing is kept: the learner is not listed, and their new file is removed so that no later
   * start brings them back.
   */
  async addLearner(input: inputs.AddLearnerInput): Promise<LearnerProfile> {
    const { name, staffId } = inputs.parseInput(inputs.addLearnerInput, input, 'add the learner');
    const profile: LearnerProfile = { id: this.#randomId(), name, ...(staffId !== undefined && { staffId }), createdAt: this.#now() };
    const refused = (error: unknown) =>
      notDone(error instanceof GroupWriteError ? error.cause : error, `add ${name}`, 'add the learner again');
    const slot: Slot = {
      db: learnerDb(this.#fs, this.#dir, profile.id, { randomId: this.#randomId, initial: emptyDoc(profile) }),
      pending: false,
    };
    try {
      await this.#queue.run(profile.id, () => slot.db.write());
      this.#slots.set(profile.id, slot);
      await this.#index.add(profile);
    } catch (error) {
      await this.#queue.run(profile.id, () => this.#discardNewLearner(profile.id));
      throw refused(error);
    }
    return { ...profile };
  }

  /** The learner's whole record: profile and every attempt, oldest first. A copy. */
  async getProgress(learnerId: string): Promise<LearnerDoc> {
    const id = inputs.parseLearnerId(learnerId);
    return this.#queue.run(id, async () => structuredClone((await this.#slot(id)).db.data));
  }

  /** The latest attempt at a module (in progress or finished), or null if there is none. */
  async currentAttempt(learnerId: string, courseId: string, moduleId: string): Promise<AttemptRecord | null> {
    const id = inputs.parseLearnerId(learnerId);
    return this.#queue.run(id, async () => {
      const attempt = changes.latestAttempt((await this.#slot(id)).db.data, courseId, moduleId);
      return attempt ? structuredClone(attempt) : null;
    });
  }

  /**
   * Runs one learner operation as a transaction: `decide` reads the learner's record, checks its
   * rules on what it read and makes its changes through `tx`, all inside the learner's queue, so no
   * other change to that learner can land between the check and the change. If `decide` throws,
   * nothing it changed is kept and the promise rejects with its error. Otherwise its changes are
   * saved once (nothing is written when it changed nothing) and the promise resolves with its value
   * and whether the change reached the disk: when the disk refuses, the change stays in memory and is
   * written with the learner's next successful save (`save: { saved: false, message }`).
   *
   * `decide` must be synchronous: anything it awaited would run outside the transaction.
   */
  async update<R>(learnerId: string, decide: (tx: LearnerTransaction) => R): Promise<Committed<R>> {
    const id = inputs.parseLearnerId(learnerId);
    const { value, notSaved } = await this.#queue.run(id, () => this.#transact(id, decide));
    return { value, save: notSaved ? { saved: false, message: notSaved.message } : { saved: true } };
  }

  /** What the player calls when a learner opens a module; see stale-policy.ts for edited modules. */
  startOrResumeAttempt(input: inputs.StartOrResumeInput): Promise<changes.StartOrResumeResult> {
    return this.#change(input, (tx, rest) => tx.startOrResume(rest));
  }

  recordPage(input: inputs.RecordPageInput): Promise<AttemptRecord> {
    return this.#change(input, (tx, rest) => tx.recordPage(rest));
  }

  recordAnswer(input: inputs.RecordAnswerInput): Promise<AttemptRecord> {
    return this.#change(input, (tx, rest) => tx.recordAnswer(rest));
  }

  recordScenarioStep(input: inputs.RecordScenarioStepInput): Promise<AttemptRecord> {
    return this.#change(input, (tx, rest) => tx.recordScenarioStep(rest));
  }

  addDuration(input: inputs.AddDurationInput): Promise<AttemptRecord> {
    return this.#change(input, (tx, rest) => tx.addDuration(rest));
  }

  finishAttempt(input: inputs.FinishAttemptInput): Promise<AttemptRecord> {
    return this.#change(input, (tx, rest) => tx.finishAttempt(rest));
  }

  /**
   * Every attempt of every learner, one learner's file at a time, for exports. Files not already
   * open are read and let go, so memory does not grow with the number of learners.
   */
  async *allAttempts(): AsyncGenerator<AttemptRecord> {
    for (const { id } of this.#index.list()) {
      const attempts = await this.#queue.run(id, async () => {
        const cached = this.#slots.get(id);
        const doc = cached ? cached.db.data : (await this.#load(id, { keep: false })).db.data;
        return structuredClone(doc.attempts);
      });
      yield* attempts;
    }
  }

  /** Repairs made to damaged files, kept on disk for the app to show until a trainer dismisses them. */
  getNotices(): ProgressNotice[] {
    return this.#notices.list();
  }

  /** Resolves once the dismissal is on disk; throws not-saved (and the notice stays) if it cannot be. */
  async dismissNotice(noticeId: string): Promise<void> {
    await this.#notices.dismiss(noticeId);
  }

  hasNotice(noticeId: string): boolean {
    return this.#notices.has(noticeId);
  }

  /** Whether some change lives only in memory because its save failed. */
  hasUnsavedChanges(): boolean {
    return this.#index.pending || this.#notices.unsaved || [...this.#slots.values()].some((slot) => slot.pending);
  }

  /**
   * What only memory holds, with the file each belongs in. The index is left out: it is a cache,
   * rebuilt from the learners' files at the next start.
   */
  unsavedChanges(): UnsavedChange[] {
    const changes = [...this.#slots.entries()]
      .filter(([, slot]) => slot.pending)
      .map(([id, slot]) => ({
        what: `${slot.db.data.learner.name}'s progress`,
        file: learnerFilePath(this.#dir, id),
        text: JSON.stringify(slot.db.data),
      }));
    if (this.#notices.unsaved)
      changes.push({
        what: 'The repair notices about learners’ files',
        file: noticesFilePath(this.#dir),
        text: JSON.stringify(this.#notices.list()),
      });
    return changes;
  }

  /** Retries every failed save (called before quitting, or when the user frees space); throws not-saved if one still fails. */
  async flush(): Promise<void> {
    const pending = [...this.#slots.entries()].filter(([, slot]) => slot.pending);
    const results = await Promise.allSettled([
      ...pending.map(([id, slot]) => this.#queue.run(id, () => (slot.pending ? this.#save(slot) : Promise.resolve()))),
      this.#index
        .save()
        .catch((error: unknown) =>
          Promise.reject(notSaved(error instanceof GroupWriteError ? error.cause : error, 'The list of learners')),
        ),
      this.#notices
        .save()
        .catch((error: unknown) => Promise.reject(notSaved(error instanceof GroupWriteError ? error.cause : error, 'The repair notices'))),
    ]);
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
  }

  /** Resolves once every queued save has settled. */
  async idle(): Promise<void> {
    await Promise.all([this.#queue.idle(), this.#index.idle(), this.#notices.idle()]);
  }

  /**
   * @internal Brings learner files the index does not list (a crash while adding, or a rebuilt
   * index) into it; a learner whose file is lost but whose backup is left counts too.
   */
  async adoptUnlistedLearners(fileNames: readonly string[]): Promise<void> {
    const unlisted = [...new Set(fileNames.map(learnerIdOfFileName))].filter((id): id is string => id !== null && !this.#index.has(id));
    const adopted: LearnerProfile[] = [];
    for (let start = 0; start < unlisted.length; start += REBUILD_BATCH) {
      const batch = unlisted.slice(start, start + REBUILD_BATCH);
      // A learner whose file cannot even be read (no permission) is left out until the next start, rather than stopping the app.
      const loaded = await Promise.all(batch.map((id) => this.#queue.run(id, () => this.#load(id, { keep: false }).catch(() => null))));
      adopted.push(...loaded.flatMap((learner) => (learner ? [learner.db.data.learner] : [])));
    }
    this.#index.adopt(adopted.sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
    // The store must open even on a read-only disk; the index stays pending and is written by the next new learner or flush.
    await this.#index.save().catch(() => undefined);
  }

  /** @internal Shows the notices at once; resolves once they are on disk or the disk refused them (then flush retries). */
  async notify(drafts: readonly NoticeDraft[]): Promise<void> {
    await this.#notices.post(drafts);
  }

  /** One change as its own transaction; a save the disk refused rejects with `not-saved` (the change is kept in memory). */
  async #change<I extends { learnerId: string }, R>(
    input: I,
    apply: (tx: LearnerTransaction, rest: Omit<I, 'learnerId'>) => R,
  ): Promise<R> {
    // Inputs can come from callers without types (see inputs.ts); the transaction validates the rest.
    if (typeof input !== 'object' || input === null)
      throw new ApiError('invalid-argument', 'That is not a change to a learner’s progress.');
    const { learnerId, ...rest } = input;
    const id = inputs.parseLearnerId(learnerId);
    const { value, notSaved } = await this.#queue.run(id, () => this.#transact(id, (tx) => apply(tx, rest)));
    if (notSaved) throw notSaved;
    return value;
  }

  /** Call inside the learner's queue. Runs `decide` on a draft, keeps the draft if it changed, and saves. */
  async #transact<R>(learnerId: string, decide: (tx: LearnerTransaction) => R): Promise<{ value: R; notSaved?: ApiError }> {
    const slot = await this.#slot(learnerId);
    // A draft: a rule that refuses halfway through an operation leaves the live document untouched.
    const draft = structuredClone(slot.db.data);
    const tx = new LearnerTransaction(draft, { now: this.#now(), randomId: this.#randomId });
    const value = decide(tx);
    if (value instanceof Promise) {
      void value.catch(() => undefined);
      throw new Error('A learner transaction must be synchronous.');
    }
    if (tx.changed) {
      slot.db.data = draft;
      slot.pending = true;
    }
    // Nothing changed: write only to catch up on changes an earlier save could not write.
    if (!slot.pending) return { value };
    try {
      await this.#save(slot);
      return { value };
    } catch (error) {
      if (error instanceof ApiError && error.code === 'not-saved') return { value, notSaved: error };
      throw error;
    }
  }

  /** Call inside the learner's queue. */
  async #slot(learnerId: string): Promise<Slot> {
    const cached = this.#slots.get(learnerId);
    if (cached) return cached;
    const loaded = await this.#load(learnerId, { keep: true });
    return this.#slots.get(learnerId) ?? { db: loaded.db, pending: loaded.pending };
  }

  /** Reads a learner's file, repairing it if needed. Kept in memory if asked, or if it holds unsaved repairs. */
  async #load(learnerId: string, options: { keep: boolean }): Promise<LoadedLearner> {
    const profile = this.#index.get(learnerId);
    const loaded = await loadLearner({ fs: this.#fs, dir: this.#dir, learnerId, profile, now: this.#now, randomId: this.#randomId });
    if (!loaded) throw new ApiError('not-found', 'There is no such learner on this machine.');
    await this.notify(loaded.notices);
    if (options.keep || loaded.pending) this.#slots.set(learnerId, { db: loaded.db, pending: loaded.pending });
    return loaded;
  }

  async #save(slot: Slot): Promise<void> {
    try {
      await slot.db.write();
      slot.pending = false;
    } catch (error) {
      throw notSaved(error, `${slot.db.data.learner.name}'s progress`);
    }
  }

  /** Call inside the learner's queue. Best effort: a file left behind is a learner the next start lists, not lost data. */
  async #discardNewLearner(learnerId: string): Promise<void> {
    this.#slots.delete(learnerId);
    const path = learnerFilePath(this.#dir, learnerId);
    await this.#fs
      .unlink(path)
      .then(() => this.#fs.syncDir(dirname(path)))
      .catch(() => undefined);
  }
}
