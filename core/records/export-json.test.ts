import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../storage/testing/temp-dir';
import { exportJson } from './export-json';
import { expectAbortedBeforeStartWritesNothing, expectCancelLeavesNoFile, expectProgressReported } from './testing/export-cases';
import { recordRow } from './testing/rows';

const tempDir = useTempDirs();
const many = (count: number) => Array.from({ length: count }, (_, i) => recordRow({ learnerName: `Learner ${i}` }));

describe('JSON export', () => {
  it.each([
    ['no rows', 0],
    ['one row', 1],
    ['rows spanning several chunks', 3_000],
  ])('writes %s as one JSON array of the rows', async (_label, count) => {
    const rows = many(count);
    const destination = join(await tempDir(), 'records.json');
    const summary = await exportJson(rows, destination);
    const text = await readFile(destination, 'utf8');
    expect(JSON.parse(text)).toEqual(rows);
    expect(summary).toEqual({ items: count, written: count, bytes: Buffer.byteLength(text) });
  });

  it('reports progress', async () => {
    await expectProgressReported(await tempDir(), 2_500, (destination, options) => exportJson(many(2_500), destination, options));
  });

  it('leaves no file when cancelled midway', async () => {
    await expectCancelLeavesNoFile(await tempDir(), (destination, options) => exportJson(many(50_000), destination, options));
  });

  it('writes nothing when cancelled before it starts', async () => {
    await expectAbortedBeforeStartWritesNothing(await tempDir(), (destination, options) => exportJson(many(10), destination, options));
  });
});
