import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors';
import { learnerFilePath, learnersDir } from './paths';
import { openProgressStore } from './progress-store';
import { learnerDocSchema } from './schema';
import { TestClock } from './testing/clock';
import { answer, fireModule, HASH_V1, learnerWithAttempt } from './testing/fixtures';
import { FaultyFs } from '../storage/testing/faulty-fs';
import { useTempDirs } from '../storage/testing/temp-dir';

const tempDir = useTempDirs();

async function onDisk(dataDir: string, learnerId: string) {
  return learnerDocSchema.parse(JSON.parse(await readFile(learnerFilePath(learnersDir(dataDir), learnerId), 'utf8')));
}

describe('store.update: one learner operation as a transaction', () => {
  it('saves once what the operation changed, and answers with its value', async () => {
    const dataDir = await tempDir();
    const fs = new FaultyFs();
    const store = await openProgressStore({ dataDir, fs });
    const { learner, ref } = await learnerWithAttempt(store);
    const writesBefore = fs.callsTo('createFile').length;
    const committed = await store.update(learner.id, (tx) => {
      tx.recordAnswer({ attemptId: ref.attemptId, ...answer('q1') });
      tx.recordPage({ attemptId: ref.attemptId, pageIndex: 2 });
      return 'done';
    });
    expect(committed).toEqual({ value: 'done', save: { saved: true } });
    expect(fs.callsTo('createFile').length - writesBefore).toBe(1);
    expect((await onDisk(dataDir, learner.id)).attempts[0]).toMatchObject({ pageIndex: 2, answers: { q1: { tries: 1 } } });
  });

  it('keeps nothing of an operation that refuses halfway, and writes nothing', async () => {
    const dataDir = await tempDir();
    const fs = new FaultyFs();
    const store = await openProgressStore({ dataDir, fs });
    const { learner, ref } = await learnerWithAttempt(store);
    const before = await store.getProgress(learner.id);
    const writesBefore = fs.callsTo('createFile').length;
    const refused = store.update(learner.id, (tx) => {
      tx.recordAnswer({ attemptId: ref.attemptId, ...answer('q1') });
      throw new ApiError('conflict', 'refused after the first change');
    });
    await expect(refused).rejects.toMatchObject({ code: 'conflict' });
    expect(await store.getProgress(learner.id)).toEqual(before);
    expect(fs.callsTo('createFile').length).toBe(writesBefore);
  });

  it('writes nothing when the operation only reads', async () => {
    const dataDir = await tempDir();
    const fs = new FaultyFs();
    const store = await openProgressStore({ dataDir, fs });
    const { learner } = await learnerWithAttempt(store);
    const writesBefore = fs.callsTo('createFile').length;
    const resumed = await store.update(learner.id, (tx) => tx.startOrResume(fireModule).outcome);
    expect(resumed).toEqual({ value: 'resumed', save: { saved: true } });
    expect(fs.callsTo('createFile').length).toBe(writesBefore);
  });

  it('validates the changes it makes like the store methods do', async () => {
    const store = await openProgressStore({ dataDir: await tempDir() });
    const { learner, ref } = await learnerWithAttempt(store);
    const tooHigh = store.update(learner.id, (tx) => tx.recordAnswer({ attemptId: ref.attemptId, ...answer('q1'), score: 2 }));
    await expect(tooHigh).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  it('reports a refused disk as not saved, keeps the change in memory, and writes it with the next save', async () => {
    const dataDir = await tempDir();
    const fs = new FaultyFs();
    const store = await openProgressStore({ dataDir, fs });
    const { learner, ref } = await learnerWithAttempt(store);
    fs.fail('rename', 'ENOSPC');
    const committed = await store.update(
      learner.id,
      (tx) => tx.recordAnswer({ attemptId: ref.attemptId, ...answer('q1') }).answers.q1?.tries,
    );
    expect(committed).toEqual({ value: 1, save: { saved: false, message: expect.stringMatching(/disk is full/) } });
    expect(store.hasUnsavedChanges()).toBe(true);
    expect((await onDisk(dataDir, learner.id)).attempts[0]?.answers).toEqual({});

    fs.heal();
    // Even an operation that changes nothing writes what is pending.
    expect((await store.update(learner.id, (tx) => tx.startOrResume(fireModule).outcome)).save).toEqual({ saved: true });
    expect(store.hasUnsavedChanges()).toBe(false);
    expect(Object.keys((await onDisk(dataDir, learner.id)).attempts[0]?.answers ?? {})).toEqual(['q1']);
  });

  it('refuses an asynchronous operation, whose later part would run outside the transaction', async () => {
    const store = await openProgressStore({ dataDir: await tempDir() });
    const { learner } = await learnerWithAttempt(store);
    await expect(store.update(learner.id, async () => 'late')).rejects.toThrow('must be synchronous');
  });
});

describe('active time', () => {
  it('adds no more than the wall-clock time since the last report', async () => {
    const clock = new TestClock();
    const store = await openProgressStore({ dataDir: await tempDir(), now: clock.now });
    const { ref } = await learnerWithAttempt(store);
    const day = 24 * 60 * 60 * 1000;
    clock.advance(5000);
    expect((await store.addDuration({ ...ref, ms: day })).durationMs).toBe(5000);
    expect((await store.addDuration({ ...ref, ms: day })).durationMs).toBe(5000);
    clock.advance(3000);
    expect((await store.addDuration({ ...ref, ms: 1000 })).durationMs).toBe(6000);
    clock.advance(1000);
    const finished = await store.finishAttempt({ ...ref, moduleHash: HASH_V1, score: 0, maxScore: 0, passMark: 0, ms: day });
    expect(finished.durationMs).toBe(7000);
  });
});
