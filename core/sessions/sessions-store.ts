import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Low } from 'lowdb';
import { ApiError } from '../api/errors';
import { KeyedQueue } from '../progress/keyed-queue';
import { errorCode, nodeProgressFs, type ProgressFs } from '../progress/progress-fs';
import * as inputs from './session-inputs';
import type { Session, SessionsDoc } from './session-schema';
import { loadSessionsDb, type SessionsRecovery } from './sessions-file';

export interface SessionsStoreOptions {
  /** The app's data folder; sessions live in `<dataDir>/sessions/sessions.json`. */
  dataDir: string;
  fs?: ProgressFs;
  now?: () => Date;
  randomId?: () => string;
}

export async function openSessionsStore(options: SessionsStoreOptions): Promise<SessionsStore> {
  const clock = options.now ?? (() => new Date());
  const now = () => clock().toISOString();
  const { db, recovery } = await loadSessionsDb(options.fs ?? nodeProgressFs, options.dataDir, now);
  return new SessionsStore({ db, recovery, now, randomId: options.randomId ?? randomUUID });
}

/** One queue key: the whole list is one small file. */
const FILE = 'sessions';

/**
 * Classroom sessions on this machine. A session is planned, then running (the machine is in
 * classroom mode and learners join it), then ended; one runs at a time. Trainer checks belong to
 * the API layer: this store trusts its caller. Each change resolves once it is on disk; a change
 * that cannot be saved is undone, so memory and disk never disagree about classroom mode.
 */
export class SessionsStore {
  readonly #db: Low<SessionsDoc>;
  readonly #now: () => string;
  readonly #randomId: () => string;
  readonly #queue = new KeyedQueue();
  /** Set when the file was damaged on open and was restored; for the app to tell the trainer. */
  readonly recovery: SessionsRecovery | null;

  /** Use openSessionsStore. */
  constructor(parts: { db: Low<SessionsDoc>; recovery: SessionsRecovery | null; now: () => string; randomId: () => string }) {
    this.#db = parts.db;
    this.recovery = parts.recovery;
    this.#now = parts.now;
    this.#randomId = parts.randomId;
  }

  /** Every session, in the order they were created. Copies. */
  list(): Session[] {
    return structuredClone(this.#db.data.sessions);
  }

  get(sessionId: string): Session {
    return structuredClone(find(this.#db.data, inputs.parseSessionId(sessionId)));
  }

  /** The running session, or null when the machine is not in classroom mode. */
  active(): Session | null {
    const id = this.#db.data.activeSessionId;
    return id === null ? null : structuredClone(find(this.#db.data, id));
  }

  async create(input: inputs.CreateSessionInput): Promise<Session> {
    const fields = inputs.parseSessionInput(inputs.createSessionInput, input, 'create the session');
    return this.#change('create the session', (doc) => {
      const session: Session = { id: this.#randomId(), ...fields, createdAt: this.#now(), status: 'planned', startedAt: null, endedAt: null, learnerIds: [] };
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
      const teaching = (fields.courseId !== undefined && fields.courseId !== session.courseId) || (fields.moduleIds !== undefined && !isDeepStrictEqual(fields.moduleIds, session.moduleIds));
      if (teaching && session.status === 'running') throw new ApiError('conflict', 'This session is running: end it before changing its course or modules.');
      // Learners' attempts in an ended session were made against these modules; the record must keep saying so.
      if (teaching && session.status === 'ended') throw new ApiError('conflict', 'This session has ended, so its course and modules stay as they were taught.');
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
      if (running) throw new ApiError('conflict', `The session '${running.name}' is running on this computer. End it before starting another.`);
      if (session.status === 'ended') throw new ApiError('conflict', 'This session has ended. Create a new session to run the class again.');
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
      if (session.status !== 'running') throw new ApiError('conflict', session.status === 'ended' ? 'This session has already ended.' : 'This session has not started.');
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
      if (session.learnerIds.length > 0) throw new ApiError('conflict', 'Learners took part in this session, so it is kept: their records refer to it.');
      doc.sessions = doc.sessions.filter((candidate) => candidate.id !== id);
    });
  }

  /** Applies `apply` to a copy and makes it the store's state only once it is on disk. */
  #change<R>(what: string, apply: (draft: SessionsDoc) => R): Promise<R> {
    return this.#queue.run(FILE, async () => {
      const draft = structuredClone(this.#db.data);
      const result = structuredClone(apply(draft));
      if (isDeepStrictEqual(draft, this.#db.data)) return result;
      const previous = this.#db.data;
      this.#db.data = draft;
      try {
        await this.#db.write();
      } catch (error) {
        this.#db.data = previous;
        throw notSaved(error, what);
      }
      return result;
    });
  }
}

function find(doc: SessionsDoc, sessionId: string): Session {
  const session = doc.sessions.find((candidate) => candidate.id === sessionId);
  if (!session) throw new ApiError('not-found', 'There is no such classroom session on this computer.');
  return session;
}

/**
 * Unlike the progress store, a failed session change is undone rather than kept for a later
 * save, so the sentence says nothing changed (progress/save-errors.ts promises the opposite).
 */
const reasons: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the data folder is on a read-only disk',
  EACCES: 'Course Studio is not allowed to write to the data folder',
  EPERM: 'Course Studio is not allowed to write to the data folder',
};

function notSaved(error: unknown, what: string): ApiError {
  const code = errorCode(error);
  const reason = (code && reasons[code]) ?? `the file could not be written${code ? ` (${code})` : ''}`;
  return new ApiError('not-saved', `Could not ${what}: ${reason}. Nothing was changed; try again once that is fixed.`);
}
