import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../storage/testing/temp-dir';
import { ImportedRecordsStore, importedDir } from './imported-store';
import { recordsFile } from './records-file';
import { attempt, learner, testUuid } from './testing/fixtures';

const tempDir = useTempDirs();
const THIS_MACHINE = testUuid();
const laptop = { id: testUuid(), name: 'Trainer laptop' };
const ana = learner({ name: 'Ana Lima' });
const first = attempt({ learnerId: ana.id });
const second = attempt({ learnerId: ana.id, moduleId: 'spill', status: 'in-progress', completedAt: null, result: null });
const monday = recordsFile(laptop, '2025-03-03T18:00:00.000Z', [ana], [first, second]);
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

async function open(dataDir?: string) {
  const dir = dataDir ?? (await tempDir());
  return {
    dir,
    store: new ImportedRecordsStore({ dataDir: dir, thisMachineId: THIS_MACHINE, now: () => new Date('2025-03-04T08:00:00.000Z') }),
  };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of iterable) all.push(item);
  return all;
}

describe('ImportedRecordsStore', () => {
  it('imports a file, and importing it again adds nothing', async () => {
    const { store } = await open();
    expect(await store.import(asJson(monday))).toEqual({
      learnersAdded: 1,
      attemptsAdded: 2,
      attemptsUpdated: 0,
      duplicatesSkipped: 0,
      conflictsKept: 0,
    });
    expect(await store.import(asJson(monday))).toEqual({
      learnersAdded: 0,
      attemptsAdded: 0,
      attemptsUpdated: 0,
      duplicatesSkipped: 2,
      conflictsKept: 0,
    });
    expect((await collect(store.allAttempts())).map((sourced) => sourced.attempt)).toEqual([first, second]);
  });

  it('keeps what it imported on disk, apart from the learner files, tagged with its source', async () => {
    const { dir, store } = await open();
    await store.import(asJson(monday));
    expect(await readdir(importedDir(dir))).toEqual([`${laptop.id}.json`]);
    const reopened = (await open(dir)).store;
    expect(await reopened.learners()).toEqual([
      { profile: ana, source: { kind: 'imported', machineId: laptop.id, machineName: 'Trainer laptop' } },
    ]);
    expect((await collect(reopened.allAttempts()))[0]?.source).toEqual({
      kind: 'imported',
      machineId: laptop.id,
      machineName: 'Trainer laptop',
    });
  });

  it('takes a later version of an attempt and keeps attempts a newer file no longer lists', async () => {
    const { store } = await open();
    await store.import(asJson(monday));
    const finishedSecond = {
      ...second,
      status: 'passed' as const,
      updatedAt: '2025-03-04T09:00:00.000Z',
      completedAt: '2025-03-04T09:00:00.000Z',
      result: { score: 5, maxScore: 5, percent: 100, passMark: 70 },
    };
    const tuesday = recordsFile(laptop, '2025-03-04T18:00:00.000Z', [ana], [finishedSecond]);
    expect(await store.import(asJson(tuesday))).toMatchObject({ attemptsAdded: 0, attemptsUpdated: 1 });
    expect((await collect(store.allAttempts())).map((sourced) => sourced.attempt)).toEqual([first, finishedSecond]);
    expect(await store.import(asJson(monday))).toMatchObject({ attemptsUpdated: 0, duplicatesSkipped: 2 });
    expect((await collect(store.allAttempts()))[1]?.attempt.status).toBe('passed');
  });

  it('refuses a file this machine exported', async () => {
    const { store } = await open();
    const own = recordsFile({ id: THIS_MACHINE, name: 'Me' }, '2025-03-03T18:00:00.000Z', [ana], [first]);
    await expect(store.import(asJson(own), 'mine.json')).rejects.toMatchObject({
      code: 'invalid-argument',
      message: 'mine.json was exported from this machine; its records are already here.',
    });
  });

  it('refuses an invalid file and writes nothing', async () => {
    const { dir, store } = await open();
    await expect(store.import({ ...(asJson(monday) as object), attempts: 'none' })).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(readdir(importedDir(dir))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('skips a damaged machine file when reading, and sets it aside when importing again', async () => {
    const { dir, store } = await open();
    await store.import(asJson(monday));
    const path = join(importedDir(dir), `${laptop.id}.json`);
    await writeFile(path, '{"cut short');
    expect(await collect(store.allAttempts())).toEqual([]);
    expect(store.damagedFiles()).toEqual([path]);
    expect(await store.import(asJson(monday))).toMatchObject({ attemptsAdded: 2 });
    expect(store.damagedFiles()).toEqual([]);
    const names = await readdir(importedDir(dir));
    expect(names.filter((name) => name.includes('.corrupt-'))).toHaveLength(1);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ machine: laptop, attempts: [first, second] });
  });
});
