import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { ApiError } from '../errors';
import { GroupCommit, GroupWriteError } from '../storage/group-commit';
import { NoticeBoard } from '../progress/notice-board';
import type { ProgressNotice } from '../progress/notices';
import { nodeStorageFs, type StorageFs } from '../storage/storage-fs';
import { notDone, notSaved } from '../storage/save-errors';
import type { UnsavedChange } from '../progress/unsaved-change';
import * as inputs from './session-inputs';
import type { Session, SessionsDoc } from './session-schema';
import { loadSessionsDb, recoveryNotice, sessionsFilePath, sessionsNoticesPath, type SessionsRecovery } from './sessions-file';

export interface SessionsStoreOptions {
  /** The app's data folder; sessions live in `<dataDir>/sessions/sessions.json`. */
  dataDir: string;
  fs?: StorageFs;
  now?: () => Date;
  randomId?: () => string;
}

export async function openSessionsStore(options: SessionsStoreOptions): Promise<SessionsStore> {
  const clock = options.now ?? (() => new Date());
  const now = () => clock().toISOString();
  const fs = options.fs ?? nodeStorageFs;
  const randomId = options.randomId ?? randomUUID;
  const { db, recovery, unsaved } = await loadSessionsDb(fs, options.dataDir, now);
  const notices = await NoticeBoard.open({ fs, path: sessionsNoticesPath(options.dataDir), now, randomId });
  if (recovery) await notices.post([recoveryNotice(recovery)]);
  const file = new GroupCommit(db.adapter, db.data, { unsaved });
  return new SessionsStore({ file, dataDir: options.dataDir, recovery, notices, now, randomId });
}

/**
 * Classroom sessions on this machine. A session is planned, then running (the machine is in
 * classroom mode and learners join it), then ended; one runs at a time. Trainer checks belong to
 * the API layer: this store trusts its caller. Each change resolves once it is on disk; a change
 * that cannot be saved is undone, so memory and disk never disagree about classroom mode. Changes
 * arriving together (a class joining at once) share one write: see GroupCommit.
 */
export class SessionsStore {
  readonly #file: GroupCommit<SessionsDoc>;
  readonly #dataDir: string;
  readonly #notices: NoticeBoard;
  readonly #now: () => string;
  readonly #randomId: () => string;
  /** Set when the file was damaged on open and was restored; the trainer is told through getNotices(). */
  readonly recovery: SessionsRecovery | null;

  /** Use openSessionsStore. */
  constructor(parts: {
    file: GroupCommit<SessionsDoc>;
    dataDir: string;
    recovery: SessionsRecovery | null;
    notices: NoticeBoard;
    now: () => string;
    randomId: () => string;
  }) {
    this.#file = parts.file;
    this.#dataDir = parts.dataDir;
    this.recovery = parts.recovery;
    this.#notices = parts.notices;
    this.#now = parts.now;
    this.#randomId = parts.randomId;
  }

  /** Every session, in the order they were created. Copies. */
  list(): Session[] {
    return structuredClone(this.#file.data.sessions);
  }

  get(sessionId: string): Session {
    return structuredClone(find(this.#file.data, inputs.parseSessionId(sessionId)));
  }

  /** The running session, or null when the machine is not in classroom mode. */
  active(): Session | null {
    const id = this.#file.data.activeSessionId;
    return id === null ? null : structuredClone(find(this.#file.data, id));
  }

  /** Repairs made to the sessions file, kept on disk until a trainer dismisses them. */
  getNotices(): ProgressNotice[] {
    return this.#notices.list();
  }

  async dismissNotice(noticeId: string): Promise<void> {
    await this.#notices.dismiss(noticeId);
  }

  hasNotice(noticeId: string): boolean {
    return this.#notices.has(noticeId);
  }

  /** Writes a repair the disk refused on open, and notices not yet on disk; throws not-saved if it still cannot. */
  async flush(): Promise<void> {
    const results = await Promise.allSettled([
      this.#file
        .save()
        .catch((error: unknown) =>
          Promise.reject(notSaved(error instanceof GroupWriteError ? error.cause : error, 'The list of classroom sessions')),
        ),
      this.#notices
        .save()
        .catch((error: unknown) => Promise.reject(notSaved(error instanceof GroupWriteError ? error.cause : error, 'The repair notices'))),
    ]);
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
  }

  /** What only memory holds, with the file it belongs in. Changes are undone when refused, so only repairs and notices can be here. */
  unsavedChanges(): UnsavedChange[] {
    const changes: UnsavedChange[] = [];
    if (this.#file.unsaved)
      changes.push({
        what: 'The list of classroom sessions',
        file: sessionsFilePath(this.#dataDir),
        text: JSON.stringify(this.#file.data),
      });
    if (this.#notices.unsaved)
      changes.push({
        what: 'The repair notices about the sessions file',
        file: sessionsNoticesPath(this.#dataDir),
        text: JSON.stringify(this.#notices.list()),
      });
    return changes;
  }

  /** Resolves once every change asked for so far has been written or refused. */
  async idle(): Promise<void> {
    await Promise.all([this.#file.idle(), this.#notices.idle()]);
  }

  async create(input: inputs.CreateSessionInput): Promise<Session> {
    const fields = inputs.parseSessionInput(inputs.createSessionInput, input, 'create the session');
    return this.#change('create the session', (doc) => {
      const session: Session = {
        id: this.#randomId(),
        ...fields,
        createdAt: this.#now(),
        status: 'planned',
        startedAt: null,
        endedAt: null,
        learnerIds: [],
      };
      doc.sessions.push(session);
      return session;
    });
  }

  /** Name, date, facilitator and location can always change; course and modules only while planned. */
  async update(sessionId: string, input: inputs.UpdateSessionInput): Promise<Session> {
    const id = inputs.parseSessionId(sessionId);
    const fields = inputs.parseSessionInput(inputs.updateSessionInput, input, 'change the session');
    return this.#change('change the session', (doc) => {
      const session = find(doc, id);
      const teaching =
        (fields.courseId !== undefined && fields.courseId !== session.courseId) ||
        (fields.moduleIds !== undefined && !isDeepStrictEqual(fields.moduleIds, session.moduleIds));
      if (teaching && session.status === 'running')
        throw new ApiError('conflict', 'This session is running: end it before changing its course or modules.');
      // Learners' attempts in an ended session were made against these modules; the record must keep saying so.
      if (teaching && session.status === 'ended')
        throw new ApiError('conflict', 'This session has ended, so its course and modules stay as they were taught.');
      // `{ name: undefined }` means "leave it", not "clear it": a cleared field would not load again.
      for (const [key, value] of Object.entries(fields)) if (value !== undefined) Object.assign(session, { [key]: value });
      return session;
    });
  }

  /** Puts the machine in classroom mode; starting the running session again changes nothing. */
  async start(sessionId: string): Promise<Session> {
    const id = inputs.parseSessionId(sessionId);
    return this.#change('start the session', (doc) => {
      const session = find(doc, id);
      if (session.status === 'running') return session;
      const running = doc.activeSessionId === null ? null : find(doc, doc.activeSessionId);
      if (running)
        throw new ApiError('conflict', `The session '${running.name}' is running on this computer. End it before starting another.`);
      if (session.status === 'ended')
        throw new ApiError('conflict', 'This session has ended. Create a new session to run the class again.');
      session.status = 'running';
      session.startedAt = this.#now();
      doc.activeSessionId = session.id;
      return session;
    });
  }

  /** Takes the machine out of classroom mode. The API layer checks that a trainer asked. */
  async end(sessionId: string): Promise<Session> {
    const id = inputs.parseSessionId(sessionId);
    return this.#change('end the session', (doc) => {
      const session = find(doc, id);
      if (session.status !== 'running')
        throw new ApiError('conflict', session.status === 'ended' ? 'This session has already ended.' : 'This session has not started.');
      session.status = 'ended';
      session.endedAt = this.#now();
      doc.activeSessionId = null;
      return session;
    });
  }

  /** Records a learner in the running session; joining twice changes nothing. */
  async join(sessionId: string, learnerId: string): Promise<Session> {
    const id = inputs.parseSessionId(sessionId);
    const learner = inputs.parseLearnerId(learnerId);
    return this.#change('join the session', (doc) => {
      const session = find(doc, id);
      if (session.status !== 'running') throw new ApiError('conflict', 'Learners can join only a session that is running.');
      if (!session.learnerIds.includes(learner)) session.learnerIds.push(learner);
      return session;
    });
  }

  /**
   * Removes a planned session, or an ended one nobody joined. A session learners joined is kept:
   * their attempts carry its id, and records and certificates name the class from it.
   */
  async remove(sessionId: string): Promise<void> {
    const id = inputs.parseSessionId(sessionId);
    return this.#change('remove the session', (doc) => {
      const session = find(doc, id);
      if (session.status === 'running') throw new ApiError('conflict', 'End the session before removing it.');
      if (session.learnerIds.length > 0)
        throw new ApiError('conflict', 'Learners took part in this session, so it is kept: their records refer to it.');
      doc.sessions = doc.sessions.filter((candidate) => candidate.id !== id);
    });
  }

  /**
   * Applies `apply` to a draft and makes it the store's state only once it is on disk. Every apply
   * below checks before it changes anything, as GroupCommit requires.
   */
  async #change<R>(what: string, apply: (draft: SessionsDoc) => R): Promise<R> {
    try {
      return await this.#file.change(apply);
    } catch (error) {
      if (error instanceof GroupWriteError) throw notDone(error.cause, what);
      throw error;
    }
  }
}

function find(doc: SessionsDoc, sessionId: string): Session {
  const session = doc.sessions.find((candidate) => candidate.id === sessionId);
  if (!session) throw new ApiError('not-found', 'There is no such classroom session on this computer.');
  return session;
}
