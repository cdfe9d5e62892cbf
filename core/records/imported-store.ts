import { join } from 'node:path';
import { Low } from 'lowdb';
import * as z from 'zod';
import { ApiError } from '../errors';
import { DurableJsonFile, UnreadableFileError } from '../storage/durable-json-file';
import { KeyedQueue } from '../storage/keyed-queue';
import { setAsidePath } from '../progress/paths';
import { errorCode, nodeStorageFs, type StorageFs } from '../storage/storage-fs';
import { notSaved } from '../storage/save-errors';
import { attemptRecordSchema, learnerProfileSchema } from '../progress/schema';
import { mergeRecords, type ImportReport } from './merge';
import { machineSchema, parseRecordsFile } from './records-file';
import type { RecordSource, SourcedAttempt, SourcedLearner } from './types';

/**
 * Records imported from other machines, kept apart from this machine's learner files (which an
 * import never touches) in one durable lowdb file per source machine:
 * `<dataDir>/records/imported/<machineId>.json`. One file per machine because an import then
 * rewrites only that machine's records (re-importing a laptop's weekly file does not rewrite
 * every other machine's), a damaged file loses one source and never all of them, and each
 * file's size is bounded by one machine's history.
 */

const importedDocSchema = z.strictObject({
  schemaVersion: z.literal(1),
  machine: machineSchema,
  /** `exportedAt` of the newest records file imported from this machine. */
  exportedAt: z.iso.datetime({ offset: true }),
  importedAt: z.iso.datetime({ offset: true }),
  learners: z.array(learnerProfileSchema),
  attempts: z.array(attemptRecordSchema),
});

export type ImportedDoc = z.output<typeof importedDocSchema>;

export function importedDir(dataDir: string): string {
  return join(dataDir, 'records', 'imported');
}

const MACHINE_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/i;

export interface ImportedRecordsStoreOptions {
  dataDir: string;
  /** This machine: a records file it exported itself is refused (its records are already here). */
  thisMachineId: string;
  fs?: StorageFs;
  now?: () => Date;
}

export class ImportedRecordsStore {
  readonly #dir: string;
  readonly #thisMachineId: string;
  readonly #fs: StorageFs;
  readonly #now: () => Date;
  readonly #queue = new KeyedQueue();
  readonly #damaged = new Set<string>();

  constructor(options: ImportedRecordsStoreOptions) {
    this.#dir = importedDir(options.dataDir);
    this.#thisMachineId = options.thisMachineId;
    this.#fs = options.fs ?? nodeStorageFs;
    this.#now = options.now ?? (() => new Date());
  }

  /**
   * Validates a parsed records file and merges it into that machine's imported records.
   * Resolves once the merge is on disk; importing the same file again changes nothing.
   */
  async import(json: unknown, fileName?: string): Promise<ImportReport> {
    const file = parseRecordsFile(json, fileName);
    if (file.machine.id === this.#thisMachineId) {
      throw new ApiError(
        'invalid-argument',
        `${fileName ?? 'This records file'} was exported from this machine; its records are already here.`,
      );
    }
    return this.#queue.run(file.machine.id, async () => {
      const db = this.#db(file.machine.id);
      await this.#read(db, { setAsideIfDamaged: true });
      const held = db.data;
      const newer = held === null || Date.parse(file.exportedAt) > Date.parse(held.exportedAt);
      const merged = mergeRecords(held ?? { learners: [], attempts: [] }, file, { refreshProfiles: newer });
      if (!merged.changed && !newer) return merged.report;
      db.data = {
        schemaVersion: 1,
        machine: newer ? file.machine : (held as ImportedDoc).machine,
        exportedAt: newer ? file.exportedAt : (held as ImportedDoc).exportedAt,
        importedAt: this.#now().toISOString(),
        learners: merged.learners,
        attempts: merged.attempts,
      };
      try {
        await db.write();
      } catch (error) {
        db.data = held;
        throw notSaved(error, `The records from ${file.machine.name}`);
      }
      return merged.report;
    });
  }

  /** Every imported attempt, one machine's file at a time, so memory holds one machine's records at most. */
  async *allAttempts(): AsyncGenerator<SourcedAttempt> {
    for (const machineId of await this.machineIds()) {
      const doc = await this.#load(machineId);
      if (!doc) continue;
      const source: RecordSource = { kind: 'imported', machineId: doc.machine.id, machineName: doc.machine.name };
      for (const attempt of doc.attempts) yield { attempt, source };
    }
  }

  async learners(): Promise<SourcedLearner[]> {
    const all: SourcedLearner[] = [];
    for (const machineId of await this.machineIds()) {
      const doc = await this.#load(machineId);
      if (!doc) continue;
      const source: RecordSource = { kind: 'imported', machineId: doc.machine.id, machineName: doc.machine.name };
      for (const profile of doc.learners) all.push({ profile, source });
    }
    return all;
  }

  /** Machines records were imported from, sorted by id so every listing reads them in the same order. */
  async machineIds(): Promise<string[]> {
    let names: string[];
    try {
      names = await this.#fs.readdir(this.#dir);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    return names.flatMap((name) => MACHINE_FILE.exec(name)?.[1] ?? []).sort();
  }

  /** Imported files that could not be read and were left out of the records, for the app to mention. */
  damagedFiles(): string[] {
    return [...this.#damaged];
  }

  async #load(machineId: string): Promise<ImportedDoc | null> {
    return this.#queue.run(machineId, async () => {
      const db = this.#db(machineId);
      await this.#read(db, { setAsideIfDamaged: false });
      return db.data;
    });
  }

  #db(machineId: string): Low<ImportedDoc | null> {
    const decode = (json: unknown) => importedDocSchema.parse(json);
    return new Low<ImportedDoc | null>(
      new DurableJsonFile<ImportedDoc | null>(join(this.#dir, `${machineId}.json`), { fs: this.#fs, decode }),
      null,
    );
  }

  /**
   * A damaged file is skipped when reading, and set aside (kept, never deleted) before an import
   * writes a fresh one: the records file being imported brings that machine's records back.
   */
  async #read(db: Low<ImportedDoc | null>, options: { setAsideIfDamaged: boolean }): Promise<void> {
    const adapter = db.adapter as DurableJsonFile<ImportedDoc | null>;
    try {
      await db.read();
      this.#damaged.delete(adapter.path);
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      db.data = null;
      if (!options.setAsideIfDamaged) {
        this.#damaged.add(adapter.path);
        return;
      }
      await this.#fs.rename(adapter.path, setAsidePath(adapter.path, this.#now().toISOString()));
      this.#damaged.delete(adapter.path);
    }
    if (options.setAsideIfDamaged) await this.#fs.mkdirp(this.#dir);
  }
}
