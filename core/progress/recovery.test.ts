import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNKNOWN_V1_MODULE_HASH } from './learner-doc-codec';
import { openProgressStore } from './progress-store';
import { FaultyFs } from '../storage/testing/faulty-fs';
import { answer, fireModule, learnerWithAttempt, V1_LEARNER_ID, v1Example } from './testing/fixtures';
import { useTempDirs } from '../storage/testing/temp-dir';

const tempDir = useTempDirs();
const TRUNCATED = '{"schemaVersion":2,"learner":{"id":';
const ZEROS = '\u0000'.repeat(64);
const damage: [string, string][] = [
  ['truncated', TRUNCATED],
  ['zero-filled', ZEROS],
  ['valid JSON that fails the schema', '{"schemaVersion":2,"learner":{"name":"x"},"attempts":"none"}'],
];

/** Two learners with answers saved twice, so each has a .bak holding the first answer only. */
async function twoLearners() {
  const dataDir = await tempDir();
  const dir = join(dataDir, 'learners');
  const store = await openProgressStore({ dataDir });
  const ana = await learnerWithAttempt(store, 'Ana');
  const bo = await learnerWithAttempt(store, 'Bo');
  for (const { ref } of [ana, bo]) {
    await store.recordAnswer({ ...ref, ...answer('q1') });
    await store.recordAnswer({ ...ref, ...answer('q2') });
  }
  return { dataDir, dir, ana: ana.learner, bo: bo.learner };
}

const answersOf = async (store: Awaited<ReturnType<typeof openProgressStore>>, learnerId: string) =>
  Object.keys((await store.getProgress(learnerId)).attempts[0]?.answers ?? {}).sort();

describe('a damaged learner file', () => {
  it.each(damage)('%s: set aside, restored from .bak, other learners untouched', async (_label, text) => {
    const { dataDir, dir, ana, bo } = await twoLearners();
    await writeFile(join(dir, `${ana.id}.json`), text);

    const store = await openProgressStore({ dataDir });
    expect(await answersOf(store, ana.id)).toEqual(['q1']);
    expect(await answersOf(store, bo.id)).toEqual(['q1', 'q2']);

    const notices = store.getNotices();
    expect(notices).toEqual([
      expect.objectContaining({
        learnerId: ana.id,
        kind: 'recovered-from-backup',
        message: expect.stringContaining("Ana's progress file was damaged"),
      }),
    ]);
    const movedTo = notices[0]?.movedTo ?? '';
    expect(movedTo).toMatch(new RegExp(`${ana.id}\\.corrupt-.+\\.json$`));
    expect(await readFile(movedTo, 'utf8')).toBe(text);
    // The restored copy was written back: a third start needs no second repair, and the notice stays until dismissed.
    const again = await openProgressStore({ dataDir });
    expect(await answersOf(again, ana.id)).toEqual(['q1']);
    expect(again.getNotices()).toEqual(notices);
  });

  it.each(damage)('%s with no usable .bak: set aside and started afresh, with the name kept', async (_label, text) => {
    const { dataDir, dir, ana, bo } = await twoLearners();
    await writeFile(join(dir, `${ana.id}.json`), text);
    await writeFile(join(dir, `${ana.id}.json.bak`), text.slice(0, 5));

    const store = await openProgressStore({ dataDir });
    const progress = await store.getProgress(ana.id);
    expect(progress).toMatchObject({ learner: { name: 'Ana' }, attempts: [] });
    expect(store.getNotices()).toEqual([expect.objectContaining({ learnerId: ana.id, kind: 'reset-after-corruption' })]);
    expect(await answersOf(store, bo.id)).toEqual(['q1', 'q2']);
    const setAside = (await readdir(dir)).filter((name) => name.includes('.corrupt-'));
    expect(setAside).toHaveLength(2); // the file and its backup, both kept
  });

  it('a learner file that went missing is restored from its .bak', async () => {
    const { dataDir, dir, ana } = await twoLearners();
    await rm(join(dir, `${ana.id}.json`));
    const store = await openProgressStore({ dataDir });
    expect(await answersOf(store, ana.id)).toEqual(['q1']);
    expect(store.getNotices()).toEqual([expect.objectContaining({ kind: 'recovered-from-backup', movedTo: null })]);
  });

  it('a learner file that went missing with the index is found again through its .bak', async () => {
    const { dataDir, dir, ana, bo } = await twoLearners();
    await rm(join(dir, `${ana.id}.json`));
    await rm(join(dir, 'index.json'));
    const store = await openProgressStore({ dataDir });
    expect(store.listLearners()).toEqual([ana, bo]);
    expect(await answersOf(store, ana.id)).toEqual(['q1']);
    expect(store.getNotices()).toEqual([expect.objectContaining({ learnerId: ana.id, kind: 'recovered-from-backup', movedTo: null })]);
  });

  it.each(damage)('%s, with the index lost: rebuilt from the .bak', async (_label, text) => {
    const { dataDir, dir, ana, bo } = await twoLearners();
    await writeFile(join(dir, `${ana.id}.json`), text);
    await rm(join(dir, 'index.json'));
    const store = await openProgressStore({ dataDir });
    expect(store.listLearners()).toEqual([ana, bo]);
    expect(await answersOf(store, ana.id)).toEqual(['q1']);
  });

  it('a file holding another learner’s record is not attached to this learner', async () => {
    const { dataDir, dir, ana, bo } = await twoLearners();
    await writeFile(join(dir, `${ana.id}.json`), await readFile(join(dir, `${bo.id}.json`), 'utf8'));
    const store = await openProgressStore({ dataDir });
    expect((await store.getProgress(ana.id)).learner.name).toBe('Ana');
    expect(store.getNotices()[0]?.kind).toBe('recovered-from-backup');
  });

  it('a file from a newer Course Studio is refused, not set aside', async () => {
    const { dataDir, dir, ana } = await twoLearners();
    const newer = JSON.stringify({ schemaVersion: 99, learner: {}, attempts: [] });
    await writeFile(join(dir, `${ana.id}.json`), newer);
    const store = await openProgressStore({ dataDir });
    await expect(store.getProgress(ana.id)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('newer version') });
    expect(await readFile(join(dir, `${ana.id}.json`), 'utf8')).toBe(newer);
  });
});

describe('the learners index', () => {
  it.each([
    ['damaged', (path: string) => writeFile(path, '{"schemaVersion":1,"learners":[{"id":')],
    ['wrong shape', (path: string) => writeFile(path, '{"learners":{}}')],
  ])('%s: rebuilt from the learner files, with a notice', async (_label, spoil) => {
    const { dataDir, dir, ana, bo } = await twoLearners();
    await spoil(join(dir, 'index.json'));
    const store = await openProgressStore({ dataDir });
    expect(store.listLearners()).toEqual([ana, bo]);
    expect(store.getNotices()).toEqual([
      expect.objectContaining({ learnerId: null, kind: 'index-rebuilt', movedTo: expect.stringContaining('index.corrupt-') }),
    ]);
    expect(JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')).learners).toHaveLength(2);
  });

  it('missing: rebuilt silently (a crash between saving a new learner and the index)', async () => {
    const { dataDir, dir, ana, bo } = await twoLearners();
    await rm(join(dir, 'index.json'));
    const store = await openProgressStore({ dataDir });
    expect(store.listLearners()).toEqual([ana, bo]);
    expect(store.getNotices()).toEqual([]);
  });
});

describe('repair notices', () => {
  it('stay across restarts until dismissed, and a dismissed one stays dismissed', async () => {
    const { dataDir, dir, ana, bo } = await twoLearners();
    await writeFile(join(dir, `${ana.id}.json`), TRUNCATED);
    await writeFile(join(dir, `${bo.id}.json`), ZEROS);
    const store = await openProgressStore({ dataDir });
    await store.getProgress(ana.id);
    await store.getProgress(bo.id);
    const [first, second] = store.getNotices();
    expect([first?.learnerId, second?.learnerId]).toEqual([ana.id, bo.id]);

    const reopened = await openProgressStore({ dataDir });
    expect(reopened.getNotices()).toEqual([first, second]);
    await reopened.dismissNotice(first?.id ?? '');
    expect(reopened.getNotices()).toEqual([second]);
    expect((await openProgressStore({ dataDir })).getNotices()).toEqual([second]);
  });

  it('are kept in memory when the disk refuses them, and written by the next flush', async () => {
    const { dataDir, dir, ana } = await twoLearners();
    await writeFile(join(dir, `${ana.id}.json`), TRUNCATED);
    const fs = new FaultyFs();
    const store = await openProgressStore({ dataDir, fs });
    fs.fail('sync', 'ENOSPC', { pathIncludes: 'notices' });
    await store.getProgress(ana.id);
    expect(store.getNotices()).toHaveLength(1);
    expect(store.hasUnsavedChanges()).toBe(true);
    fs.heal();
    await store.flush();
    expect((await openProgressStore({ dataDir })).getNotices()).toEqual(store.getNotices());
  });
});

describe('schema version 1', () => {
  it('is migrated on load, written back atomically, and the original kept', async () => {
    const dataDir = await tempDir();
    const dir = join(dataDir, 'learners');
    const store = await openProgressStore({ dataDir });
    await writeFile(join(dir, `${V1_LEARNER_ID}.json`), JSON.stringify(v1Example));

    const reopened = await openProgressStore({ dataDir });
    expect(reopened.listLearners()).toEqual([{ id: V1_LEARNER_ID, name: 'Ana Lima', createdAt: '2024-03-01T09:00:00.000Z' }]);
    const onDisk = JSON.parse(await readFile(join(dir, `${V1_LEARNER_ID}.json`), 'utf8'));
    expect(onDisk).toMatchObject({
      schemaVersion: 2,
      attempts: [{ moduleId: 'fire', moduleHash: UNKNOWN_V1_MODULE_HASH }, { moduleId: 'spill' }, { moduleId: 'exits' }],
    });
    const kept = (await readdir(dir)).filter((name) => name.startsWith(`${V1_LEARNER_ID}.v1-`));
    expect(kept).toHaveLength(1);
    expect(JSON.parse(await readFile(join(dir, kept[0] ?? ''), 'utf8'))).toEqual(v1Example);

    // The stale policy then applies: the answered v1 attempt is superseded, its answers kept.
    const opened = await reopened.startOrResumeAttempt({ learnerId: V1_LEARNER_ID, ...fireModule });
    expect(opened.outcome).toBe('superseded-and-started');
    expect(Object.keys(opened.superseded?.answers ?? {})).toEqual(['q1', 'q2']);
    expect(store.listLearners()).toEqual([]);
  });
});
