import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ApiError } from '../errors';
import { commitTempFile, tempPathBeside } from '../storage/atomic-write';
import { writeFailureReason, type DiskPlace } from '../storage/disk-errors';

/** What every export takes besides its data and destination. */
export interface ExportOptions {
  /** Called as items are written (rows, or attempts for xAPI): at most every PROGRESS_STEP items, and once at the end. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting stops the export promptly; it then rejects with `conflict` and leaves no file. */
  signal?: AbortSignal;
}

export interface ExportSummary {
  /** Rows, or attempts for xAPI. */
  items: number;
  /** Statements for xAPI; equal to items otherwise. */
  written: number;
  bytes: number;
}

/** Often enough for a smooth progress bar, rarely enough not to flood the IPC channel. */
export const PROGRESS_STEP = 1_000;
/** Strings are gathered into chunks about this big before they reach the file stream, to keep per-chunk overhead small. */
export const CHUNK_CHARS = 64 * 1024;

/** Where an export goes: a folder the trainer picked. */
const exportFolder: DiskPlace = { folder: 'the folder', access: 'write there' };

/**
 * Streams `source` (through `transform`, if given) into `destination` so that the destination
 * only ever holds a complete export: the bytes go to a hidden temp file beside it, which
 * commitTempFile fsyncs and renames over the destination on success; it is removed on failure or cancel.
 */
export async function writeExportFile(
  destination: string,
  source: AsyncIterable<unknown>,
  options: { signal?: AbortSignal; transform?: Transform },
): Promise<number> {
  const { signal } = options;
  if (signal?.aborted) throw cancelled();
  const temp = tempPathBeside(destination, 'partial');
  const file = createWriteStream(temp, { flags: 'wx' });
  try {
    const stages = options.transform ? [source, options.transform, file] : [source, file];
    // pipeline applies backpressure end to end (memory stays flat) and destroys every stage on abort.
    await (pipeline as (...streams: unknown[]) => Promise<void>)(...stages, { signal });
    const bytes = file.bytesWritten;
    await commitTempFile(temp, destination, {
      beforeReplace: () => {
        if (signal?.aborted) throw cancelled();
      },
    });
    return bytes;
  } catch (error) {
    file.destroy();
    await rm(temp, { force: true }).catch(() => undefined);
    if (signal?.aborted) throw cancelled();
    if (error instanceof ApiError) throw error;
    const reason = writeFailureReason(error, exportFolder);
    throw new ApiError(
      'not-saved',
      `The export could not be saved as ${basename(destination)}: ${reason}. Choose another folder and try again.`,
    );
  }
}

export function cancelled(): ApiError {
  return new ApiError('conflict', 'The export was cancelled; no file was written.');
}

/** Reports progress every PROGRESS_STEP items and at the end. */
export function progressReporter(total: number, onProgress: ExportOptions['onProgress']): (done: number) => void {
  if (!onProgress) return () => undefined;
  onProgress(0, total);
  return (done) => {
    if (done % PROGRESS_STEP === 0 || done === total) onProgress(done, total);
  };
}

/**
 * Gathers small strings into chunks of about CHUNK_CHARS. Each yield lets the pipeline apply
 * backpressure and notice a cancel, so a long export stays responsive.
 */
export async function* chunked(pieces: Iterable<string> | AsyncIterable<string>): AsyncGenerator<string> {
  let buffer = '';
  for await (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}
