import type { AttemptRecord, LearnerProfile } from '../progress/schema';
import { chunked, writeExportFile, type ExportOptions, type ExportSummary } from './export-file';
import { RECORDS_FILE_FORMAT, RECORDS_FILE_VERSION, type MachineIdentity } from './records-file';

/**
 * Writes this machine's records file (records-file.ts has the format): its own learners and
 * attempts only, never what it imported, so every attempt travels from the machine it was
 * played on and each source keeps one identity. Streamed like the other exports.
 * Progress counts learners, since the progress store reads one learner's file at a time.
 */
export async function exportRecordsFile(
  input: {
    machine: MachineIdentity;
    exportedAt: string;
    learners: readonly LearnerProfile[];
    attempts: AsyncIterable<AttemptRecord> | Iterable<AttemptRecord>;
  },
  destination: string,
  options: ExportOptions = {},
): Promise<ExportSummary> {
  const { machine, exportedAt, learners, attempts } = input;
  const total = learners.length;
  let written = 0;
  async function* pieces() {
    const head = { format: RECORDS_FILE_FORMAT, version: RECORDS_FILE_VERSION, machine, exportedAt, learners };
    yield `${JSON.stringify(head).slice(0, -1)},"attempts":[`;
    const seen = new Set<string>();
    options.onProgress?.(0, total);
    for await (const attempt of attempts) {
      if (!seen.has(attempt.learnerId)) {
        if (seen.size > 0) options.onProgress?.(seen.size, total);
        seen.add(attempt.learnerId);
      }
      yield `${written === 0 ? '\n' : ',\n'}${JSON.stringify(attempt)}`;
      written++;
    }
    yield '\n]}\n';
    options.onProgress?.(total, total);
  }
  const bytes = await writeExportFile(destination, chunked(pieces()), { signal: options.signal });
  return { items: written, written, bytes };
}
