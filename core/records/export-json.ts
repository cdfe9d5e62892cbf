import { chunked, progressReporter, writeExportFile, type ExportOptions, type ExportSummary } from './export-file';
import type { RecordRow } from './types';

/**
 * The JSON export: one array of record rows, exactly as the records screen shows them (see
 * RecordRow; timestamps in UTC ISO 8601, time spent in milliseconds). Written row by row, so a
 * large export never exists as one string in memory.
 */
export async function exportJson(rows: readonly RecordRow[], destination: string, options: ExportOptions = {}): Promise<ExportSummary> {
  const report = progressReporter(rows.length, options.onProgress);
  function* pieces() {
    yield '[';
    let done = 0;
    for (const row of rows) {
      yield `${done === 0 ? '\n' : ',\n'}${JSON.stringify(row)}`;
      report(++done);
    }
    yield '\n]\n';
  }
  const bytes = await writeExportFile(destination, chunked(pieces()), { signal: options.signal });
  return { items: rows.length, written: rows.length, bytes };
}
