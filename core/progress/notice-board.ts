import { Low } from 'lowdb';
import { DurableJsonFile, UnreadableFileError } from '../storage/durable-json-file';
import { GroupCommit, GroupWriteError } from '../storage/group-commit';
import { setAside } from './learner-file';
import { noticesDocSchema, noticesReset, type NoticeDraft, type NoticesDoc, type ProgressNotice } from './notices';
import type { StorageFs } from '../storage/storage-fs';
import { notDone } from '../storage/save-errors';

/**
 * The repair notices of one store, kept in a small durable file beside that store's data
 * (`learners/notices.json`, `sessions/notices.json`) so that a repair is still reported after a
 * restart, until a trainer dismisses it. A notice is shown as soon as it is posted, even when the
 * disk refuses it: the repair happened, and saying so matters more than where the words are kept.
 */
export class NoticeBoard {
  readonly #file: GroupCommit<NoticesDoc>;
  readonly #now: () => string;
  readonly #randomId: () => string;

  private constructor(file: GroupCommit<NoticesDoc>, now: () => string, randomId: () => string) {
    this.#file = file;
    this.#now = now;
    this.#randomId = randomId;
  }

  /** A damaged file is set aside and the board starts over, with a notice saying so. */
  static async open(options: { fs: StorageFs; path: string; now: () => string; randomId: () => string }): Promise<NoticeBoard> {
    const { fs, path, now } = options;
    const db = new Low<NoticesDoc>(new DurableJsonFile(path, { fs, decode: (json) => noticesDocSchema.parse(json) }), {
      schemaVersion: 1,
      notices: [],
    });
    let movedTo: string | null = null;
    try {
      await db.read();
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      movedTo = await setAside(fs, path, now());
    }
    const board = new NoticeBoard(new GroupCommit(db.adapter, db.data), now, options.randomId);
    if (movedTo) await board.post([noticesReset(movedTo)]);
    return board;
  }

  /** Oldest first. Copies. */
  list(): ProgressNotice[] {
    return this.#file.data.notices.map((notice) => ({ ...notice }));
  }

  /** Shows the notices at once and resolves once they are on disk, or once the disk refused them (they stay unsaved, for flush). */
  async post(drafts: readonly NoticeDraft[]): Promise<void> {
    if (drafts.length === 0) return;
    const notices = drafts.map((draft) => ({ id: this.#randomId(), at: this.#now(), ...draft }));
    this.#file.amend((doc) => doc.notices.push(...notices));
    await this.#file.save().catch(() => undefined);
  }

  /** Resolves once the dismissal is on disk; a dismissal the disk refuses is not made (not-saved). */
  async dismiss(noticeId: string): Promise<void> {
    try {
      await this.#file.change((draft) => {
        draft.notices = draft.notices.filter((notice) => notice.id !== noticeId);
      });
    } catch (error) {
      if (error instanceof GroupWriteError) throw notDone(error.cause, 'dismiss the notice');
      throw error;
    }
  }

  has(noticeId: string): boolean {
    return this.#file.data.notices.some((notice) => notice.id === noticeId);
  }

  /** Notices shown but not yet on disk. */
  get unsaved(): boolean {
    return this.#file.unsaved;
  }

  save(): Promise<void> {
    return this.#file.save();
  }

  idle(): Promise<void> {
    return this.#file.idle();
  }
}
