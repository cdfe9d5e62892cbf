// `npm start`: builds, then opens the desktop app, or the browser build where Electron is missing.
import { spawn } from 'node:child_process';
import { buildAll } from './build.mjs';
import { electronBinary } from './electron-binary.mjs';
import { serveBrowserBuild } from './serve.mjs';

const binary = electronBinary();
if (binary) {
  await buildAll();
  const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    [
      'The Electron binary is not installed, so the desktop window cannot open here. The electron package',
      'fetches its binary from outside the npm registry, which this machine cannot reach (or its install',
      'script was skipped). Where the internet is reachable, run "npm run electron:install" once to get it.',
      'Starting the browser build instead: open the address printed below in Chromium, Chrome, Edge or Firefox.',
      '',
    ].join('\n'),
  );
  await serveBrowserBuild(process.argv.slice(2));
}
