import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDownloads } from './downloads';
import { nameProblem } from './safe-name';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('download file names', () => {
  it.each([
    'records.csv',
    '../../../evil.csv',
    'certificate-ana-../../x.pdf',
    `certificate-${'x'.repeat(300)}-course.pdf`,
    'bad\0name.zip',
    'con.coursepack.zip',
    'a:b?.json',
  ])('%j is written inside the exports folder under a safe name', async (fileName) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'downloads-'));
    dirs.push(dataDir);
    const path = await createDownloads(dataDir).pathFor(fileName);
    expect(dirname(path)).toBe(join(dataDir, 'exports'));
    expect(nameProblem(basename(path))).toBeNull();
    await writeFile(path, 'x');
  });
});
