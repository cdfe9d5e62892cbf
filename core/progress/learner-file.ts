import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { ApiError } from '../errors';
import { writeFileAtomic } from '../storage/atomic-write';
import { DurableJsonFile, readJsonFile, UnreadableFileError } from '../storage/durable-json-file';
import { decodeLearnerDoc, NewerSchemaError } from './learner-doc-codec';
import { recoveredFromBackup, resetAfterCorruption, type NoticeDraft } from './notices';
import { learnerFilePath, setAsidePath } from './paths';
import type { StorageFs } from '../storage/storage-fs';
import { notReadable } from '../storage/save-errors';
import { CURRENT_SCHEMA_VERSION, type LearnerDoc, type LearnerProfile } from './schema';

/**
 * Opens one learner's file, whatever state a crash, a bad disk or an older app left it in:
 * migrates old versions (keeping the original), and sets a damaged file aside and falls back to
 * its backup, or to an empty record, telling the trainer which. Nothing here deletes a file.
 */

export interface LoadedLearner {
  db: Low<LearnerDoc>;
  notices: NoticeDraft[];
  /** The document in memory differs from the disk (repaired or migrated, but that write failed). */
  pending: boolean;
}

export interface LoadLearnerOptions {
  fs: StorageFs;
  dir: string;
  learnerId: string;
  /** From the index; used to start over when the file and its backup are both lost. */
  profile: LearnerProfile | undefined;
  now: () => string;
  randomId: () => string;
}

/**
 * The lowdb database over one learner's file. `initial` stays in `db.data` when the file does not
 * exist, which is how callers tell a missing file from an empty one.
 */
export function learnerDb(
  fs: StorageFs,
  dir: string,
  learnerId: string,
  options: { randomId: () => string; initial: LearnerDoc; onMigrated?: (original: unknown) => void },
): Low<LearnerDoc> {
  const decode = (json: unknown): LearnerDoc => {
    const decoded = decodeLearnerDoc(json, options.randomId);
    // A file copied in under another learner's name would otherwise attach their answers to this learner.
    if (decoded.doc.learner.id !== learnerId) throw new Error(`the file belongs to learner ${decoded.doc.learner.id}`);
    if (decoded.migratedFrom !== null) options.onMigrated?.(json);
    return decoded.doc;
  };
  return new Low<LearnerDoc>(new DurableJsonFile<LearnerDoc>(learnerFilePath(dir, learnerId), { fs, decode }), options.initial);
}

export function emptyDoc(profile: LearnerProfile): LearnerDoc {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, learner: profile, attempts: [] };
}

/** null when the learner has no file, no backup and no index entry: there is no such learner. */
export async function loadLearner(options: LoadLearnerOptions): Promise<LoadedLearner | null> {
  const { fs, dir, learnerId } = options;
  const whose = options.profile ? `${options.profile.name}'s progress` : 'A learner’s progress';
  const missing = emptyDoc(options.profile ?? { id: learnerId, name: `Learner ${learnerId.slice(0, 8)}`, createdAt: options.now() });
  let migratedOriginal: unknown;
  const db = learnerDb(fs, dir, learnerId, {
    randomId: options.randomId,
    initial: missing,
    onMigrated: (original) => (migratedOriginal = original),
  });
  const path = learnerFilePath(dir, learnerId);
  let movedTo: string | null = null;
  try {
    await db.read();
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw refuse(error, whose);
    if (error.cause instanceof NewerSchemaError) throw refuse(error.cause, whose);
    // If the damaged file cannot be moved, stop: repairing in place would overwrite it.
    movedTo = await setAside(fs, path, options.now()).catch((cause: unknown) => Promise.reject(refuse(cause, whose)));
  }
  if (migratedOriginal !== undefined) {
    // Keep the file as the older app wrote it before replacing it; without that copy, do not replace it.
    await writeFileAtomic(setAsidePath(path, options.now(), 'v1'), JSON.stringify(migratedOriginal), { fs }).catch((cause: unknown) =>
      Promise.reject(refuse(cause, whose)),
    );
    return { db, notices: [], pending: !(await tryWrite(db)) };
  }
  if (movedTo === null && db.data !== missing) return { db, notices: [], pending: false };
  return recover(options, db, movedTo, missing);
}

async function recover(
  options: LoadLearnerOptions,
  db: Low<LearnerDoc>,
  movedTo: string | null,
  fresh: LearnerDoc,
): Promise<LoadedLearner | null> {
  const { fs, dir, learnerId } = options;
  const backupPath = `${learnerFilePath(dir, learnerId)}.bak`;
  let backup: LearnerDoc | null = null;
  try {
    backup = await readJsonFile(fs, backupPath, (json) => decodeLearnerDoc(json, options.randomId).doc);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw refuse(error, 'A backup of a learner’s progress');
    await setAside(fs, backupPath, options.now()).catch((cause: unknown) =>
      Promise.reject(refuse(cause, 'A backup of a learner’s progress')),
    );
  }
  if (backup && backup.learner.id === learnerId) {
    db.data = backup;
    return { db, notices: [recoveredFromBackup(learnerId, backup.learner.name, movedTo)], pending: !(await tryWrite(db)) };
  }
  if (!options.profile && movedTo === null) return null;
  db.data = fresh;
  return { db, notices: [resetAfterCorruption(learnerId, fresh.learner.name, movedTo)], pending: !(await tryWrite(db)) };
}

/** Renames a damaged file out of the way; it is kept for a person to inspect. */
export async function setAside(fs: StorageFs, path: string, now: string): Promise<string> {
  const target = setAsidePath(path, now);
  await fs.rename(path, target);
  await fs.syncDir(dirname(path));
  return target;
}

async function tryWrite(db: Low<LearnerDoc>): Promise<boolean> {
  try {
    await db.write();
    return true;
  } catch {
    return false;
  }
}

function refuse(error: unknown, whose: string): ApiError {
  if (error instanceof NewerSchemaError)
    return new ApiError('conflict', `${whose} was saved by a newer version of Course Studio; update Course Studio to open it.`);
  return notReadable(error, whose);
}
