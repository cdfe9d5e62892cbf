// `npm run serve -- [--port N] [--data-dir DIR]`: builds, then runs the browser build on 127.0.0.1.
import { spawn } from 'node:child_process';
import { buildAll } from './build.mjs';

export async function serveBrowserBuild(args) {
  await buildAll();
  const child = spawn(process.execPath, ['dist/server/serve.mjs', ...args], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (import.meta.url === `file://${process.argv[1]}`) await serveBrowserBuild(process.argv.slice(2));
