import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AttemptRecord, LearnerProfile } from '../core/progress';
import { buildRecordRows, exportCsv, exportXapi, queryRecords, type RecordRow } from '../core/records';
import { measure, reportRatio, type Benchmark } from './harness';

// 100,000 records (one attempt each, 3 answers) exported to files, each against JSON.stringify + writeFile of the data it reads.
const RECORDS = 100_000;
const MODULES = 20;
const RUNS = { runs: 5, warmup: 1 };

function data(): { learners: LearnerProfile[]; attempts: AttemptRecord[] } {
  const learners = Array.from({ length: RECORDS / MODULES }, (_, i) => ({
    id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
    name: `Learner ${i}`,
    ...(i % 3 === 0 ? {} : { staffId: `S-${i}` }),
    createdAt: '2025-01-01T00:00:00.000Z',
  }));
  const attempts = Array.from({ length: RECORDS }, (_, i): AttemptRecord => {
    const learner = learners[Math.floor(i / MODULES)] as LearnerProfile;
    const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
    const passed = i % 4 !== 0;
    return {
      id: `10000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
      learnerId: learner.id,
      courseId: 'safety',
      courseVersion: '1.0.0',
      moduleId: `module-${i % MODULES}`,
      moduleHash: 'c'.repeat(64),
      attempt: 1,
      sessionId: `session-${i % 50}`,
      startedAt: at,
      updatedAt: at,
      completedAt: i % 10 === 0 ? null : at,
      durationMs: 600_000 + i,
      status: i % 10 === 0 ? 'in-progress' : passed ? 'passed' : 'failed',
      pageIndex: 4,
      answers: Object.fromEntries(
        ['q1', 'q2', 'q3'].map((q) => [
          q,
          { value: { type: 'single', choice: 'a' }, correct: passed, score: passed ? 1 : 0, maxScore: 1, answeredAt: at, tries: 1 },
        ]),
      ),
      scenarioPaths: {},
      drawn: {},
      result: i % 10 === 0 ? null : { score: passed ? 3 : 1, maxScore: 3, percent: passed ? 100 : 33.3, passMark: 70 },
    };
  });
  return { learners, attempts };
}

/** Peak growth of heap and RSS over the run, sampled every 5 ms (exports yield to the event loop between chunks). */
async function peakGrowth(run: () => Promise<unknown>): Promise<{ heap: number; rss: number }> {
  global.gc?.();
  const before = process.memoryUsage();
  let heap = 0;
  let rss = 0;
  const sample = () => {
    const now = process.memoryUsage();
    heap = Math.max(heap, now.heapUsed - before.heapUsed);
    rss = Math.max(rss, now.rss - before.rss);
  };
  const timer = setInterval(sample, 5);
  try {
    await run();
  } finally {
    clearInterval(timer);
    sample();
  }
  return { heap, rss };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const benchmark: Benchmark = {
  title: `Records: query and export ${RECORDS.toLocaleString('en')} records`,
  async run() {
    const { learners, attempts } = data();
    const started = performance.now();
    const rows: RecordRow[] = buildRecordRows(
      attempts.map((attempt) => ({ attempt, source: { kind: 'local' } as const })),
      learners,
      () => undefined,
    );
    console.log(`buildRecordRows: ${(performance.now() - started).toFixed(0)} ms for ${rows.length.toLocaleString('en')} rows`);

    const query = await measure(() =>
      queryRecords(rows, {
        filters: { statuses: ['passed', 'failed'], from: '2025-01-10T00:00:00.000Z' },
        sort: { key: 'learnerName', direction: 'desc' },
        limit: 100,
      }),
    );
    console.log(
      `queryRecords (status + date filter, sort by name, first page): median ${query.median.toFixed(1)} ms, p95 ${query.p95.toFixed(1)} ms (target well under 100 ms)`,
    );
    const byScore = await measure(() => queryRecords(rows, { sort: { key: 'scorePercent', direction: 'asc' } }));
    console.log(`queryRecords (no filter, sort all by score): median ${byScore.median.toFixed(1)} ms`);

    const dir = await mkdtemp(join(tmpdir(), 'course-studio-records-bench-'));
    try {
      const rowsBaseline = await measure(() => writeFile(join(dir, 'rows.json'), JSON.stringify(rows)), RUNS);
      const csv = await measure(() => exportCsv(rows, join(dir, 'records.csv')), RUNS);
      reportRatio('CSV export vs JSON.stringify(rows) + writeFile', csv, rowsBaseline, 2);

      const attemptsBaseline = await measure(() => writeFile(join(dir, 'attempts.json'), JSON.stringify(attempts)), RUNS);
      const xapi = await measure(() => exportXapi(rows, attempts, join(dir, 'statements.json')), RUNS);
      reportRatio('xAPI export (with answered) vs JSON.stringify(attempts) + writeFile', xapi, attemptsBaseline, 4);
      const xapiLean = await measure(() => exportXapi(rows, attempts, join(dir, 'statements-lean.json'), { includeAnswers: false }), RUNS);
      reportRatio('xAPI export (no answered) vs JSON.stringify(attempts) + writeFile', xapiLean, attemptsBaseline);

      for (const [name, run, file] of [
        ['JSON.stringify(attempts) + writeFile', () => writeFile(join(dir, 'attempts.json'), JSON.stringify(attempts)), 'attempts.json'],
        ['CSV export', () => exportCsv(rows, join(dir, 'records.csv')), 'records.csv'],
        ['xAPI export', () => exportXapi(rows, attempts, join(dir, 'statements.json')), 'statements.json'],
      ] as const) {
        const growth = await peakGrowth(run);
        const size = (await stat(join(dir, file))).size;
        console.log(`memory, ${name}: output ${mb(size)}, peak heap growth ${mb(growth.heap)}, peak RSS growth ${mb(growth.rss)}`);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
export default benchmark;
