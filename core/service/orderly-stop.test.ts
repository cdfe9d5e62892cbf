import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../api/dispatch';
import { openProgressStore } from '../progress';
import { answer, learnerWithAttempt } from '../progress/testing/fixtures';
import { FaultyFs } from '../storage/testing/faulty-fs';
import { useTempDirs } from '../storage/testing/temp-dir';
import { learnerDocSchema } from '../progress/schema';
import { openSessionsStore } from '../sessions';
import { createOrderlyStop, flushBeforeExit } from './orderly-stop';

const tempDir = useTempDirs();

/** A progress store and a sessions store over one data folder, both on the faulty file system. */
async function setUp() {
  const dataDir = await tempDir();
  const rescueParent = await tempDir();
  const fs = new FaultyFs();
  const progress = await openProgressStore({ dataDir, fs });
  const sessions = await openSessionsStore({ dataDir, fs });
  const { learner, ref } = await learnerWithAttempt(progress);
  const learnerFile = join(dataDir, 'learners', `${learner.id}.json`);
  const answersOnDisk = async (path = learnerFile) =>
    Object.keys(learnerDocSchema.parse(JSON.parse(await readFile(path, 'utf8'))).attempts[0]?.answers ?? {});
  return { dataDir, rescueParent, fs, progress, sessions, learner, ref, learnerFile, answersOnDisk };
}

describe('flushBeforeExit', () => {
  it('writes an answer a full disk refused, once the disk has room again, and reports nothing', async () => {
    const { rescueParent, fs, progress, sessions, ref, answersOnDisk } = await setUp();
    fs.fail('sync', 'ENOSPC');
    await expect(progress.recordAnswer({ ...ref, ...answer('q1') })).rejects.toMatchObject({ code: 'not-saved' });
    fs.heal();
    expect(await flushBeforeExit([progress, sessions], { rescueParent })).toEqual({ unsaved: [], message: null });
    expect(await answersOnDisk()).toEqual(['q1']);
    expect(await readdir(rescueParent)).toEqual([]);
  });

  it('says what could not be saved, where it belongs and where a copy was kept, when the disk is still full', async () => {
    const { rescueParent, fs, progress, sessions, ref, learnerFile, answersOnDisk } = await setUp();
    fs.fail('sync', 'ENOSPC');
    await expect(progress.recordAnswer({ ...ref, ...answer('q1') })).rejects.toMatchObject({ code: 'not-saved' });
    const report = await flushBeforeExit([progress, sessions], { rescueParent });
    expect(report.unsaved).toEqual([{ what: "Ana Lima's progress", file: learnerFile, keptAt: expect.stringContaining(rescueParent) }]);
    const keptAt = report.unsaved[0]?.keptAt ?? '';
    expect(await answersOnDisk(keptAt)).toEqual(['q1']);
    expect(report.message).toContain('stopped before it could save everything (the disk is full)');
    expect(report.message).toContain(`Ana Lima's progress, which belongs in ${learnerFile}. A copy was kept as ${keptAt}.`);
    expect(await answersOnDisk()).toEqual([]);
  });

  it('stops waiting for a disk that does not answer, and still keeps a copy', async () => {
    const { rescueParent, fs, progress, sessions, ref, learnerFile } = await setUp();
    const hung = fs.hold('sync', learnerFile);
    const saving = progress.recordAnswer({ ...ref, ...answer('q1') });
    await hung.reached;
    const report = await flushBeforeExit([progress, sessions], { rescueParent, deadlineMs: 50 });
    expect(report.unsaved).toEqual([expect.objectContaining({ file: learnerFile, keptAt: expect.any(String) })]);
    expect(report.message).toContain('saving did not finish within 50 ms');
    hung.release();
    await saving;
  });

  it('reports a repair notice the disk refused', async () => {
    const { dataDir, rescueParent, fs, progress, sessions } = await setUp();
    fs.fail('sync', 'ENOSPC', { pathIncludes: 'notices' });
    await progress.notify([{ learnerId: null, kind: 'index-rebuilt', movedTo: null, message: 'The list was rebuilt.' }]);
    const report = await flushBeforeExit([progress, sessions], { rescueParent });
    expect(report.unsaved).toEqual([
      expect.objectContaining({ what: 'The repair notices about learners’ files', file: join(dataDir, 'learners', 'notices.json') }),
    ]);
  });
});

describe('createOrderlyStop', () => {
  it('waits for calls already running, and refuses calls made after stopping began', async () => {
    let finish!: () => void;
    const log: string[] = [];
    const inner: Dispatch = async (method) => {
      if (method === 'slow') await new Promise<void>((resolve) => (finish = resolve));
      log.push(method);
      return { ok: true, value: method };
    };
    const stop = createOrderlyStop(inner, []);
    const slow = stop.dispatch('slow', {});
    const stopped = stop.flushBeforeExit();
    expect(await stop.dispatch('late', {})).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Course Studio is closing, so this was not done.' },
    });
    finish();
    expect(await stopped).toEqual({ unsaved: [], message: null });
    expect(await slow).toEqual({ ok: true, value: 'slow' });
    expect(log).toEqual(['slow']);
  });
});
