import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { learnerDocSchema } from '../progress/schema';
import { useTempDirs } from '../storage/testing/temp-dir';

/**
 * The browser build as a real process: the serve entry bundled as `npm run build` bundles it, in
 * an app folder of its own, stopped with real signals. Every wait is on the process (a line it
 * prints, its exit), never on time.
 */

const tempDir = useTempDirs();
let appRoot: string;
// A cap, not a wait: each test starts a real server, which takes seconds on a busy machine.
const timeout = 120_000;

beforeAll(async () => {
  appRoot = await mkdtemp(join(tmpdir(), 'course-studio-serve-'));
  await writeFile(join(appRoot, 'package.json'), JSON.stringify({ name: 'course-studio' }));
  await mkdir(join(appRoot, 'dist', 'renderer'), { recursive: true });
  await writeFile(join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Course Studio</title>');
  await cp('tests/fixtures/courses/playback-check', join(appRoot, 'courses', 'playback-check'), { recursive: true });
  // The same options as scripts/build.mjs uses for dist/server/serve.mjs.
  await build({
    entryPoints: ['core/server/serve-cli.ts'],
    outfile: join(appRoot, 'dist', 'server', 'serve.mjs'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
}, 60_000);

afterAll(async () => {
  await rm(appRoot, { recursive: true, force: true });
});

interface Served {
  url: string;
  /** Sends the signal and resolves with how the process ended. */
  stop(signal: NodeJS.Signals): Promise<Ended>;
  /** Closes the server's standard input. */
  closeInput(): void;
  /** How the process ended, once it has. */
  ended: Promise<Ended>;
}

interface Ended {
  code: number | null;
  stdout: string;
  stderr: string;
}

const serveScript = () => join(appRoot, 'dist', 'server', 'serve.mjs');

function spawnServe(dataDir: string, env: NodeJS.ProcessEnv = {}, extraArgs: string[] = []) {
  const child = spawn(process.execPath, [serveScript(), '--port', '0', '--data-dir', dataDir, ...extraArgs], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output.stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output.stderr += chunk));
  const ended = new Promise<Ended>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, ...output }));
  });
  return { child, output, ended };
}

/** Resolves once the server prints its address. */
async function startServe(dataDir: string, env: NodeJS.ProcessEnv = {}, extraArgs: string[] = []): Promise<Served> {
  const { child, output, ended } = spawnServe(dataDir, env, extraArgs);
  const url = await new Promise<string>((resolve, reject) => {
    const look = () => {
      const match = /is running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output.stdout);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', look);
    void ended.then(({ code, stderr }) => reject(new Error(`serve exited (${code}) before it started: ${stderr}`)));
  });
  return {
    url,
    stop: (signal) => {
      child.kill(signal);
      return ended;
    },
    closeInput: () => child.stdin.end(),
    ended,
  };
}

async function call<T>(served: Served, method: string, input: object): Promise<T> {
  const response = await fetch(`${served.url}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/**
 * A learner answers while their progress file cannot be written: a folder sits where the save's
 * temp file goes, which fails the save the way a broken disk does, whoever runs the test.
 */
async function answerWhileTheDiskRefuses(served: Served, dataDir: string) {
  const learner = await call<{ id: string }>(served, 'addLearner', { name: 'Ana Lopez' });
  const greeting = { learnerId: learner.id, courseId: 'playback-check', moduleId: 'greeting' };
  await call(served, 'openModule', greeting);
  const file = join(dataDir, 'learners', `${learner.id}.json`);
  const blocker = `${file}.tmp`;
  await mkdir(blocker);
  const { save } = await call<{ save: { saved: boolean } }>(served, 'submitAnswer', {
    ...greeting,
    quizId: 'greet-when',
    answer: { type: 'single', choice: 'at-once' },
  });
  expect(save.saved).toBe(false);
  return { file, fixTheDisk: () => rmdir(blocker) };
}

const answersIn = async (path: string) =>
  Object.keys(learnerDocSchema.parse(JSON.parse(await readFile(path, 'utf8'))).attempts[0]?.answers ?? {});

describe('stopping the browser build', { timeout }, () => {
  it('SIGTERM writes an answer the disk refused earlier, once the disk is fixed', async () => {
    const dataDir = await tempDir();
    const served = await startServe(dataDir);
    const { file, fixTheDisk } = await answerWhileTheDiskRefuses(served, dataDir);
    expect(await answersIn(file)).toEqual([]);
    await fixTheDisk();

    const ended = await served.stop('SIGTERM');
    expect(ended).toMatchObject({ code: 0, stderr: '' });
    expect(await answersIn(file)).toEqual(['greet-when']);
  });

  it('Ctrl+C with the disk still refusing says on stderr what was not saved and where a copy was kept, and exits with 1', async () => {
    const dataDir = await tempDir();
    const copies = await tempDir();
    const served = await startServe(dataDir, { TMPDIR: copies });
    const { file } = await answerWhileTheDiskRefuses(served, dataDir);

    const ended = await served.stop('SIGINT');
    expect(ended.code).toBe(1);
    const kept = /A copy was kept as (\S+)\.$/m.exec(ended.stderr)?.[1] ?? '';
    expect(ended.stderr).toContain(`Ana Lopez's progress, which belongs in ${file}.`);
    expect(kept.startsWith(copies)).toBe(true);
    expect(await answersIn(kept)).toEqual(['greet-when']);
  });
});

describe('--stop-with-parent', { timeout }, () => {
  it('stops in order when standard input closes, writing an answer the disk refused earlier', async () => {
    const dataDir = await tempDir();
    const served = await startServe(dataDir, {}, ['--stop-with-parent']);
    const { file, fixTheDisk } = await answerWhileTheDiskRefuses(served, dataDir);
    await fixTheDisk();

    served.closeInput();
    const ended = await served.ended;
    expect(ended).toMatchObject({ code: 0, stderr: '' });
    expect(ended.stdout).toContain('Everything is saved. Stopped.');
    expect(await answersIn(file)).toEqual(['greet-when']);
  });

  it('keeps serving while standard input stays open without the option', async () => {
    const dataDir = await tempDir();
    const served = await startServe(dataDir);
    served.closeInput();
    // A request answered after the close: without the option, a closed input is no request to stop.
    // (The server reads its input only with the option, so nothing is there to notice the close.)
    await call(served, 'addLearner', { name: 'After the close' });
    expect(await served.stop('SIGTERM')).toMatchObject({ code: 0, stderr: '' });
  });

  it('ends when the process that started it is killed with SIGKILL', async () => {
    const dataDir = await tempDir();
    // The parent starts the server the way the e2e fixture does (input as a pipe, the option on),
    // prints the server's pid once it is serving, and then waits to be killed.
    const parentSource = `
      const { spawn } = require('node:child_process');
      const child = spawn(process.execPath, process.argv.slice(1), { stdio: ['pipe', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes(' is running at ')) console.log('server ' + child.pid);
      });`;
    const parent = spawn(
      process.execPath,
      ['-e', parentSource, serveScript(), '--port', '0', '--data-dir', dataDir, '--stop-with-parent'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const serverPid = await new Promise<number>((resolve, reject) => {
      let out = '';
      parent.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        const match = /^server (\d+)$/m.exec(out);
        if (match?.[1]) resolve(Number(match[1]));
      });
      parent.once('exit', (code) => reject(new Error(`the parent exited (${code}) before the server started`)));
    });
    expect(isRunning(serverPid)).toBe(true);

    parent.kill('SIGKILL');
    expect(await pidGone(serverPid)).toBe(true);
  });
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the pid exists but belongs to someone else (it was reused); ours is gone either way.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ESRCH' || code === 'EPERM') return false;
    throw error;
  }
  return !isZombie(pid);
}

/** An orphan that has exited stays a zombie until init reaps it, and not every container's init does. */
function isZombie(pid: number): boolean {
  try {
    // /proc/<pid>/stat: "pid (command) state …"; the command may hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false; // no /proc (macOS, Windows): kill(pid, 0) alone decides
  }
}

/**
 * Resolves true once the process is gone, false if it is still there after `capMs`. The server is
 * not our child (its parent was killed), so there is no exit event to wait on: the pid's state is
 * polled, and the cap only bounds a failing test.
 */
async function pidGone(pid: number, capMs = 60_000): Promise<boolean> {
  const deadline = Date.now() + capMs;
  while (Date.now() < deadline) {
    if (!isRunning(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return !isRunning(pid);
}

describe('a browser build that cannot start', { timeout }, () => {
  it('says why in words, without a stack trace, and exits with 1', async () => {
    const dataDir = await tempDir();
    // A folder where the list of learners belongs: the store cannot read it, and must not guess.
    await mkdir(join(dataDir, 'learners', 'index.json'), { recursive: true });
    const { ended } = spawnServe(dataDir);
    const { code, stdout, stderr } = await ended;
    expect(code).toBe(1);
    expect(stdout).not.toContain('is running at');
    expect(stderr).toContain(
      'Course Studio could not start. A file in the data folder is not what it should be (a folder where a file belongs) (EISDIR',
    );
    expect(stderr).toContain(`Data folder: ${dataDir}`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
