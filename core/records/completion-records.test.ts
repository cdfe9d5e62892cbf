import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../storage/testing/temp-dir';
import type { AttemptRecord, LearnerProfile } from '../progress/schema';
import { openCompletionRecords } from './completion-records';
import { recordsFile } from './records-file';
import { attempt, learner, testUuid, titles } from './testing/fixtures';

const tempDir = useTempDirs();

function localRecords(learners: LearnerProfile[], attempts: AttemptRecord[]) {
  return {
    listLearners: () => learners,
    async *allAttempts() {
      yield* attempts;
    },
  };
}

describe('CompletionRecords', () => {
  const ana = learner({ name: 'Ana Lima' });
  const bo = learner({ name: 'Bo' });
  const anaFire = attempt({ learnerId: ana.id, status: 'failed', result: { score: 1, maxScore: 5, percent: 20, passMark: 70 } });
  const boFire = attempt({ learnerId: bo.id });

  it('unions local and imported records; the local copy of an attempt wins', async () => {
    const dataDir = await tempDir();
    const records = await openCompletionRecords({ dataDir, local: localRecords([ana], [anaFire]), courseInfo: titles });
    expect((await records.query()).total).toBe(1);
    const changedCopy = { ...anaFire, status: 'passed' as const, updatedAt: '2026-01-01T00:00:00.000Z' };
    const file = recordsFile({ id: testUuid(), name: 'Laptop' }, '2025-03-05T00:00:00.000Z', [bo, ana], [boFire, changedCopy]);
    const path = join(dataDir, 'laptop-records.json');
    await writeFile(path, JSON.stringify(file));
    expect(await records.importRecordsFile(path)).toMatchObject({ learnersAdded: 2, attemptsAdded: 2 });
    const { rows } = await records.query({ sort: { key: 'learnerName', direction: 'asc' } });
    expect(rows.map((row) => [row.learnerName, row.status, row.source.kind])).toEqual([
      ['Ana Lima', 'failed', 'local'],
      ['Bo', 'passed', 'imported'],
    ]);
  });

  it('exports its own records file, which another machine imports', async () => {
    const here = await openCompletionRecords({
      dataDir: await tempDir(),
      local: localRecords([ana, bo], [anaFire, boFire]),
      courseInfo: titles,
    });
    const path = join(await tempDir(), 'records.json');
    expect(await here.exportRecordsFile(path)).toMatchObject({ items: 2 });
    const there = await openCompletionRecords({ dataDir: await tempDir(), local: localRecords([], []), courseInfo: titles });
    expect(await there.importRecordsFile(path)).toEqual({
      learnersAdded: 2,
      attemptsAdded: 2,
      attemptsUpdated: 0,
      duplicatesSkipped: 0,
      conflictsKept: 0,
    });
    expect((await there.query({ filters: { statuses: ['failed'] } })).rows.map((row) => row.learnerName)).toEqual(['Ana Lima']);
  });

  it.each([
    ['a file cut short', '{"format":"course-studio-records"', 'cut.json could not be imported: it is not a complete JSON file'],
    ['a spreadsheet', 'Name,Score\nAna,80', 'cut.json could not be imported'],
  ])('refuses %s', async (_label, text, message) => {
    const dataDir = await tempDir();
    const records = await openCompletionRecords({ dataDir, local: localRecords([], []), courseInfo: titles });
    await writeFile(join(dataDir, 'cut.json'), text);
    await expect(records.importRecordsFile(join(dataDir, 'cut.json'))).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining(message),
    });
  });

  it('exports the filtered rows in each format', async () => {
    const dataDir = await tempDir();
    const records = await openCompletionRecords({ dataDir, local: localRecords([ana, bo], [anaFire, boFire]), courseInfo: titles });
    const query = { filters: { statuses: ['passed' as const] } };
    expect(await records.exportRecords('csv', query, join(dataDir, 'r.csv'))).toMatchObject({ items: 1 });
    expect(await records.exportRecords('json', query, join(dataDir, 'r.json'))).toMatchObject({ items: 1 });
    expect(await records.exportRecords('xapi', query, join(dataDir, 'r.xapi.json'))).toMatchObject({ items: 1, written: 4 });
  });
});
