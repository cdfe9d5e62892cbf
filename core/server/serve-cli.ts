import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { productName } from '../identity';
import { openCourseStudio, type CourseStudioHost } from '../service/course-studio';
import { startFailureMessage } from '../service/start-failure';
import { defaultDataDir } from '../workspace/data-dir';
import { startHttpHost, type HttpHost } from './http-server';

const usage = `Usage: npm run serve -- [--port <number>] [--data-dir <folder>] [--stop-with-parent]

  --port              port on 127.0.0.1 (default 5178; 0 picks a free one)
  --data-dir          where learners' progress and your courses are kept
                      (default: ${defaultDataDir({ platform: process.platform, home: homedir(), env: process.env })})
  --stop-with-parent  stop (saving what is waiting, as on Ctrl+C) when standard input closes:
                      a program that starts the server with a pipe as its input ends the
                      server by closing the pipe, and the pipe closes when that program ends,
                      even when it is killed`;

/** The browser build's entry: `npm run serve` runs this (bundled to dist/server/serve.mjs). */
async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const appRoot = findAppRoot(dirname(fileURLToPath(import.meta.url)));
  const rendererDir = join(appRoot, 'dist', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    fail(`The browser build has not been built yet (${rendererDir} is missing). Run "npm run build" first.`);
  }
  const bundledCoursesDir = join(appRoot, 'courses');
  let studio: CourseStudioHost;
  try {
    mkdirSync(options.dataDir, { recursive: true });
    studio = await openCourseStudio({ dataDir: options.dataDir, bundledCoursesDir, shell: 'browser' });
  } catch (error) {
    fail(startFailureMessage(error, options.dataDir), 1);
  }
  const host = await startHttpHost({
    dispatch: studio.dispatch,
    rendererDir,
    resolveFile: studio.resolveFile,
    port: options.port,
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE')
      fail(`Port ${options.port} is already in use. Pick another with --port, or --port 0 for any free one.`);
    fail(startFailureMessage(error, options.dataDir), 1);
  });

  console.log(`${productName} (browser build) is running at ${host.url}`);
  console.log(`Data folder: ${options.dataDir}`);
  console.log('Open the address in your browser. Press Ctrl+C to stop.');
  const stop = orderlyStop(host, studio);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (options.stopWithParent) stopWhenInputCloses(stop);
}

/**
 * Ctrl+C, SIGTERM or (with --stop-with-parent) the end of standard input: stop taking requests,
 * then write what is waiting (a save a full disk refused earlier), within a deadline, and say on
 * stderr what could not be saved before exiting with 1. A second request to stop while saving
 * does not cut the saving short; the deadline bounds it.
 */
function orderlyStop(host: HttpHost, studio: CourseStudioHost): () => void {
  let stopping = false;
  const stop = async () => {
    console.log('Stopping: saving what is waiting…');
    await host.close().catch(() => undefined);
    const report = await studio.flushBeforeExit();
    if (report.message) {
      console.error(report.message);
      process.exit(1);
    }
    console.log('Everything is saved. Stopped.');
    process.exit(0);
  };
  return () => {
    if (stopping) {
      console.log(`Still saving; ${productName} stops as soon as it is done.`);
      return;
    }
    stopping = true;
    void stop();
  };
}

/**
 * The parent holds the other end of our standard input. The kernel closes it when the parent ends
 * in any way, SIGKILL included, which no signal handler in the parent could promise: so a test
 * runner killed mid-test leaves no server behind. What arrives on the pipe is ignored.
 */
function stopWhenInputCloses(stop: () => void): void {
  process.stdin.on('data', () => undefined);
  process.stdin.once('end', stop);
  process.stdin.once('close', stop);
  process.stdin.once('error', stop);
}

function readOptions(argv: string[]): { port: number; dataDir: string; stopWithParent: boolean } {
  let values: { port?: string; 'data-dir'?: string; 'stop-with-parent'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'stop-with-parent': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const port = values.port === undefined ? 5178 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port must be a whole number from 0 to 65535, not "${values.port}".\n\n${usage}`);
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir({ platform: process.platform, home: homedir(), env: process.env }));
  return { port, dataDir, stopWithParent: values['stop-with-parent'] === true };
}

/** The folder holding our package.json, whether this runs from source or from dist/. */
function findAppRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'course-studio') return dir;
    if (dirname(dir) === dir) fail('Could not find the Course Studio folder (package.json) above this script.');
  }
}

/** Exit code 2 for a wrong command line, 1 when the app could not start. */
function fail(message: string, code: 1 | 2 = 2): never {
  console.error(message);
  process.exit(code);
}

await main();
