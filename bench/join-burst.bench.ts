import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Dispatch } from '../core/api/dispatch';
import { writeFileAtomic } from '../core/storage/atomic-write';
import { KeyedQueue } from '../core/storage/keyed-queue';
import type { LearnerProfile } from '../core/progress/schema';
import type { Session, SessionsDoc } from '../core/sessions/session-schema';
import { openCourseStudio } from '../core/service/course-studio';
import { percentile, type Benchmark } from './harness';

// A class arriving at once: 100 learners within one second, each adding themselves and joining the
// running session. Every call resolves only once its change is durable; the group commit shares
// one write of the index (and of the sessions file) among the calls that arrive while a write runs.
// The baseline does the same work with one fsynced rewrite per call, as the store did before.
const ARRIVALS = 100;
const WINDOW_MS = 1_000;
const TARGET_P95_MS = 500;
const ROUNDS = 2;
const EXISTING_LEARNERS = 300;
const EXISTING_SESSIONS = 50;

interface Latencies {
  addLearner: number[];
  joinClassroom: number[];
}

/** One learner's way in: add themselves, then join the running session. */
type Arrive = (name: string) => Promise<{ added: number; joined: number }>;

/** A data folder with learners and past sessions already in it, and one session running. */
async function dataFolder(): Promise<{ dataDir: string; index: LearnerProfile[]; sessions: SessionsDoc }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'course-studio-join-burst-'));
  await mkdir(join(dataDir, 'learners'), { recursive: true });
  await mkdir(join(dataDir, 'sessions'), { recursive: true });
  const createdAt = '2025-01-01T09:00:00.000Z';
  const index = Array.from({ length: EXISTING_LEARNERS }, (_, i) => ({ id: randomUUID(), name: `Learner ${i}`, createdAt }));
  const session = (status: Session['status']): Session => ({
    id: randomUUID(),
    name: 'Fire safety',
    date: '2025-01-01',
    facilitator: 'Rosa Diaz',
    location: 'Room 2',
    courseId: 'safety',
    moduleIds: ['fire'],
    createdAt,
    status,
    startedAt: createdAt,
    endedAt: status === 'ended' ? createdAt : null,
    learnerIds: status === 'ended' ? index.slice(0, 20).map((learner) => learner.id) : [],
  });
  const past = Array.from({ length: EXISTING_SESSIONS }, () => session('ended'));
  const running = session('running');
  const sessions: SessionsDoc = { schemaVersion: 1, activeSessionId: running.id, sessions: [...past, running] };
  await writeFile(join(dataDir, 'learners', 'index.json'), JSON.stringify({ schemaVersion: 1, learners: index }));
  await writeFile(join(dataDir, 'sessions', 'sessions.json'), JSON.stringify(sessions));
  return { dataDir, index, sessions };
}

/** The app as it is: the API's dispatch over the real stores. */
async function groupCommit(dataDir: string): Promise<Arrive> {
  const studio = await openCourseStudio({ dataDir, bundledCoursesDir: join(dataDir, 'no-courses'), shell: 'browser', logError: () => {} });
  const call = async (dispatch: Dispatch, method: string, input: object) => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  return async (name) => {
    const started = performance.now();
    const learner = (await call(studio.dispatch, 'addLearner', { name })) as { id: string };
    const added = performance.now();
    await call(studio.dispatch, 'joinClassroom', { learnerId: learner.id });
    return { added: added - started, joined: performance.now() - added };
  };
}

/** The same files and the same durable writes, but each call rewrites the index or the sessions file on its own, one after another. */
function oneWritePerCall(dataDir: string, index: LearnerProfile[], sessions: SessionsDoc): Arrive {
  const queue = new KeyedQueue();
  const learners = [...index];
  const doc = structuredClone(sessions);
  const running = doc.sessions.find((session) => session.id === doc.activeSessionId);
  if (!running) throw new Error('no running session');
  return async (name) => {
    const started = performance.now();
    const profile = { id: randomUUID(), name, createdAt: new Date().toISOString() };
    await writeFileAtomic(
      join(dataDir, 'learners', `${profile.id}.json`),
      JSON.stringify({ schemaVersion: 2, learner: profile, attempts: [] }),
    );
    await queue.run('index', async () => {
      learners.push(profile);
      await writeFileAtomic(join(dataDir, 'learners', 'index.json'), JSON.stringify({ schemaVersion: 1, learners }), {
        backupPath: join(dataDir, 'learners', 'index.json.bak'),
      });
    });
    const added = performance.now();
    await queue.run('sessions', async () => {
      running.learnerIds.push(profile.id);
      await writeFileAtomic(join(dataDir, 'sessions', 'sessions.json'), JSON.stringify(doc), {
        backupPath: join(dataDir, 'sessions', 'sessions.json.bak'),
      });
    });
    return { added: added - started, joined: performance.now() - added };
  };
}

/** ARRIVALS learners, evenly spread over WINDOW_MS; each call's time from its own arrival. */
async function burst(arrive: Arrive, into: Latencies): Promise<void> {
  const start = performance.now();
  await Promise.all(
    Array.from({ length: ARRIVALS }, async (_, i) => {
      await sleep(Math.max(0, start + (i * WINDOW_MS) / ARRIVALS - performance.now()));
      const { added, joined } = await arrive(`Arrival ${i}`);
      into.addLearner.push(added);
      into.joinClassroom.push(joined);
    }),
  );
}

function report(name: string, measured: number[], baseline: number[]): void {
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const [m, b] = [sorted(measured), sorted(baseline)];
  const p50 = percentile(m, 0.5);
  const p95 = percentile(m, 0.95);
  const verdict = p95 <= TARGET_P95_MS ? 'met' : 'MISSED';
  console.log(
    `join burst (${ARRIVALS} arrivals in ${WINDOW_MS / 1000} s), ${name}: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms  (target p95 ≤ ${TARGET_P95_MS} ms: ${verdict})` +
      `  [one write per call: p50 ${percentile(b, 0.5).toFixed(0)} ms, p95 ${percentile(b, 0.95).toFixed(0)} ms; p95 ratio ${(p95 / percentile(b, 0.95)).toFixed(2)}×, ${m.length} calls each]`,
  );
}

const benchmark: Benchmark = {
  title: `Classroom arrival: ${ARRIVALS} learners add themselves and join within ${WINDOW_MS / 1000} s`,
  async run() {
    const grouped: Latencies = { addLearner: [], joinClassroom: [] };
    const perCall: Latencies = { addLearner: [], joinClassroom: [] };
    const folders: string[] = [];
    try {
      // A B A B: both see the same machine state over the run.
      for (let round = 0; round < ROUNDS; round++) {
        const a = await dataFolder();
        folders.push(a.dataDir);
        await burst(await groupCommit(a.dataDir), grouped);
        const b = await dataFolder();
        folders.push(b.dataDir);
        await burst(oneWritePerCall(b.dataDir, b.index, b.sessions), perCall);
      }
      report('addLearner', grouped.addLearner, perCall.addLearner);
      report('joinClassroom', grouped.joinClassroom, perCall.joinClassroom);
    } finally {
      await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
    }
  },
};
export default benchmark;
