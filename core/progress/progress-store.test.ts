import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecordAnswerInput } from './inputs';
import { openProgressStore } from './progress-store';
import { learnerDocSchema } from './schema';
import { TestClock } from './testing/clock';
import { answer, fireModule, HASH_V1, HASH_V2, learnerWithAttempt } from './testing/fixtures';
import { FaultyFs } from '../storage/testing/faulty-fs';
import { useTempDirs } from '../storage/testing/temp-dir';

const tempDir = useTempDirs();
const DEE_ID = '0d1e2e3f-0000-4000-8000-000000000001';

/** Ids for learners in the order they are added, the first being Dee's; anything else gets a random id. */
function namedIds(): () => string {
  let first = true;
  return () => {
    if (!first) return randomUUID();
    first = false;
    return DEE_ID;
  };
}

async function onDisk(dataDir: string, learnerId: string) {
  return learnerDocSchema.parse(JSON.parse(await readFile(join(dataDir, 'learners', `${learnerId}.json`), 'utf8')));
}

describe('learners', () => {
  it.each([
    ['  Ana   Lima ', undefined, 'Ana Lima', undefined],
    ['Bo', ' S-0042 ', 'Bo', 'S-0042'],
    ['Chen', '   ', 'Chen', undefined],
  ])('adds %j (staff id %j) as %j', async (name, staffId, expectedName, expectedStaffId) => {
    const dataDir = await tempDir();
    const store = await openProgressStore({ dataDir });
    const learner = await store.addLearner({ name, ...(staffId !== undefined && { staffId }) });
    expect([learner.name, learner.staffId]).toEqual([expectedName, expectedStaffId]);
    expect(learner.id).toMatch(/^[0-9a-f-]{36}$/);
    const reopened = await openProgressStore({ dataDir });
    expect(reopened.listLearners()).toEqual([learner]);
    expect((await onDisk(dataDir, learner.id)).learner).toEqual(learner);
  });

  it.each([
    ['an empty name', { name: '   ' }, 'a learner needs a name'],
    ['a long name', { name: 'x'.repeat(101) }, 'at most 100 characters'],
    ['a long staff id', { name: 'Ana', staffId: 'x'.repeat(51) }, 'at most 50 characters'],
    ['an unknown field', { name: 'Ana', id: 'chosen' }, 'Unrecognized key'],
  ])('refuses %s', async (_label, input, message) => {
    const store = await openProgressStore({ dataDir: await tempDir() });
    await expect(store.addLearner(input)).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringContaining(message) });
    expect(store.listLearners()).toEqual([]);
  });

  it('gives two learners with the same name different ids', async () => {
    const store = await openProgressStore({ dataDir: await tempDir() });
    const [a, b] = await Promise.all([store.addLearner({ name: 'Sam' }), store.addLearner({ name: 'Sam' })]);
    expect(a.id).not.toBe(b.id);
    expect(
      store
        .listLearners()
        .map((learner) => learner.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
  });

  it.each([
    ['a path', '../../etc/passwd', 'invalid-argument'],
    ['an unknown id', '9b2f7c1e-0d4a-4f7e-8c11-2a6b5e3d9f00', 'not-found'],
  ])('refuses %s as a learner id', async (_label, learnerId, code) => {
    const store = await openProgressStore({ dataDir: await tempDir() });
    await expect(store.getProgress(learnerId)).rejects.toMatchObject({ code });
    expect(() => store.getLearner(learnerId)).toThrow(expect.objectContaining({ code }));
  });
});

describe('attempts', () => {
  it('survives a restart: the same page, answers, scenario path and time', async () => {
    const dataDir = await tempDir();
    const clock = new TestClock();
    const store = await openProgressStore({ dataDir, now: clock.now });
    const { learner, attempt, ref } = await learnerWithAttempt(store);
    await store.recordPage({ ...ref, pageIndex: 3 });
    await store.recordAnswer({ ...ref, ...answer('q1') });
    await store.recordScenarioStep({ ...ref, moduleHash: HASH_V1, quizId: 's1', choiceId: 'calm' });
    clock.advance(2000);
    await store.addDuration({ ...ref, ms: 1500 });

    const reopened = await openProgressStore({ dataDir });
    const resumed = await reopened.startOrResumeAttempt({ learnerId: learner.id, ...fireModule });
    expect(resumed.outcome).toBe('resumed');
    expect(resumed.attempt).toMatchObject({ id: attempt.id, pageIndex: 3, durationMs: 1500, scenarioPaths: { s1: ['calm'] } });
    expect(resumed.attempt.answers.q1).toMatchObject({ value: { type: 'single', choice: 'a' }, correct: true, tries: 1 });
  });

  it.each([
    ['a pass', 8, 10, 80, 'passed', 80],
    ['a fail', 2, 3, 70, 'failed', 66.67],
    ['a module with no graded questions', 0, 0, 80, 'completed', null],
  ])('finishes %s', async (_label, score, maxScore, passMark, status, percent) => {
    const clock = new TestClock();
    const store = await openProgressStore({ dataDir: await tempDir(), now: clock.now });
    const { ref } = await learnerWithAttempt(store);
    clock.advance(1000);
    const finished = await store.finishAttempt({ ...ref, moduleHash: HASH_V1, score, maxScore, passMark, ms: 100 });
    expect(finished).toMatchObject({ status, result: { score, maxScore, percent, passMark }, durationMs: 100 });
    expect(finished.completedAt).not.toBeNull();
  });

  it('keeps earlier attempts when the learner retakes a module', async () => {
    const dataDir = await tempDir();
    const store = await openProgressStore({ dataDir });
    const { learner, ref } = await learnerWithAttempt(store);
    await store.recordAnswer({ ...ref, ...answer('q1', false) });
    await store.finishAttempt({ ...ref, moduleHash: HASH_V1, score: 0, maxScore: 1, passMark: 50 });
    const retake = await store.startOrResumeAttempt({ learnerId: learner.id, ...fireModule, sessionId: 'room-2', drawn: { pool: ['q7'] } });
    expect(retake).toMatchObject({
      outcome: 'started',
      attempt: { attempt: 2, sessionId: 'room-2', drawn: { pool: ['q7'] }, answers: {} },
    });
    const attempts = (await onDisk(dataDir, learner.id)).attempts;
    expect(attempts.map((attempt) => [attempt.attempt, attempt.status])).toEqual([
      [1, 'failed'],
      [2, 'in-progress'],
    ]);
  });

  it.each([
    ['an answer to a finished attempt', 'finished', () => answer('q1'), 'conflict'],
    ['an answer graded on another version', 'open', () => ({ ...answer('q1'), moduleHash: HASH_V2 }), 'conflict'],
    ['a score above the maximum', 'open', () => ({ ...answer('q1'), score: 2 }), 'invalid-argument'],
    ['a value that is not JSON', 'open', () => ({ ...answer('q1'), value: () => 1 }), 'invalid-argument'],
  ])('refuses %s and changes nothing', async (_label, state, makeInput, code) => {
    const dataDir = await tempDir();
    const store = await openProgressStore({ dataDir });
    const { learner, ref } = await learnerWithAttempt(store);
    if (state === 'finished') await store.finishAttempt({ ...ref, moduleHash: HASH_V1, score: 0, maxScore: 0, passMark: 0 });
    const before = await store.getProgress(learner.id);
    // Inputs arrive over IPC/HTTP, so the store must refuse what its types would not allow.
    const input: unknown = { ...ref, ...makeInput() };
    await expect(store.recordAnswer(input as RecordAnswerInput)).rejects.toMatchObject({ code });
    expect(await store.getProgress(learner.id)).toEqual(before);
    expect(await onDisk(dataDir, learner.id)).toEqual(before);
  });

  it('counts tries when a question is answered again', async () => {
    const store = await openProgressStore({ dataDir: await tempDir() });
    const { ref } = await learnerWithAttempt(store);
    await store.recordAnswer({ ...ref, ...answer('q1', false) });
    const after = await store.recordAnswer({ ...ref, ...answer('q1', true) });
    expect(after.answers.q1).toMatchObject({ correct: true, score: 1, tries: 2 });
  });
});

describe('a module edited after attempts were made (stale policy)', () => {
  const v2 = { ...fireModule, moduleHash: HASH_V2, courseVersion: '1.1.0', pageCount: 2 };

  it('closes an answered attempt as superseded and starts a new one', async () => {
    const store = await openProgressStore({ dataDir: await tempDir() });
    const { learner, attempt, ref } = await learnerWithAttempt(store);
    await store.recordAnswer({ ...ref, ...answer('q1') });
    const result = await store.startOrResumeAttempt({ learnerId: learner.id, ...v2 });
    expect(result.outcome).toBe('superseded-and-started');
    expect(result.superseded).toMatchObject({ id: attempt.id, status: 'superseded', result: null, answers: { q1: { correct: true } } });
    expect(result.attempt).toMatchObject({ attempt: 2, moduleHash: HASH_V2, courseVersion: '1.1.0', answers: {} });
  });

  it('carries an attempt with no answers to the new version, keeping its page within the new length', async () => {
    const store = await openProgressStore({ dataDir: await tempDir() });
    const { learner, attempt, ref } = await learnerWithAttempt(store);
    await store.recordPage({ ...ref, pageIndex: 4 });
    const result = await store.startOrResumeAttempt({ learnerId: learner.id, ...v2, drawn: { pool: ['q9'] } });
    expect(result).toMatchObject({
      outcome: 'resumed-on-new-version',
      attempt: { id: attempt.id, moduleHash: HASH_V2, rebasedFrom: [HASH_V1], pageIndex: 1, drawn: { pool: ['q9'] } },
    });
  });

  it('keeps a finished score as it was earned', async () => {
    const store = await openProgressStore({ dataDir: await tempDir() });
    const { learner, ref } = await learnerWithAttempt(store);
    const passed = await store.finishAttempt({ ...ref, moduleHash: HASH_V1, score: 9, maxScore: 10, passMark: 80 });
    const current = await store.currentAttempt(learner.id, 'safety', 'fire');
    expect(current).toEqual(passed);
    expect(current).toMatchObject({ status: 'passed', moduleHash: HASH_V1, result: { percent: 90 } });
  });
});

describe('concurrent saves', () => {
  it('keeps all of 100 answers saved at once to one learner', async () => {
    const dataDir = await tempDir();
    const store = await openProgressStore({ dataDir });
    const { learner, ref } = await learnerWithAttempt(store);
    const quizIds = Array.from({ length: 100 }, (_, i) => `q${i}`);
    await Promise.all(quizIds.map((quizId) => store.recordAnswer({ ...ref, ...answer(quizId) })));
    const saved = (await onDisk(dataDir, learner.id)).attempts[0]?.answers ?? {};
    expect(Object.keys(saved).sort()).toEqual([...quizIds].sort());
  });

  it('keeps every answer when 20 learners save 10 answers each at once', async () => {
    const dataDir = await tempDir();
    const store = await openProgressStore({ dataDir });
    const learners = await Promise.all(Array.from({ length: 20 }, (_, i) => learnerWithAttempt(store, `Learner ${i}`)));
    await Promise.all(
      learners.flatMap(({ ref }) => Array.from({ length: 10 }, (_, i) => store.recordAnswer({ ...ref, ...answer(`q${i}`) }))),
    );
    const reopened = await openProgressStore({ dataDir });
    expect(reopened.listLearners()).toHaveLength(20);
    for (const { learner } of learners) {
      expect(Object.keys((await onDisk(dataDir, learner.id)).attempts[0]?.answers ?? {})).toHaveLength(10);
    }
    let exported = 0;
    for await (const attempt of reopened.allAttempts()) exported += Object.keys(attempt.answers).length;
    expect(exported).toBe(200);
  });
});

describe('a full or read-only data folder', () => {
  it.each(['ENOSPC', 'EROFS', 'EACCES', 'EPERM', 'EDQUOT'])(
    '%s: the save is refused as not-saved, kept in memory, and written by the next save',
    async (code) => {
      const dataDir = await tempDir();
      const fs = new FaultyFs();
      const store = await openProgressStore({ dataDir, fs });
      const { learner, ref } = await learnerWithAttempt(store);
      fs.fail('createFile', code);
      await expect(store.recordAnswer({ ...ref, ...answer('q1') })).rejects.toMatchObject({
        code: 'not-saved',
        message: expect.stringContaining("Ana Lima's progress could not be saved"),
      });
      expect((await store.getProgress(learner.id)).attempts[0]?.answers.q1).toBeDefined();
      expect((await onDisk(dataDir, learner.id)).attempts[0]?.answers).toEqual({});
      expect(store.hasUnsavedChanges()).toBe(true);

      fs.heal();
      await store.recordAnswer({ ...ref, ...answer('q2') });
      expect(Object.keys((await onDisk(dataDir, learner.id)).attempts[0]?.answers ?? {}).sort()).toEqual(['q1', 'q2']);
      expect(store.hasUnsavedChanges()).toBe(false);
    },
  );

  it('flush() writes what a failed save left in memory', async () => {
    const dataDir = await tempDir();
    const fs = new FaultyFs();
    const store = await openProgressStore({ dataDir, fs });
    const { learner, ref } = await learnerWithAttempt(store);
    fs.fail('sync', 'ENOSPC');
    await expect(store.recordAnswer({ ...ref, ...answer('q1') })).rejects.toMatchObject({ code: 'not-saved' });
    await expect(store.flush()).rejects.toMatchObject({ code: 'not-saved' });
    fs.heal();
    await store.flush();
    expect(store.hasUnsavedChanges()).toBe(false);
    expect(Object.keys((await onDisk(dataDir, learner.id)).attempts[0]?.answers ?? {})).toEqual(['q1']);
  });

  it.each([
    ['their own file', 'Dee.json'],
    ['the list of learners', 'index.json'],
  ])('a learner is listed only once stored: a disk that refuses %s leaves them out, now and after a restart', async (_label, refused) => {
    const dataDir = await tempDir();
    const fs = new FaultyFs();
    const store = await openProgressStore({ dataDir, fs, randomId: namedIds() });
    fs.fail('sync', 'ENOSPC', { pathIncludes: refused === 'Dee.json' ? DEE_ID : 'index.json' });
    await expect(store.addLearner({ name: 'Dee' })).rejects.toMatchObject({
      code: 'not-saved',
      message: 'Could not add Dee: the disk is full. Nothing was changed; add the learner again once that is fixed.',
    });
    expect(store.listLearners()).toEqual([]);
    expect(() => store.getLearner(DEE_ID)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(store.hasUnsavedChanges()).toBe(false);
    fs.heal();
    await store.flush();
    expect((await openProgressStore({ dataDir })).listLearners()).toEqual([]);
    expect(await store.addLearner({ name: 'Eve' })).toMatchObject({ name: 'Eve' });
  });

  it.skipIf(process.getuid?.() === 0)('really read-only folder (skipped as root, where chmod stops nothing)', async () => {
    const { chmod } = await import('node:fs/promises');
    const dataDir = await tempDir();
    const store = await openProgressStore({ dataDir });
    const { ref } = await learnerWithAttempt(store);
    await chmod(join(dataDir, 'learners'), 0o500);
    try {
      await expect(store.recordAnswer({ ...ref, ...answer('q1') })).rejects.toMatchObject({ code: 'not-saved' });
    } finally {
      await chmod(join(dataDir, 'learners'), 0o700);
    }
    await store.flush();
    expect(store.hasUnsavedChanges()).toBe(false);
  });
});
