import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * electron-builder cannot download Electron on our machines, but it packages against any folder
 * that looks like an unpacked Electron. This packages the real build with a stand-in and checks
 * what the desktop app would ship.
 */
const run = promisify(execFile);
let work: string;
let entries: string[];

beforeAll(async () => {
  if (!existsSync('dist/electron/main.cjs') || !existsSync('dist/renderer/index.html')) {
    throw new Error('Run "npm run build" before this test: it packages the built app.');
  }
  work = await mkdtemp(join(tmpdir(), 'course-studio-package-'));
  const standIn = join(work, 'electron-dist');
  await mkdir(standIn);
  await writeFile(join(standIn, 'electron'), '#!/bin/sh\necho "stand-in for the Electron binary"\n');
  await chmod(join(standIn, 'electron'), 0o755);
  await run(
    process.execPath,
    [
      'node_modules/electron-builder/cli.js',
      '--config',
      'electron-builder.yml',
      '--linux',
      '--dir',
      `-c.electronDist=${standIn}`,
      '-c.npmRebuild=false',
      `-c.directories.output=${join(work, 'release')}`,
    ],
    { env: { ...process.env, ELECTRON_BUILDER_CACHE: join(work, 'cache') } },
  );
  entries = listPackage(join(work, 'release', 'linux-unpacked', 'resources', 'app.asar'), { isPack: false });
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packaged desktop app', () => {
  it('holds the built main, preload and renderer', () => {
    expect(entries).toEqual(
      expect.arrayContaining(['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html']),
    );
    expect(entries.some((entry) => /^\/dist\/renderer\/assets\/index-[\w-]+\.js$/.test(entry))).toBe(true);
  });

  it('holds the bundled courses', () => {
    expect(entries).toContain('/courses/service-with-purpose/course.yml');
    expect(entries.some((entry) => entry.startsWith('/courses/service-with-purpose/modules/') && entry.endsWith('.md'))).toBe(true);
  });

  it('ships nothing from tests/, no sources, no source maps and no node_modules', () => {
    const unwanted = entries.filter(
      (entry) =>
        ['/tests', '/core', '/renderer', '/electron', '/node_modules', '/scripts'].some(
          (prefix) => entry === prefix || entry.startsWith(`${prefix}/`),
        ) || entry.endsWith('.map'),
    );
    expect(unwanted).toEqual([]);
  });
});
