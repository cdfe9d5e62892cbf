import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ApiError } from '../api/errors';
import { errorCode, nodeProgressFs } from '../storage/storage-fs';

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

const reasons: Record<string, string> = {
  ENOENT: 'the folder does not exist',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the folder is on a read-only disk',
  EACCES: 'Course Studio is not allowed to write there',
  EPERM: 'Course Studio is not allowed to write there',
  EBUSY: 'another program is holding the file open',
};

/**
 * Streams `source` (through `transform`, if given) into `destination` so that the destination
 * only ever holds a complete export: the bytes go to a hidden temp file beside it, which is
 * fsynced and renamed over the destination on success, and removed on failure or cancel.
 */
export async function writeExportFile(
  destination: string,
  source: AsyncIterable<unknown>,
  options: { signal?: AbortSignal; transform?: Transform },
): Promise<number> {
  const { signal } = options;
  if (signal?.aborted) throw cancelled();
  const temp = join(dirname(destination), `.${basename(destination)}.${randomUUID().slice(0, 8)}.partial`);
  const file = createWriteStream(temp, { flags: 'wx' });
  try {
    const stages = options.transform ? [source, options.transform, file] : [source, file];
    // pipeline applies backpressure end to end (memory stays flat) and destroys every stage on abort.
    await (pipeline as (...streams: unknown[]) => Promise<void>)(...stages, { signal });
    const bytes = file.bytesWritten;
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (signal?.aborted) throw cancelled();
    await rename(temp, destination);
    await nodeProgressFs.syncDir(dirname(destination));
    return bytes;
  } catch (error) {
    file.destroy();
    await rm(temp, { force: true }).catch(() => undefined);
    if (signal?.aborted) throw cancelled();
    if (error instanceof ApiError) throw error;
    const code = errorCode(error);
    const reason = (code && reasons[code]) ?? `the file could not be written${code ? ` (${code})` : ''}`;
    throw new ApiError('not-saved', `The export could not be saved as ${basename(destination)}: ${reason}. Choose another folder and try again.`);
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
