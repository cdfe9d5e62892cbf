import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, open, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProgressStore, type AttemptRecord, type LearnerDoc, type ProgressStore } from '../core/progress';
import { measure, reportRatio, type Benchmark } from './harness';

// Saving an answer must cost about one durable file write, whatever the number of learners on the machine.
const MODULES = 20;
const HASH = 'c'.repeat(64);

/** A finished attempt with five answers: the history each learner carries per module. */
function finishedAttempt(learnerId: string, module: number): AttemptRecord {
  const at = new Date(Date.UTC(2025, 0, 1 + module)).toISOString();
  const answers = Object.fromEntries(
    Array.from({ length: 5 }, (_, q) => [
      `q${q}`,
      { value: { type: 'single', choice: 'a' }, correct: true, score: 1, maxScore: 1, answeredAt: at, tries: 1 },
    ]),
  );
  return {
    id: randomUUID(),
    learnerId,
    courseId: 'safety',
    courseVersion: '1.0.0',
    moduleId: `module-${module}`,
    moduleHash: HASH,
    attempt: 1,
    startedAt: at,
    updatedAt: at,
    completedAt: at,
    durationMs: 600_000,
    status: 'passed',
    pageIndex: 4,
    answers,
    scenarioPaths: {},
    drawn: {},
    result: { score: 5, maxScore: 5, percent: 100, passMark: 80 },
  };
}

/** Writes the files directly (no store, no fsync): only the measured operations need to be durable. */
async function dataFolder(learners: number): Promise<{ dataDir: string; ids: string[] }> {
  const dataDir = await mkdtemp(join(tmpdir(), `course-studio-bench-${learners}-`));
  const dir = join(dataDir, 'learners');
  await mkdir(dir, { recursive: true });
  const profiles = Array.from({ length: learners }, (_, i) => ({
    id: randomUUID(),
    name: `Learner ${i}`,
    createdAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString(),
  }));
  for (let start = 0; start < learners; start += 200) {
    await Promise.all(
      profiles.slice(start, start + 200).map((learner) => {
        const doc: LearnerDoc = {
          schemaVersion: 2,
          learner,
          attempts: Array.from({ length: MODULES }, (_, m) => finishedAttempt(learner.id, m)),
        };
        return writeFile(join(dir, `${learner.id}.json`), JSON.stringify(doc));
      }),
    );
  }
  await writeFile(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 1, learners: profiles }));
  return { dataDir, ids: profiles.map((learner) => learner.id) };
}

/** The bare save the target is set against: the same bytes written to a temp file, fsynced and renamed. */
async function bareWrite(dir: string, text: string, options: { syncDir: boolean }): Promise<void> {
  const temp = join(dir, 'bare.json.tmp');
  const handle = await open(temp, 'w');
  await handle.writeFile(text, 'utf8');
  await handle.sync();
  await handle.close();
  await rename(temp, join(dir, 'bare.json'));
  // Without this the rename itself can be lost in a power cut; the store always does it, so it is shown as a second floor.
  if (options.syncDir) {
    const folder = await open(dir, 'r');
    await folder.sync();
    await folder.close();
  }
}

async function measureSave(store: ProgressStore, dataDir: string, learnerId: string) {
  const { attempt } = await store.startOrResumeAttempt({
    learnerId,
    courseId: 'safety',
    courseVersion: '1.0.0',
    moduleId: 'module-new',
    moduleHash: HASH,
    pageCount: 5,
  });
  let n = 0;
  const save = () =>
    store.recordAnswer({
      learnerId,
      attemptId: attempt.id,
      moduleHash: HASH,
      quizId: `q${n++ % 10}`,
      value: { type: 'single', choice: 'a' },
      correct: true,
      score: 1,
      maxScore: 1,
    });
  const text = JSON.stringify(await store.getProgress(learnerId));
  const options = { runs: 60, warmup: 5 };
  const dir = join(dataDir, 'learners');
  const bare = await measure(() => bareWrite(dir, text, { syncDir: false }), options);
  const durableFloor = await measure(() => bareWrite(dir, text, { syncDir: true }), options);
  const saved = await measure(save, options);
  return { bare, durableFloor, saved };
}

/** A cold open of a learner's progress, as for a course home: each run opens a learner not yet in memory. */
async function measureColdOpen(store: ProgressStore, ids: string[]) {
  let next = 0;
  return measure(() => store.getProgress(ids[next++] as string), { runs: 40, warmup: 5 });
}

const benchmark: Benchmark = {
  title: 'Progress store: one answer saved among many learners',
  async run() {
    const folders: string[] = [];
    try {
      const results = new Map<
        number,
        {
          save: Awaited<ReturnType<typeof measureSave>>;
          open: Awaited<ReturnType<typeof measure>>;
          startup: Awaited<ReturnType<typeof measure>>;
        }
      >();
      for (const learners of [50, 5_000]) {
        const started = performance.now();
        const { dataDir, ids } = await dataFolder(learners);
        folders.push(dataDir);
        console.log(`  generated ${learners} learners × ${MODULES} modules in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        const startup = await measure(() => openProgressStore({ dataDir }), { runs: 10, warmup: 2 });
        const store = await openProgressStore({ dataDir });
        const open = await measureColdOpen(store, ids.slice(1));
        const save = await measureSave(store, dataDir, ids[0] as string);
        results.set(learners, { save, open, startup });
      }
      const small = results.get(50);
      const large = results.get(5_000);
      if (!small || !large) return;
      reportRatio('save one answer, 5,000 learners, vs bare write+fsync+rename', large.save.saved, large.save.bare, 1.5);
      reportRatio('save one answer, 50 learners, vs bare write+fsync+rename', small.save.saved, small.save.bare, 1.5);
      reportRatio('save one answer, 5,000 learners, vs the same plus fsync of the folder', large.save.saved, large.save.durableFloor);
      reportRatio('save one answer, 50 learners, vs the same plus fsync of the folder', small.save.saved, small.save.durableFloor);
      reportRatio('save one answer: 5,000 learners vs 50', large.save.saved, small.save.saved, 1.5);
      reportRatio('open one learner’s progress (cold): 5,000 learners vs 50', large.open, small.open, 1.5);
      reportRatio('open the store (reads the index): 5,000 learners vs 50', large.startup, small.startup);
    } finally {
      await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
    }
  },
};
export default benchmark;
