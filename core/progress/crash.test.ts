import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProgressStore } from './progress-store';
import { useTempDirs } from '../storage/testing/temp-dir';

const tempDir = useTempDirs();
const ROUNDS = 20;
// Caps for a failing run, not waits: on a busy machine (load 10+ on 2 cores) one round's start can
// take seconds, and 20 of them run in a row.
const ROUND_CAP_MS = 60_000;
const TEST_CAP_MS = 300_000;

// The writer is bundled once, so each of the 20 rounds starts plain `node` rather than transpiling
// the store's sources again through tsx: that start-up, not the saving, is what a loaded machine slows.
let bundleDir: string;
let writer: string;
beforeAll(async () => {
  bundleDir = await mkdtemp(join(tmpdir(), 'course-studio-crash-writer-'));
  writer = join(bundleDir, 'crash-writer.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./testing/crash-writer.ts', import.meta.url))],
    outfile: writer,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
}, 120_000);
afterAll(async () => {
  await rm(bundleDir, { recursive: true, force: true });
});

/** A small seeded generator, so a failure can be replayed with the same kill times. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * Runs the writer until it has acknowledged one save (the state waited on), lets it go on for `ms`
 * (the random crash point the test is about), then kills it. Returns its acknowledgements.
 */
function runAndKill(args: string[], ms: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => child.kill('SIGKILL'), ROUND_CAP_MS);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      timer ??= setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(giveUp);
      clearTimeout(timer);
      if (signal !== 'SIGKILL' || timer === undefined) reject(new Error(`the writer stopped on its own (${signal ?? 'exit'}): ${err}`));
      // Only whole lines count: a line cut by the kill was not fully acknowledged.
      else resolve(out.split('\n').slice(0, -1));
    });
  });
}

describe('killed with SIGKILL while saving', () => {
  it(
    `loses no acknowledged save over ${ROUNDS} kills`,
    async () => {
      const dataDir = await tempDir();
      const learner = await (await openProgressStore({ dataDir })).addLearner({ name: 'Crash test' });
      const next = random(20_250_101);
      const acknowledged: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        acknowledged.push(...(await runAndKill([dataDir, learner.id, String(round)], Math.floor(next() * 120))));
      }

      const store = await openProgressStore({ dataDir });
      const progress = await store.getProgress(learner.id);
      const saved = new Set(progress.attempts.flatMap((attempt) => Object.keys(attempt.answers)));
      const learners = new Set(store.listLearners().map((entry) => entry.id));
      const answers = acknowledged.filter((line) => line.startsWith('answer '));
      expect(answers.length).toBeGreaterThan(ROUNDS);
      expect(answers.filter((line) => !saved.has(line.slice('answer '.length)))).toEqual([]);
      expect(acknowledged.filter((line) => line.startsWith('learner ') && !learners.has(line.slice('learner '.length)))).toEqual([]);
      expect(progress.attempts).toHaveLength(1);
      expect(store.getNotices()).toEqual([]);

      const dir = join(dataDir, 'learners');
      const files = (await readdir(dir)).filter((name) => name.endsWith('.json') || name.endsWith('.bak'));
      expect(files.length).toBeGreaterThan(2);
      for (const name of files) {
        const text = await readFile(join(dir, name), 'utf8');
        expect(() => JSON.parse(text), name).not.toThrow();
      }
    },
    TEST_CAP_MS,
  );
});
