import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { createWorkspace, type AuthoringWorkspace } from '../workspace';

export const bundledCoursesDir = fileURLToPath(new URL('../../../courses', import.meta.url));
export const bundledCourse = join(bundledCoursesDir, 'service-with-purpose');

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh data folder (with an empty courses/ folder) and a clock pinned to 2025-03-04 05:06:07Z. */
export async function tempWorkspace(): Promise<AuthoringWorkspace> {
  const dataDir = await mkdtemp(join(tmpdir(), 'authoring-'));
  made.push(dataDir);
  await mkdir(join(dataDir, 'courses'));
  return createWorkspace({ dataDir, bundledCoursesDir, now: () => new Date('2025-03-04T05:06:07.000Z') });
}

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'authoring-out-'));
  made.push(dir);
  return dir;
}

/** Every path under `dir`, relative and sorted: what "nothing else changed" compares. */
export async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.map((entry) => relative(dir, join(entry.parentPath, entry.name))).sort();
}
