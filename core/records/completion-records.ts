import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiError } from '../errors';
import type { AttemptRecord, LearnerProfile } from '../progress/schema';
import { buildRecordRows } from './build-rows';
import { exportCsv, type CsvOptions } from './export-csv';
import type { ExportOptions, ExportSummary } from './export-file';
import { exportJson } from './export-json';
import { exportXapi, type XapiExportOptions } from './export-xapi';
import { ImportedRecordsStore } from './imported-store';
import { loadMachineIdentity } from './machine-identity';
import type { ImportReport } from './merge';
import { queryRecords, type RecordPage, type RecordQuery } from './query';
import type { MachineIdentity } from './records-file';
import { exportRecordsFile } from './records-file-export';
import type { CourseInfoLookup, RecordRow, SourcedAttempt } from './types';

/** What the records engine needs from the progress store (ProgressStore fits). */
export interface LocalRecords {
  listLearners(): LearnerProfile[];
  allAttempts(): AsyncIterable<AttemptRecord>;
}

export interface CompletionRecordsOptions {
  dataDir: string;
  local: LocalRecords;
  courseInfo: CourseInfoLookup;
  now?: () => Date;
}

export type RecordsExportFormat = 'csv' | 'json' | 'xapi';

/** Opens the records engine over a data folder: this machine's identity and the imported records. */
export async function openCompletionRecords(options: CompletionRecordsOptions): Promise<CompletionRecords> {
  const machine = await loadMachineIdentity({ dataDir: options.dataDir, now: options.now });
  const imported = new ImportedRecordsStore({ dataDir: options.dataDir, thisMachineId: machine.id, now: options.now });
  return new CompletionRecords(options, machine, imported);
}

/**
 * Completion records for the Records screen and its exports: local attempts and imported ones
 * (an attempt id in both: the local one wins, as this machine holds the original). Rows are
 * built once and kept, since building reads every learner's file; `refresh()` rebuilds them
 * (call it when the screen opens), and an import refreshes them itself.
 */
export class CompletionRecords {
  readonly machine: MachineIdentity;
  readonly imported: ImportedRecordsStore;
  readonly #local: LocalRecords;
  readonly #courseInfo: CourseInfoLookup;
  readonly #now: () => Date;
  #rows: Promise<RecordRow[]> | null = null;

  constructor(options: CompletionRecordsOptions, machine: MachineIdentity, imported: ImportedRecordsStore) {
    this.machine = machine;
    this.imported = imported;
    this.#local = options.local;
    this.#courseInfo = options.courseInfo;
    this.#now = options.now ?? (() => new Date());
  }

  refresh(): Promise<RecordRow[]> {
    const building = this.#build();
    // A failed build is not kept, so the next query tries again.
    this.#rows = building.catch((error: unknown) => {
      this.#rows = null;
      throw error;
    });
    return this.#rows;
  }

  async query(query: RecordQuery = {}): Promise<RecordPage> {
    return queryRecords(await (this.#rows ?? this.refresh()), query);
  }

  /** Exports the rows a query selects (its offset and limit are ignored: the whole filtered set is written), in the query's order. */
  async exportRecords(
    format: RecordsExportFormat,
    query: RecordQuery,
    destination: string,
    options: XapiExportOptions & CsvOptions = {},
  ): Promise<ExportSummary> {
    const { rows } = await this.query({ filters: query.filters, sort: query.sort });
    if (format === 'csv') return exportCsv(rows, destination, options);
    if (format === 'json') return exportJson(rows, destination, options);
    return exportXapi(rows, this.#attempts(), destination, options);
  }

  /** This machine's records file, for importing on another machine. */
  exportRecordsFile(destination: string, options: ExportOptions = {}): Promise<ExportSummary> {
    return exportRecordsFile(
      {
        machine: this.machine,
        exportedAt: this.#now().toISOString(),
        learners: this.#local.listLearners(),
        attempts: this.#local.allAttempts(),
      },
      destination,
      options,
    );
  }

  /** Reads and imports a records file chosen by the trainer. */
  async importRecordsFile(path: string): Promise<ImportReport> {
    const name = basename(path);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      const reason =
        error instanceof SyntaxError ? 'it is not a complete JSON file (was it cut short while copying?)' : 'it could not be read';
      throw new ApiError('invalid-argument', `${name} could not be imported: ${reason}.`);
    }
    const report = await this.imported.import(json, name);
    if (this.#rows) await this.refresh();
    return report;
  }

  /** Local attempts first, then imported ones not already seen: the order exportXapi and buildRecordRows rely on for "local wins". */
  async *#sourced(): AsyncGenerator<SourcedAttempt> {
    const seen = new Set<string>();
    const source = { kind: 'local' } as const;
    for await (const attempt of this.#local.allAttempts()) {
      seen.add(attempt.id);
      yield { attempt, source };
    }
    for await (const sourced of this.imported.allAttempts()) {
      if (seen.has(sourced.attempt.id)) continue;
      seen.add(sourced.attempt.id);
      yield sourced;
    }
  }

  async *#attempts(): AsyncGenerator<AttemptRecord> {
    for await (const sourced of this.#sourced()) yield sourced.attempt;
  }

  async #build(): Promise<RecordRow[]> {
    const attempts: SourcedAttempt[] = [];
    for await (const sourced of this.#sourced()) attempts.push(sourced);
    const local = this.#local.listLearners();
    const localIds = new Set(local.map((learner) => learner.id));
    const imported = (await this.imported.learners())
      .filter((learner) => !localIds.has(learner.profile.id))
      .map((learner) => learner.profile);
    return buildRecordRows(attempts, [...imported, ...local], this.#courseInfo);
  }
}
