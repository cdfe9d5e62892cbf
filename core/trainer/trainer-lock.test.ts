import { readFile, rm, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openProgressStore } from '../progress/progress-store';
import { FaultyFs } from '../storage/testing/faulty-fs';
import { useTempDirs } from '../storage/testing/temp-dir';
import { lockoutDelayMs } from './lockout-schedule';
import { DEFAULT_COST, type ScryptCost } from './passcode-hash';
import { openTrainerLock } from './trainer-lock';
import { lockoutFilePath, passcodeFilePath } from './trainer-files';

const tempDir = useTempDirs();
const PASSCODE = 'blue kettle 7';
const OTHER = 'green kettle 8';
const forbidden = (message: string) => expect.objectContaining({ code: 'forbidden', message: expect.stringContaining(message) });

/** The lowest cost a file may name, to keep these tests quick; passcode-hash.test.ts checks the default. */
const QUICK = { N: 2 ** 14, r: 8, p: 1 };

async function setUp(cost: ScryptCost = QUICK) {
  const dataDir = await tempDir();
  const clock = { now: Date.parse('2025-03-14T09:00:00Z') };
  const open = () => openTrainerLock({ dataDir, now: () => clock.now, cost });
  return { dataDir, clock, open };
}

describe('first run', () => {
  it('asks for a passcode, stores only its scrypt hash, and unlocks', async () => {
    const { dataDir, open } = await setUp(DEFAULT_COST);
    const lock = await open();
    expect(lock.status()).toEqual({ passcodeSet: false, lockedUntil: null });
    const token = await lock.setInitialPasscode(PASSCODE);
    lock.requireTrainer(token);
    const text = await readFile(passcodeFilePath(dataDir), 'utf8');
    expect(text).not.toContain('kettle');
    expect(JSON.parse(text)).toEqual({
      version: 1,
      algorithm: 'scrypt',
      N: 2 ** 15,
      r: 8,
      p: 1,
      salt: expect.any(String),
      hash: expect.any(String),
      setAt: '2025-03-14T09:00:00.000Z',
    });
    expect((await open()).status()).toEqual({ passcodeSet: true, lockedUntil: null });
  });

  it('refuses a second initial passcode, and a trivial one', async () => {
    const { open } = await setUp();
    const lock = await open();
    await expect(lock.setInitialPasscode('123456')).rejects.toMatchObject({ code: 'invalid-argument' });
    expect(lock.status().passcodeSet).toBe(false);
    await lock.setInitialPasscode(PASSCODE);
    await expect(lock.setInitialPasscode(OTHER)).rejects.toMatchObject({ code: 'conflict' });
    await expect(lock.unlock(OTHER)).rejects.toThrow(forbidden('not the trainer passcode'));
  });

  it('says the passcode was not saved when the disk refuses it, and stays unset', async () => {
    const dataDir = await tempDir();
    const fs = new FaultyFs();
    fs.fail('createFile', 'ENOSPC', { pathIncludes: 'passcode.json' });
    const lock = await openTrainerLock({ dataDir, fs });
    await expect(lock.setInitialPasscode(PASSCODE)).rejects.toMatchObject({
      code: 'not-saved',
      message: expect.stringContaining('the disk is full'),
    });
    expect(lock.status().passcodeSet).toBe(false);
  });

  it('refuses to unlock before a passcode is set', async () => {
    const { open } = await setUp();
    await expect((await open()).unlock(PASSCODE)).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('unlock and lock', () => {
  it('gives a new token for the right passcode; lock ends that token only', async () => {
    const { open } = await setUp();
    const lock = await open();
    const first = await lock.setInitialPasscode(PASSCODE);
    const second = await (await open()).unlock(PASSCODE); // another app start knows nothing of `first`
    const third = await lock.unlock(PASSCODE);
    expect(new Set([first, second, third]).size).toBe(3);
    lock.lock(first);
    expect(() => lock.requireTrainer(first)).toThrow(forbidden('This needs the trainer passcode.'));
    lock.requireTrainer(third);
    expect(() => lock.requireTrainer(second)).toThrow(forbidden('This needs the trainer passcode.'));
  });

  it('expires a token after 30 idle minutes, counting from its last use', async () => {
    const { clock, open } = await setUp();
    const lock = await open();
    const token = await lock.setInitialPasscode(PASSCODE);
    clock.now += 29 * 60_000;
    lock.requireTrainer(token);
    clock.now += 29 * 60_000;
    lock.requireTrainer(token);
    clock.now += 30 * 60_000;
    expect(() => lock.requireTrainer(token)).toThrow(forbidden('This needs the trainer passcode.'));
  });
});

describe('lockout', () => {
  it('follows the schedule, refuses without checking while locked, and a right passcode clears it', async () => {
    const { clock, open } = await setUp();
    const lock = await open();
    await lock.setInitialPasscode(PASSCODE);
    for (let i = 1; i <= 4; i++) await expect(lock.unlock(OTHER)).rejects.toThrow(forbidden('That is not the trainer passcode.'));
    expect(lock.status().lockedUntil).toBeNull();
    const schedule: Array<[number, string]> = [
      [30, 'Try again in 30 seconds.'],
      [60, 'Try again in 60 seconds.'],
      [120, 'Try again in 120 seconds.'],
      [240, 'Try again in 240 seconds.'],
      [480, 'Try again in 480 seconds.'],
      [900, 'Try again in 900 seconds.'],
      [900, 'Try again in 900 seconds.'],
    ];
    for (const [seconds, message] of schedule) {
      await expect(lock.unlock(OTHER)).rejects.toThrow(forbidden(`That is not the trainer passcode. Too many wrong passcodes. ${message}`));
      expect(lock.status().lockedUntil).toBe(clock.now + seconds * 1000);
      // While locked even the right passcode is refused, unchecked.
      clock.now += seconds * 1000 - 1000;
      await expect(lock.unlock(PASSCODE)).rejects.toThrow(forbidden('Too many wrong passcodes. Try again in 1 second.'));
      clock.now += 1000;
    }
    const token = await lock.unlock(PASSCODE);
    lock.requireTrainer(token);
    expect(lock.status().lockedUntil).toBeNull();
    for (let i = 1; i <= 4; i++) await expect(lock.unlock(OTHER)).rejects.toThrow(forbidden('That is not the trainer passcode.'));
    expect(lock.status().lockedUntil).toBeNull();
  });

  it('survives a restart', async () => {
    const { dataDir, clock, open } = await setUp();
    const lock = await open();
    await lock.setInitialPasscode(PASSCODE);
    for (let i = 1; i <= 6; i++) {
      await expect(lock.unlock(OTHER)).rejects.toThrow(forbidden('not the trainer passcode'));
      clock.now += lockoutDelayMs(i);
    }
    clock.now -= lockoutDelayMs(6);
    const reopened = await open();
    expect(reopened.status().lockedUntil).toBe(clock.now + 60_000);
    await expect(reopened.unlock(PASSCODE)).rejects.toThrow(forbidden('Try again in 60 seconds.'));
    expect(JSON.parse(await readFile(lockoutFilePath(dataDir), 'utf8'))).toEqual({
      version: 1,
      failures: 6,
      lockedUntil: clock.now + 60_000,
    });
    clock.now += 60_000;
    await expect(reopened.unlock(OTHER)).rejects.toThrow(forbidden('Try again in 120 seconds.'));
  });

  it('counts guesses made in parallel one by one', async () => {
    const { open } = await setUp();
    const lock = await open();
    await lock.setInitialPasscode(PASSCODE);
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => lock.unlock(OTHER)));
    const messages = results.map((result) => (result.status === 'rejected' ? (result.reason as Error).message : 'unlocked'));
    expect(messages.filter((message) => message.startsWith('That is not the trainer passcode.'))).toHaveLength(5);
    expect(messages.filter((message) => message.startsWith('Too many wrong passcodes.'))).toHaveLength(5);
  });

  it('treats a damaged lockout file as one guess short of a wait', async () => {
    const { dataDir, open } = await setUp();
    await (await open()).setInitialPasscode(PASSCODE);
    await writeFile(lockoutFilePath(dataDir), '{"version":1,"failures":');
    const lock = await open();
    expect(lock.status().lockedUntil).toBeNull();
    await expect(lock.unlock(OTHER)).rejects.toThrow(forbidden('Try again in 30 seconds.'));
  });
});

describe('changing the passcode', () => {
  it('needs a token and the current passcode, and signs out other trainers', async () => {
    const { open } = await setUp();
    const lock = await open();
    const token = await lock.setInitialPasscode(PASSCODE);
    const other = await lock.unlock(PASSCODE);
    await expect(lock.changePasscode('A'.repeat(43), PASSCODE, OTHER)).rejects.toThrow(forbidden('This needs the trainer passcode.'));
    await expect(lock.changePasscode(token, 'wrong passcode', OTHER)).rejects.toThrow(forbidden('The current passcode is not right.'));
    await expect(lock.changePasscode(token, PASSCODE, '111111')).rejects.toMatchObject({ code: 'invalid-argument' });
    await lock.changePasscode(token, PASSCODE, OTHER);
    lock.requireTrainer(token);
    expect(() => lock.requireTrainer(other)).toThrow(forbidden('This needs the trainer passcode.'));
    const reopened = await open();
    await expect(reopened.unlock(PASSCODE)).rejects.toThrow(forbidden('not the trainer passcode'));
    reopened.requireTrainer(await reopened.unlock(OTHER));
  });

  it('counts a wrong current passcode towards the lockout', async () => {
    const { open } = await setUp();
    const lock = await open();
    const token = await lock.setInitialPasscode(PASSCODE);
    for (let i = 1; i <= 5; i++) await lock.changePasscode(token, 'wrong passcode', OTHER).catch(() => undefined);
    await expect(lock.unlock(PASSCODE)).rejects.toThrow(forbidden('Try again in 30 seconds.'));
  });
});

describe('reset', () => {
  it('asks for a new passcode after passcode.json is deleted, forgets old lockouts, and leaves progress alone', async () => {
    const { dataDir, open } = await setUp();
    const progress = await openProgressStore({ dataDir });
    const learner = await progress.addLearner({ name: 'Ana Lima' });
    const lock = await open();
    await lock.setInitialPasscode(PASSCODE);
    for (let i = 1; i <= 5; i++) await lock.unlock(OTHER).catch(() => undefined);
    expect(lock.status().lockedUntil).not.toBeNull();

    await rm(passcodeFilePath(dataDir));
    const reset = await open();
    expect(reset.status()).toEqual({ passcodeSet: false, lockedUntil: null });
    reset.requireTrainer(await reset.setInitialPasscode(OTHER));
    reset.requireTrainer(await reset.unlock(OTHER));
    expect((await openProgressStore({ dataDir })).listLearners()).toEqual([learner]);
  });

  it.each([
    ['not JSON', 'not json'],
    ['the wrong shape', '{"version":1,"algorithm":"scrypt"}'],
    ['a cost that would exhaust memory', null],
  ])('stays shut when passcode.json is %s, even with a backup, and says how to reset', async (_label, damage) => {
    const { dataDir, open } = await setUp();
    const lock = await open();
    const token = await lock.setInitialPasscode(PASSCODE);
    await lock.changePasscode(token, PASSCODE, OTHER); // leaves the first passcode in passcode.json.bak
    const text = damage ?? JSON.stringify({ ...JSON.parse(await readFile(passcodeFilePath(dataDir), 'utf8')), N: 2 ** 30 });
    await writeFile(passcodeFilePath(dataDir), text);
    const damaged = await open();
    expect(damaged.status().passcodeSet).toBe(true);
    for (const attempt of [damaged.unlock(PASSCODE), damaged.unlock(OTHER), damaged.setInitialPasscode(OTHER)]) {
      await expect(attempt).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('docs/trainer-lock.md') });
    }
  });
});
