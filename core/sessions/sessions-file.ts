import { basename, join } from 'node:path';
import { Low } from 'lowdb';
import { DurableJsonFile, readJsonFile, UnreadableFileError } from '../storage/durable-json-file';
import { setAside } from '../progress/learner-file';
import type { NoticeDraft } from '../progress/notices';
import type { StorageFs } from '../storage/storage-fs';
import { notReadable } from '../storage/save-errors';
import { EMPTY_SESSIONS, sessionsDocSchema, type SessionsDoc } from './session-schema';

/**
 * Opens `<dataDir>/sessions/sessions.json`, whatever a crash or a hand edit left: a damaged file is
 * set aside (kept for a person to look at) and replaced by its backup, or by an empty list, and
 * the trainer is told which through a repair notice (recoveryNotice).
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

/** Repair notices about the sessions file, kept until a trainer dismisses them. */
export function sessionsNoticesPath(dataDir: string): string {
  return join(sessionsDir(dataDir), 'notices.json');
}

const decode = (json: unknown): SessionsDoc => sessionsDocSchema.parse(json);

/** `unsaved`: the list was repaired in memory but the disk refused the repaired copy; the next change or flush writes it. */
export async function loadSessionsDb(
  fs: StorageFs,
  dataDir: string,
  now: () => string,
): Promise<{ db: Low<SessionsDoc>; recovery: SessionsRecovery | null; unsaved: boolean }> {
  const path = sessionsFilePath(dataDir);
  const whose = 'The list of classroom sessions';
  await fs.mkdirp(sessionsDir(dataDir));
  const db = new Low<SessionsDoc>(new DurableJsonFile(path, { fs, decode }), structuredClone(EMPTY_SESSIONS));
  let recovery: SessionsRecovery | null = null;
  try {
    await db.read();
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw notReadable(error, whose);
    const movedTo = await setAside(fs, path, now()).catch((cause: unknown) => Promise.reject(notReadable(cause, whose)));
    const backup = await readBackup(fs, `${path}.bak`, now);
    db.data = backup ?? structuredClone(EMPTY_SESSIONS);
    recovery = { movedTo, restoredFrom: backup ? 'backup' : 'nothing' };
  }
  let unsaved = false;
  if (reconcile(db.data, now()) || recovery) {
    // Best effort: the repaired list is right in memory, and the next change or flush writes it.
    unsaved = await db.write().then(
      () => false,
      () => true,
    );
  }
  return { db, recovery, unsaved };
}

/** The backup, or null; a damaged backup is set aside too, so the next write's new backup does not replace it unseen. */
async function readBackup(fs: StorageFs, path: string, now: () => string): Promise<SessionsDoc | null> {
  try {
    return await readJsonFile(fs, path, decode);
  } catch (error) {
    if (error instanceof UnreadableFileError) await setAside(fs, path, now()).catch(() => undefined);
    return null;
  }
}

/** What the trainer is told about a repaired sessions file, until they dismiss it. */
export function recoveryNotice(recovery: SessionsRecovery): NoticeDraft {
  const kept = basename(recovery.movedTo);
  const message =
    recovery.restoredFrom === 'backup'
      ? `The list of classroom sessions was damaged (kept as ${kept}). Course Studio restored the copy saved just before the last change, so the most recent change to a session (planned, started, ended, or a learner joining) may need to be made again.`
      : `The list of classroom sessions was damaged and no good copy was found; the damaged file was kept as ${kept}. Course Studio starts with no sessions, so plan them again. Learners' progress is not affected.`;
  return {
    learnerId: null,
    kind: recovery.restoredFrom === 'backup' ? 'sessions-recovered-from-backup' : 'sessions-reset-after-corruption',
    movedTo: recovery.movedTo,
    message,
  };
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
