import type { AttemptRecord } from '../progress/schema';
import { chunked, progressReporter, writeExportFile, type ExportOptions, type ExportSummary } from './export-file';
import type { RecordRow } from './types';
import { attemptStatements, resolveOptions, rowFragments, type RowFragments, type XapiOptions } from './xapi-statements';

const FRAGMENT_CACHE = 1_000;

export type XapiExportOptions = ExportOptions & XapiOptions;

/**
 * Writes the statements for every counted attempt of `rows` as one JSON array, ready to POST to
 * an LRS's statements resource. `attempts` is streamed (the progress and imported stores read
 * one file at a time) and may hold attempts of other rows, which are skipped; an attempt id seen
 * twice is written once, the first time, so pass local attempts before imported ones.
 */
export async function exportXapi(
  rows: readonly RecordRow[],
  attempts: Iterable<AttemptRecord> | AsyncIterable<AttemptRecord>,
  destination: string,
  options: XapiExportOptions = {},
): Promise<ExportSummary> {
  const resolved = resolveOptions(options);
  const rowOfAttempt = new Map<string, RecordRow>();
  for (const row of rows) for (const id of row.attemptIds) rowOfAttempt.set(id, row);
  const total = rowOfAttempt.size;
  const report = progressReporter(total, options.onProgress);
  const fragments = new Map<RecordRow, RowFragments>();
  let written = 0;
  let done = 0;
  async function* pieces() {
    yield '[';
    for await (const attempt of attempts) {
      const row = rowOfAttempt.get(attempt.id);
      if (!row) continue;
      rowOfAttempt.delete(attempt.id);
      let shared = fragments.get(row);
      if (!shared) {
        // Bounded so memory stays flat: a row's attempts arrive close together (the stores read one learner at a time).
        if (fragments.size >= FRAGMENT_CACHE) fragments.clear();
        shared = rowFragments(row, resolved);
        fragments.set(row, shared);
      }
      const statements = attemptStatements(attempt, shared);
      yield `${written === 0 ? '\n' : ',\n'}${statements.join(',\n')}`;
      written += statements.length;
      report(++done);
    }
    yield '\n]\n';
  }
  const bytes = await writeExportFile(destination, chunked(pieces()), { signal: options.signal });
  if (done < total) options.onProgress?.(total, total);
  return { items: done, written, bytes };
}
