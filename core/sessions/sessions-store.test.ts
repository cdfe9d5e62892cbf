import { randomUUID } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FaultyFs, type FsCall } from '../storage/testing/faulty-fs';
import { useTempDirs } from '../storage/testing/temp-dir';
import { sessionsDocSchema } from './session-schema';
import { sessionsDir, sessionsFilePath } from './sessions-file';
import { openSessionsStore } from './sessions-store';

const tempDir = useTempDirs();
const ANA = '3f0c8a52-6a55-4c57-9b87-0a3d1d2f8e11';
const BO = '9b2f7c1e-0d4a-4f7e-8c11-2a6b5e3d9f00';
const MISSING = '00000000-0000-4000-8000-000000000000';
const form = {
  name: 'Fire safety, group A',
  date: '2025-03-14',
  facilitator: 'Rosa Diaz',
  location: 'Room 2',
  courseId: 'safety',
  moduleIds: ['fire', 'spill'],
};

async function setUp(fs?: FaultyFs) {
  const dataDir = await tempDir();
  const clock = { now: Date.parse('2025-03-14T09:00:00Z') };
  const open = () => openSessionsStore({ dataDir, now: () => new Date(clock.now), ...(fs && { fs }) });
  return { dataDir, clock, open, store: await open() };
}

async function onDisk(dataDir: string) {
  return sessionsDocSchema.parse(JSON.parse(await readFile(sessionsFilePath(dataDir), 'utf8')));
}

describe('planning', () => {
  it('creates a planned session and keeps it across a restart', async () => {
    const { dataDir, open, store } = await setUp();
    const session = await store.create(form);
    expect(session).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      ...form,
      createdAt: '2025-03-14T09:00:00.000Z',
      status: 'planned',
      startedAt: null,
      endedAt: null,
      learnerIds: [],
    });
    expect((await open()).list()).toEqual([session]);
    expect((await onDisk(dataDir)).sessions).toEqual([session]);
  });

  it.each([
    ['an unknown id', MISSING, 'not-found'],
    ['a path', '../../secrets', 'invalid-argument'],
  ])('refuses %s', async (_label, id, code) => {
    const { store } = await setUp();
    expect(() => store.get(id)).toThrow(expect.objectContaining({ code }));
    await expect(store.start(id)).rejects.toMatchObject({ code });
  });

  it('changes course and modules only while planned; other details at any time', async () => {
    const { store } = await setUp();
    const { id } = await store.create(form);
    expect(await store.update(id, { moduleIds: ['fire'] })).toMatchObject({ moduleIds: ['fire'] });
    await store.start(id);
    await expect(store.update(id, { moduleIds: ['fire', 'spill'] })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('end it before changing'),
    });
    await expect(store.update(id, { courseId: 'other' })).rejects.toMatchObject({ code: 'conflict' });
    expect(await store.update(id, { location: 'Room 3', moduleIds: ['fire'] })).toMatchObject({ location: 'Room 3', status: 'running' });
    await store.end(id);
    await expect(store.update(id, { courseId: 'other' })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('as they were taught'),
    });
    expect(await store.update(id, { name: 'Group A (morning)' })).toMatchObject({ name: 'Group A (morning)' });
  });

  it('leaves a field given as undefined as it was', async () => {
    const { open, store } = await setUp();
    const { id } = await store.create(form);
    expect(await store.update(id, { name: undefined, location: 'Room 9' })).toMatchObject({ name: form.name, location: 'Room 9' });
    expect((await open()).get(id)).toMatchObject({ name: form.name, location: 'Room 9' });
  });
});

describe('classroom mode', () => {
  it('runs one session at a time, and a restart stays in classroom mode', async () => {
    const { dataDir, clock, open, store } = await setUp();
    const [a, b] = [await store.create(form), await store.create({ ...form, name: 'Group B' })];
    expect(store.active()).toBeNull();
    clock.now += 60_000;
    const started = await store.start(a.id);
    expect(started).toMatchObject({ status: 'running', startedAt: '2025-03-14T09:01:00.000Z' });
    expect(await store.start(a.id)).toEqual(started);
    await expect(store.start(b.id)).rejects.toMatchObject({
      code: 'conflict',
      message: "The session 'Fire safety, group A' is running on this computer. End it before starting another.",
    });

    const reopened = await open();
    expect(reopened.active()).toEqual(started);
    expect((await onDisk(dataDir)).activeSessionId).toBe(a.id);
    clock.now += 60_000;
    expect(await reopened.end(a.id)).toMatchObject({ status: 'ended', endedAt: '2025-03-14T09:02:00.000Z' });
    expect((await open()).active()).toBeNull();
    expect(await reopened.start(b.id)).toMatchObject({ status: 'running' });
  });

  it('starts a session only once, and ends only a running one', async () => {
    const { store } = await setUp();
    const { id } = await store.create(form);
    await expect(store.end(id)).rejects.toMatchObject({ code: 'conflict', message: 'This session has not started.' });
    await store.start(id);
    await store.end(id);
    await expect(store.end(id)).rejects.toMatchObject({ code: 'conflict', message: 'This session has already ended.' });
    await expect(store.start(id)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('has ended') });
  });

  it('starts just one of two sessions started at the same moment', async () => {
    const { store } = await setUp();
    const [a, b] = [await store.create(form), await store.create(form)];
    const results = await Promise.allSettled([store.start(a.id), store.start(b.id)]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(store.list().filter((session) => session.status === 'running')).toHaveLength(1);
  });

  it('records who joined, once each, only while running', async () => {
    const { open, store } = await setUp();
    const { id } = await store.create(form);
    await expect(store.join(id, ANA)).rejects.toMatchObject({
      code: 'conflict',
      message: 'Learners can join only a session that is running.',
    });
    await store.start(id);
    await store.join(id, BO);
    await store.join(id, ANA);
    expect(await store.join(id, BO)).toMatchObject({ learnerIds: [BO, ANA] });
    await expect(store.join(id, 'not-a-learner')).rejects.toMatchObject({ code: 'invalid-argument' });
    expect((await open()).get(id).learnerIds).toEqual([BO, ANA]);
  });

  it('undoes a change the disk refused, so classroom mode matches the disk', async () => {
    const fs = new FaultyFs();
    const { open, store } = await setUp(fs);
    const { id } = await store.create(form);
    fs.fail('createFile', 'ENOSPC', { pathIncludes: 'sessions.json', times: 1 });
    await expect(store.start(id)).rejects.toMatchObject({
      code: 'not-saved',
      message: 'Could not start the session: the disk is full. Nothing was changed; try again once that is fixed.',
    });
    expect(store.active()).toBeNull();
    expect((await open()).active()).toBeNull();
    expect(await store.start(id)).toMatchObject({ status: 'running' });
  });
});

describe('removing', () => {
  it('removes planned sessions and ended ones nobody joined, and keeps the rest', async () => {
    const { open, store } = await setUp();
    const [planned, empty, joined] = [await store.create(form), await store.create(form), await store.create(form)];
    await store.remove(planned.id);
    await store.start(empty.id);
    await expect(store.remove(empty.id)).rejects.toMatchObject({ code: 'conflict', message: 'End the session before removing it.' });
    await store.end(empty.id);
    await store.remove(empty.id);
    await store.start(joined.id);
    await store.join(joined.id, ANA);
    await store.end(joined.id);
    await expect(store.remove(joined.id)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('so it is kept') });
    expect((await open()).list().map((session) => session.id)).toEqual([joined.id]);
  });
});

describe('a damaged file', () => {
  it('is set aside and replaced by its backup', async () => {
    const { dataDir, open, store } = await setUp();
    const first = await store.create(form);
    await store.create({ ...form, name: 'Group B' }); // this write leaves the first list as the backup
    await writeFile(sessionsFilePath(dataDir), '{"schemaVersion":1,');
    const reopened = await open();
    expect(reopened.recovery).toEqual({ movedTo: expect.stringContaining('sessions.corrupt-'), restoredFrom: 'backup' });
    expect(reopened.list()).toEqual([first]);
    expect(await readFile(reopened.recovery?.movedTo ?? '', 'utf8')).toBe('{"schemaVersion":1,');
    expect(reopened.getNotices()).toEqual([
      expect.objectContaining({
        kind: 'sessions-recovered-from-backup',
        movedTo: reopened.recovery?.movedTo,
        message: expect.stringContaining('restored the copy saved just before the last change'),
      }),
    ]);
  });

  it('with no backup: set aside, an empty list, and a notice that stays until dismissed', async () => {
    const { dataDir, open, store } = await setUp();
    await store.create(form); // the first write: there is no backup yet
    await writeFile(sessionsFilePath(dataDir), 'garbage');
    const reopened = await open();
    expect(reopened.list()).toEqual([]);
    const notices = reopened.getNotices();
    expect(notices).toEqual([
      expect.objectContaining({
        kind: 'sessions-reset-after-corruption',
        learnerId: null,
        movedTo: expect.stringContaining('sessions.corrupt-'),
        message: expect.stringContaining('kept as sessions.corrupt-'),
      }),
    ]);
    expect(await readFile(notices[0]?.movedTo ?? '', 'utf8')).toBe('garbage');

    const again = await open();
    expect(again.getNotices()).toEqual(notices);
    await again.dismissNotice(notices[0]?.id ?? '');
    expect((await open()).getNotices()).toEqual([]);
  });

  it('a damaged backup is set aside too, not overwritten', async () => {
    const { dataDir, open, store } = await setUp();
    await store.create(form);
    await writeFile(sessionsFilePath(dataDir), 'garbage');
    await writeFile(`${sessionsFilePath(dataDir)}.bak`, 'garbage backup');
    const reopened = await open();
    expect(reopened.getNotices()[0]).toMatchObject({ kind: 'sessions-reset-after-corruption' });
    await reopened.create(form);
    await reopened.create(form);
    const kept = (await readdir(sessionsDir(dataDir))).filter((name) => name.startsWith('sessions.bak.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(sessionsDir(dataDir), kept[0] ?? ''), 'utf8')).toBe('garbage backup');
  });

  it('ends a second running session left by a hand edit, keeping the active one', async () => {
    const { dataDir, open, store } = await setUp();
    const [a, b] = [await store.create(form), await store.create(form)];
    await store.start(a.id);
    const doc = await onDisk(dataDir);
    const edited = {
      ...doc,
      sessions: doc.sessions.map((session) =>
        session.id === b.id ? { ...session, status: 'running', startedAt: session.createdAt } : session,
      ),
    };
    await writeFile(sessionsFilePath(dataDir), JSON.stringify(edited));
    const reopened = await open();
    expect(reopened.active()?.id).toBe(a.id);
    expect(reopened.get(b.id)).toMatchObject({ status: 'ended', endedAt: expect.any(String) });
  });
});

describe('many learners joining at once (group commit)', () => {
  const BURST = 40;
  const sessionsWrite = (call: FsCall) => call.op === 'createFile' && call.path.endsWith('sessions.json.tmp');

  /** Holds the first write of the burst in flight until every join has been asked for. */
  async function burstOfJoins(fs: FaultyFs, beforeJoins = () => {}) {
    const { dataDir, open, store } = await setUp(fs);
    const { id } = await store.create(form);
    await store.start(id);
    beforeJoins();
    const learners = Array.from({ length: BURST }, () => randomUUID());
    const writesBefore = fs.calls.filter(sessionsWrite).length;
    const gate = fs.hold('sync', 'sessions.json.tmp');
    const joins = learners.map((learner) => store.join(id, learner));
    await gate.reached;
    gate.release();
    const results = await Promise.allSettled(joins);
    return { dataDir, open, store, id, learners, results, writes: fs.calls.filter(sessionsWrite).length - writesBefore };
  }

  it(`writes the file far fewer than ${BURST} times for ${BURST} joins, and keeps every one`, async () => {
    const { open, id, learners, results, writes } = await burstOfJoins(new FaultyFs());
    expect(results.every((result) => result.status === 'fulfilled')).toBe(true);
    expect(writes).toBeLessThanOrEqual(BURST / 10);
    expect((await open()).get(id).learnerIds).toEqual(learners);
  });

  it('rejects every join of a group whose write failed, and keeps none of them', async () => {
    const fs = new FaultyFs();
    const { open, store, id, learners, results } = await burstOfJoins(fs, () =>
      fs.fail('sync', 'ENOSPC', { pathIncludes: 'sessions.json.tmp', times: 2 }),
    );
    const joined = learners.filter((_learner, i) => results[i]?.status === 'fulfilled');
    const refused = results.filter((result) => result.status === 'rejected');
    // However the joins were grouped, both writes that carried them failed.
    expect(joined).toEqual([]);
    for (const result of refused)
      expect(result.reason).toMatchObject({
        code: 'not-saved',
        message: expect.stringContaining('Could not join the session: the disk is full'),
      });
    expect(store.get(id).learnerIds).toEqual([]);
    expect((await open()).get(id).learnerIds).toEqual([]);
  });
});
