import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProgressStore } from './progress-store';
import { FaultyFs, type FsCall } from '../storage/testing/faulty-fs';
import { useTempDirs } from '../storage/testing/temp-dir';

const tempDir = useTempDirs();
const BURST = 40;

const indexWrite = (call: FsCall) => call.op === 'createFile' && call.path.endsWith('index.json.tmp');
/** The rename that makes a new learner's own file durable; the index change comes right after. */
const learnerFileSaved = (call: FsCall) => call.op === 'rename' && /[0-9a-f-]{36}\.json\.tmp -> /.test(call.path);

/**
 * Opens a store whose first index write of a burst is held in flight until every learner of the
 * burst has its own file saved, so the rest of the burst arrives while that write is running.
 */
async function burstWhileIndexWrites(names: readonly string[], fs = new FaultyFs()) {
  const dataDir = await tempDir();
  const store = await openProgressStore({ dataDir, fs });
  const gate = fs.hold('sync', 'index.json.tmp');
  const before = fs.calls.filter(learnerFileSaved).length;
  const adds = names.map((name) => store.addLearner({ name }));
  await gate.reached;
  await fs.whenCalled(learnerFileSaved, before + names.length);
  gate.release();
  return { dataDir, store, fs, results: await Promise.allSettled(adds) };
}

const namesOf = (count: number) => Array.from({ length: count }, (_, i) => `Learner ${i}`);

describe('adding many learners at once (group commit of the index)', () => {
  it(`writes the index far fewer than ${BURST} times for ${BURST} learners, and keeps them all`, async () => {
    const fs = new FaultyFs();
    const { dataDir, store, results } = await burstWhileIndexWrites(namesOf(BURST), fs);
    expect(results.every((result) => result.status === 'fulfilled')).toBe(true);
    expect(fs.calls.filter(indexWrite).length).toBeLessThanOrEqual(BURST / 10);
    expect(store.listLearners()).toHaveLength(BURST);
    const reopened = await openProgressStore({ dataDir });
    expect(
      reopened
        .listLearners()
        .map((learner) => learner.name)
        .sort(),
    ).toEqual(namesOf(BURST).sort());
  });

  it('resolves each caller only once the index on disk holds its learner', async () => {
    const dataDir = await tempDir();
    const store = await openProgressStore({ dataDir });
    const indexPath = join(dataDir, 'learners', 'index.json');
    const onDiskWhenResolved = await Promise.all(
      namesOf(20).map((name) =>
        store
          .addLearner({ name })
          .then((learner) =>
            (JSON.parse(readFileSync(indexPath, 'utf8')) as { learners: { id: string }[] }).learners.some(
              (entry) => entry.id === learner.id,
            ),
          ),
      ),
    );
    expect(onDiskWhenResolved.every(Boolean)).toBe(true);
  });

  it('rejects every caller of a group whose write failed, lists none of them, and keeps the next group', async () => {
    const fs = new FaultyFs();
    // The first index write of the burst fails; the one after it succeeds.
    fs.fail('sync', 'ENOSPC', { pathIncludes: 'index.json.tmp', times: 1 });
    const { dataDir, store, results } = await burstWhileIndexWrites(namesOf(BURST), fs);
    const failed = results.flatMap((result, i) =>
      result.status === 'rejected' ? [{ name: `Learner ${i}`, reason: result.reason as unknown }] : [],
    );
    const added = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    expect(failed.length).toBeGreaterThan(0);
    expect(added.length).toBeGreaterThan(0);
    for (const { reason } of failed)
      expect(reason).toMatchObject({ code: 'not-saved', message: expect.stringContaining('the disk is full') });
    expect(
      store
        .listLearners()
        .map((learner) => learner.name)
        .sort(),
    ).toEqual(added.map((learner) => learner.name).sort());
    const reopened = await openProgressStore({ dataDir });
    expect(
      reopened
        .listLearners()
        .map((learner) => learner.id)
        .sort(),
    ).toEqual(added.map((learner) => learner.id).sort());
    // The refused learners' own files are gone too, so no later start brings them back.
    const files = await readdir(join(dataDir, 'learners'));
    expect(files.filter((name) => /^[0-9a-f-]{36}\.json$/.test(name))).toHaveLength(added.length);
  });
});
