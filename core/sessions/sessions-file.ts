import { join } from 'node:path';
import { Low } from 'lowdb';
import { DurableJsonFile, readJsonFile, UnreadableFileError } from '../progress/durable-json-file';
import { setAside } from '../progress/learner-file';
import type { ProgressFs } from '../progress/progress-fs';
import { notReadable } from '../progress/save-errors';
import { EMPTY_SESSIONS, sessionsDocSchema, type SessionsDoc } from './session-schema';

/**
 * Opens `<dataDir>/sessions/sessions.json`, whatever a crash or a hand edit left: a damaged file is
 * set aside (kept for a person to look at) and replaced by its backup, or by an empty list, and
 * the app is told which so it can say so to the trainer.
 */

export interface SessionsRecovery {
  /** Where the damaged file was moved. */
  movedTo: string;
  restoredFrom: 'backup' | 'nothing';
}

export function sessionsDir(dataDir: string): string {
  return join(dataDir, 'sessions');
}

export function sessionsFilePath(dataDir: string): string {
  return join(sessionsDir(dataDir), 'sessions.json');
}

const decode = (json: unknown): SessionsDoc => sessionsDocSchema.parse(json);

export async function loadSessionsDb(fs: ProgressFs, dataDir: string, now: () => string): Promise<{ db: Low<SessionsDoc>; recovery: SessionsRecovery | null }> {
  const path = sessionsFilePath(dataDir);
  await fs.mkdirp(sessionsDir(dataDir));
  const db = new Low<SessionsDoc>(new DurableJsonFile(path, { fs, decode }), structuredClone(EMPTY_SESSIONS));
  let recovery: SessionsRecovery | null = null;
  try {
    await db.read();
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw notReadable(error, 'The list of classroom sessions');
    const movedTo = await setAside(fs, path, now()).catch((cause: unknown) => Promise.reject(notReadable(cause, 'The list of classroom sessions')));
    const backup = await readJsonFile(fs, `${path}.bak`, decode).catch(() => null);
    db.data = backup ?? structuredClone(EMPTY_SESSIONS);
    recovery = { movedTo, restoredFrom: backup ? 'backup' : 'nothing' };
  }
  if (reconcile(db.data, now()) || recovery) {
    // Best effort: the repaired list is right in memory, and the next change writes it anyway.
    await db.write().catch(() => undefined);
  }
  return { db, recovery };
}

/**
 * Only one session runs at a time, and activeSessionId names it. A file edited by hand or restored
 * from an older backup can break that; the session the file calls active wins (else the first
 * running one), and any other running session is ended. Returns whether anything changed.
 */
export function reconcile(doc: SessionsDoc, now: string): boolean {
  const named = doc.sessions.find((session) => session.id === doc.activeSessionId && session.status === 'running');
  const active = named ?? doc.sessions.find((session) => session.status === 'running') ?? null;
  let changed = (active?.id ?? null) !== doc.activeSessionId;
  doc.activeSessionId = active?.id ?? null;
  for (const session of doc.sessions) {
    if (session.status !== 'running' || session === active) continue;
    session.status = 'ended';
    session.endedAt = now;
    changed = true;
  }
  return changed;
}
