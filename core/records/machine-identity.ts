import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DurableJsonFile, UnreadableFileError } from '../storage/durable-json-file';
import { setAsidePath } from '../progress/paths';
import { nodeStorageFs, type StorageFs } from '../storage/storage-fs';
import { notSaved } from '../storage/save-errors';
import { machineSchema, type MachineIdentity } from './records-file';

/**
 * This machine's identity in records files: `<dataDir>/records/machine.json`, `{ id, name }`.
 * The id is generated once and kept, so every records file from this machine lands in the same
 * place on the importing machine; the name (the computer's name by default) is only for people.
 */

export interface MachineIdentityOptions {
  dataDir: string;
  fs?: StorageFs;
  randomId?: () => string;
  hostname?: () => string;
  now?: () => Date;
}

export function machineFilePath(dataDir: string): string {
  return join(dataDir, 'records', 'machine.json');
}

export async function loadMachineIdentity(options: MachineIdentityOptions): Promise<MachineIdentity> {
  const fs = options.fs ?? nodeStorageFs;
  const path = machineFilePath(options.dataDir);
  const db = new Low<MachineIdentity | null>(
    new DurableJsonFile<MachineIdentity | null>(path, { fs, decode: (json) => machineSchema.parse(json) }),
    null,
  );
  try {
    await db.read();
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    // A new id only means other machines file this one's next records under a new source; attempts keep their ids, so nothing doubles.
    await fs.rename(path, setAsidePath(path, (options.now?.() ?? new Date()).toISOString()));
  }
  if (db.data) return db.data;
  const name = (options.hostname ?? hostname)().trim().slice(0, 200) || 'This computer';
  db.data = { id: (options.randomId ?? randomUUID)(), name };
  await fs.mkdirp(join(options.dataDir, 'records'));
  try {
    await db.write();
  } catch (error) {
    throw notSaved(error, 'This machine’s records identity');
  }
  return db.data;
}
