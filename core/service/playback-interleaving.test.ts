import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, ModuleResults } from '../api/playback-types';
import { openProgressStore, type AttemptRecord } from '../progress';
import { nodeStorageFs, type StorageFs } from '../storage/storage-fs';
import { useTempDirs } from '../storage/testing/temp-dir';
import { findCourseFolders } from '../workspace/course-folders';
import { courseRoots } from '../workspace/course-roots';
import { createCourseCatalog } from './course-catalog';
import { createPlaybackService, type PlaybackService } from './playback-service';
import { settle, type Settled } from './testing/playback-setup';

/**
 * Several clients act for one learner at once, in orders fast-check picks: which call goes next,
 * and when each file read and each save's final rename completes. Whatever the order, every change a
 * client was told about is in the learner's file and in the results, and nothing else is.
 */

const tempDir = useTempDirs();

/** A StorageFs whose reads and renames wait for the fast-check scheduler while a gate is set. */
class GatedFs implements StorageFs {
  gate: ((label: string) => Promise<void>) | null = null;
  readonly #pass = (label: string) => this.gate?.(label) ?? Promise.resolve();
  readFile = async (path: string) => (await this.#pass('read'), nodeStorageFs.readFile(path));
  rename = async (from: string, to: string) => (await this.#pass('rename'), nodeStorageFs.rename(from, to));
  createFile = nodeStorageFs.createFile;
  link = nodeStorageFs.link;
  copyFile = nodeStorageFs.copyFile;
  unlink = nodeStorageFs.unlink;
  mkdirp = nodeStorageFs.mkdirp;
  readdir = nodeStorageFs.readdir;
  syncFile = nodeStorageFs.syncFile;
  syncDir = nodeStorageFs.syncDir;
}

const GRADED = ['first-call-order', 'open-question-term'];
const RIGHT_ORDER = ['greet', 'confirm-time', 'open-question', 'summarise', 'next-step'];
/** Answers clients send to the 'pitch' module: right, wrong, and some that do not fit (never to be stored). */
const answers: [string, Answer][] = [
  ['first-call-order', { type: 'order', order: RIGHT_ORDER }],
  ['first-call-order', { type: 'order', order: [...RIGHT_ORDER].reverse() }],
  ['first-call-order', { type: 'order', order: RIGHT_ORDER.slice(1) }],
  ['open-question-term', { type: 'text', text: 'open question' }],
  ['open-question-term', { type: 'text', text: 'closed question' }],
  ['open-question-term', { type: 'single', choice: 'open' }],
  ['own-style', { type: 'reflection', text: 'Amiable' }],
  ['own-style', { type: 'reflection', text: 'Driver' }],
  ['confidence', { type: 'reflection', value: 3 }],
  ['confidence', { type: 'reflection', value: 999 }],
];
const scenarioPaths = [['apologise'], ['policy'], ['apologise', 'offer'], ['apologise', 'blame']];

type Op =
  | { kind: 'open' }
  | { kind: 'page'; page: number; activeMs: number }
  | { kind: 'answer'; quizId: string; answer: Answer }
  | { kind: 'scenario'; path: string[] }
  | { kind: 'finish'; activeMs: number }
  | { kind: 'retake' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constant<Op>({ kind: 'open' }),
  fc.record({ kind: fc.constant('page' as const), page: fc.nat(5), activeMs: fc.nat(600_000) }),
  { arbitrary: fc.constantFrom(...answers).map(([quizId, answer]): Op => ({ kind: 'answer', quizId, answer })), weight: 4 },
  { arbitrary: fc.constantFrom(...scenarioPaths).map((path): Op => ({ kind: 'scenario', path })), weight: 2 },
  fc.record({ kind: fc.constant('finish' as const), activeMs: fc.nat(600_000) }),
  fc.constant<Op>({ kind: 'retake' }),
);

interface Done {
  op: Op;
  result: Settled<unknown>;
}

function run(playback: PlaybackService, target: { learnerId: string; courseId: string; moduleId: string }, step: Op): Promise<unknown> {
  switch (step.kind) {
    case 'open':
      return playback.openModule(target);
    case 'page':
      return playback.savePage({ ...target, page: step.page, activeMs: step.activeMs });
    case 'answer':
      return playback.submitAnswer({ ...target, quizId: step.quizId, answer: step.answer });
    case 'scenario':
      return playback.chooseScenario({ ...target, quizId: 'late-delivery', path: step.path });
    case 'finish':
      return playback.finishModule({ ...target, activeMs: step.activeMs });
    case 'retake':
      return playback.retakeModule(target);
  }
}

const key = (value: unknown) => JSON.stringify(value);
const sorted = (values: unknown[]) => values.map(key).sort();

/** Every invariant, as a list of what is wrong (empty when all hold). */
function problems(done: Done[], attempts: AttemptRecord[], context: { pageCount: number; elapsedMs: number }): string[] {
  const found: string[] = [];
  const acked = (kind: Op['kind']) => done.filter((call) => call.op.kind === kind && call.result.ok);
  for (const call of done) {
    if (!call.result.ok && !['conflict', 'bad-request', 'invalid-argument'].includes(call.result.error.code))
      found.push(`${key(call.op)} failed: ${call.result.error.message}`);
    const save = call.result.ok ? (call.result.value as { save?: { saved: boolean } }).save : undefined;
    if (save && !save.saved) found.push(`${key(call.op)} was not saved`);
  }

  // Attempts are numbered 1..n, and each one was reported to a client that opened or retook the module.
  const numbers = attempts.map((attempt) => attempt.attempt);
  if (key(numbers) !== key(numbers.map((_n, i) => i + 1))) found.push(`attempt numbers ${key(numbers)}`);
  const reported = new Set([1, ...[...acked('open'), ...acked('retake')].map((call) => attemptNumberOf(call.result))]);
  if (key([...reported].sort()) !== key(numbers)) found.push(`attempts reported ${key([...reported])}, stored ${key(numbers)}`);
  if (attempts.slice(0, -1).some((attempt) => attempt.status === 'in-progress')) found.push('an earlier attempt is still in progress');

  // Every acknowledged answer is stored exactly once, and nothing else is.
  for (const quizId of new Set(answers.map(([id]) => id))) {
    const given = acked('answer').flatMap((call) => (call.op.kind === 'answer' && call.op.quizId === quizId ? [call.op.answer] : []));
    const stored = attempts.flatMap((attempt) => (attempt.answers[quizId] ? [attempt.answers[quizId]] : []));
    const tries = stored.reduce((sum, record) => sum + record.tries, 0);
    if (tries !== given.length) found.push(`${quizId}: ${given.length} answers acknowledged, ${tries} stored`);
    if (GRADED.includes(quizId) && key(sorted(stored.map((record) => record.value))) !== key(sorted(given))) {
      found.push(`${quizId}: acknowledged ${key(given)}, stored ${key(stored.map((record) => record.value))}`);
    }
    for (const record of stored)
      if (!given.some((answer) => key(answer) === key(record.value)))
        found.push(`${quizId}: ${key(record.value)} stored, never acknowledged`);
  }

  // Scenario steps: the acknowledged paths are exactly the prefixes of the stored ones (no fork, no step lost).
  const chosen = acked('scenario').map((call) => (call.op.kind === 'scenario' ? call.op.path : []));
  const prefixes = attempts.flatMap((attempt) => {
    const path = attempt.scenarioPaths['late-delivery'] ?? [];
    return path.map((_id, i) => path.slice(0, i + 1));
  });
  if (key(sorted(chosen)) !== key(sorted(prefixes))) found.push(`scenario steps acknowledged ${key(chosen)}, stored ${key(prefixes)}`);

  // Each acknowledged finish closed one attempt, and its result counts every answer stored in it.
  const finishes = acked('finish').map((call) => (call.result.ok ? (call.result.value as { results: ModuleResults }).results : null));
  const finished = attempts.filter((attempt) => attempt.result !== null);
  if (key(finishes.map((results) => results?.attemptNumber).sort()) !== key(finished.map((attempt) => attempt.attempt))) {
    found.push(
      `finishes acknowledged for ${key(finishes.map((results) => results?.attemptNumber))}, stored for ${key(finished.map((attempt) => attempt.attempt))}`,
    );
  }
  for (const attempt of finished) {
    const scored = Object.entries(attempt.answers).filter(([quizId]) => GRADED.includes(quizId) || quizId === 'late-delivery');
    const sum = Math.round(scored.reduce((total, [, record]) => total + record.score, 0) * 100) / 100;
    const told = finishes.find((results) => results?.attemptNumber === attempt.attempt);
    if (attempt.result?.score !== sum || told?.score !== sum)
      found.push(`attempt ${attempt.attempt}: answers score ${sum}, stored result ${attempt.result?.score}, told ${told?.score}`);
  }

  // Pages come from acknowledged page saves; active time never exceeds the time that went by.
  const pages = new Set([0, ...acked('page').map((call) => (call.op.kind === 'page' ? Math.min(call.op.page, context.pageCount - 1) : 0))]);
  for (const attempt of attempts)
    if (!pages.has(attempt.pageIndex)) found.push(`attempt ${attempt.attempt} on page ${attempt.pageIndex}, never saved`);
  const active = attempts.reduce((sum, attempt) => sum + attempt.durationMs, 0);
  if (active > context.elapsedMs) found.push(`${active} ms active in ${context.elapsedMs} ms`);
  return found;
}

function attemptNumberOf(result: Settled<unknown>): number {
  if (!result.ok) return 0;
  const value = result.value as { attemptNumber?: number; state?: { attemptNumber: number } };
  return value.attemptNumber ?? value.state?.attemptNumber ?? 0;
}

describe('clients acting for one learner in any interleaving', () => {
  it('store every acknowledged change, in the file and in the results, and nothing unacknowledged', async () => {
    const root = await tempDir();
    const bundled = join(root, 'bundled');
    await cp('docs/example-course', join(bundled, 'example-course'), { recursive: true });
    let runs = 0;

    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(op, { minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 3 }),
        fc.boolean(),
        fc.scheduler(),
        async (clients, restart, s) => {
          const dataDir = join(root, `data-${runs++}`);
          const catalog = createCourseCatalog(() => findCourseFolders(courseRoots(dataDir, bundled)));
          const fs = new GatedFs();
          let store = await openProgressStore({ dataDir, fs });
          let playback = createPlaybackService(catalog, store);
          const learner = await store.addLearner({ name: 'Ana Lopez' });
          const target = { learnerId: learner.id, courseId: 'consultative-selling', moduleId: 'pitch' };
          const started = Date.now();
          const { pages } = (await playback.openModule(target)).module;
          if (restart) {
            // The racing calls are then the first to read the learner's file.
            await store.idle();
            store = await openProgressStore({ dataDir, fs });
            playback = createPlaybackService(catalog, store);
          }

          fs.gate = (label) => s.schedule(Promise.resolve(), label);
          const done: Done[] = [];
          const clientRuns = clients.map(async (steps) => {
            for (const step of steps) {
              await s.schedule(Promise.resolve(), step.kind);
              done.push({ op: step, result: await settle(run(playback, target, step)) });
            }
          });
          await s.waitFor(Promise.all(clientRuns));
          fs.gate = null;
          await store.idle();
          const elapsed = Date.now() - started;

          const inMemory = await store.getProgress(learner.id);
          const fromDisk = await (await openProgressStore({ dataDir })).getProgress(learner.id);
          const found = problems(done, fromDisk.attempts, { pageCount: pages.length, elapsedMs: elapsed });
          if (key(inMemory) !== key(fromDisk)) found.push('the file differs from what the app holds in memory');
          expect(found, `${s.report().length} scheduled steps`).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
