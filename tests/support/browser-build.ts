import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BrowserBuild {
  url: string;
  dataDir: string;
  /** Stops the server (the data folder stays, so a test can start it again on the same data). */
  stop(): Promise<void>;
}

/**
 * Starts the built browser build (`dist/server/serve.mjs`, as `npm run serve` does) on a free
 * 127.0.0.1 port, and resolves once it prints its address.
 *
 * The server's standard input is a pipe from this process and `--stop-with-parent` makes the server
 * stop when it closes. The kernel closes it when this worker ends however it ends (a timeout, an
 * interrupted run, SIGKILL), so no server outlives the test run even where no teardown code runs.
 */
export async function startBrowserBuild(dataDir: string): Promise<BrowserBuild> {
  const child = spawn(process.execPath, ['dist/server/serve.mjs', '--port', '0', '--data-dir', dataDir, '--stop-with-parent'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The browser build exited with code ${code} before starting:\n${output}`)));
  });
  return { url, dataDir, stop: () => stopChild(child) };
}

export async function makeDataDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'course-studio-e2e-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Stops a running browser build and starts it again on the same data folder (a new port). */
export async function restartBrowserBuild(app: BrowserBuild): Promise<BrowserBuild> {
  await app.stop();
  const again = await startBrowserBuild(app.dataDir);
  // The fixture stops whatever is running at the end of the test: point it at the new server.
  Object.assign(app, again);
  return again;
}
