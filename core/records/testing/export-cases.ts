import { readdir } from 'node:fs/promises';
import { expect } from 'vitest';
import type { ExportOptions } from '../export-file';

/**
 * The cancel and progress checks every export must pass, shared so each format's test states
 * them in one line. `run` exports enough items (several PROGRESS_STEPs) to be cancelled midway.
 */

export async function expectCancelLeavesNoFile(
  dir: string,
  run: (destination: string, options: ExportOptions) => Promise<unknown>,
): Promise<void> {
  const controller = new AbortController();
  let lastProgress = 0;
  const exporting = run(`${dir}/out.file`, {
    signal: controller.signal,
    onProgress: (done) => {
      lastProgress = done;
      if (done >= 2_000) controller.abort();
    },
  });
  await expect(exporting).rejects.toMatchObject({ code: 'conflict', message: 'The export was cancelled; no file was written.' });
  expect(lastProgress).toBeGreaterThanOrEqual(2_000);
  expect(await readdir(dir)).toEqual([]);
}

export async function expectAbortedBeforeStartWritesNothing(
  dir: string,
  run: (destination: string, options: ExportOptions) => Promise<unknown>,
): Promise<void> {
  await expect(run(`${dir}/out.file`, { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'conflict' });
  expect(await readdir(dir)).toEqual([]);
}

/** Progress starts at 0, never goes back, and ends at total/total. */
export async function expectProgressReported(
  dir: string,
  total: number,
  run: (destination: string, options: ExportOptions) => Promise<unknown>,
): Promise<void> {
  const calls: [number, number][] = [];
  await run(`${dir}/out.file`, { onProgress: (done, all) => calls.push([done, all]) });
  expect(calls[0]).toEqual([0, total]);
  expect(calls.at(-1)).toEqual([total, total]);
  expect(calls.every(([done], i) => i === 0 || done >= (calls[i - 1] as [number, number])[0])).toBe(true);
  expect(calls.length).toBeGreaterThan(2);
}
