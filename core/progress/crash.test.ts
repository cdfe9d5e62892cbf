import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openProgressStore } from './progress-store';
import { useTempDirs } from '../storage/testing/temp-dir';

const tempDir = useTempDirs();
const writer = fileURLToPath(new URL('./testing/crash-writer.ts', import.meta.url));
const ROUNDS = 20;

/** A small seeded generator, so a failure can be replayed with the same kill times. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Runs the writer until it has acknowledged one save, lets it go on for `ms`, then kills it. Returns its acknowledgements. */
function runAndKill(args: string[], ms: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 15_000);
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
  it(`loses no acknowledged save over ${ROUNDS} kills`, async () => {
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
  }, 60_000);
});
