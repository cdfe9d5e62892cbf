import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitTempFile, tempPathBeside, writeFileAtomic } from './atomic-write';
import { FaultyFs } from './testing/faulty-fs';
import { useTempDirs } from './testing/temp-dir';

const tempDir = useTempDirs();

describe('writeFileAtomic', () => {
  it.each([
    ['text', 'hello\n'],
    ['bytes', new Uint8Array([0, 1, 2, 255])],
  ])('writes %s, replaces the old content and leaves no temp file', async (_kind, data) => {
    const dir = await tempDir();
    const path = join(dir, 'file');
    await writeFileAtomic(path, 'old');
    await writeFileAtomic(path, data);
    expect(new Uint8Array(await readFile(path))).toEqual(typeof data === 'string' ? new TextEncoder().encode(data) : data);
    expect(await readdir(dir)).toEqual(['file']);
  });

  it('fails without touching anything when the folder is missing', async () => {
    const dir = await tempDir();
    await expect(writeFileAtomic(join(dir, 'missing', 'file'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('gives each write its own temp file, created exclusively', async () => {
    const dir = await tempDir();
    const fs = new FaultyFs();
    await Promise.all([writeFileAtomic(join(dir, 'file'), 'a', { fs }), writeFileAtomic(join(dir, 'file'), 'b', { fs })]);
    const temps = fs.callsTo('createFile').map((call) => call.path);
    expect(new Set(temps).size).toBe(2);
    expect(await readdir(dir)).toEqual(['file']);
  });
});

describe('commitTempFile', () => {
  it('fsyncs a file another writer filled, then renames it over the target and fsyncs the folder', async () => {
    const dir = await tempDir();
    const fs = new FaultyFs();
    const target = join(dir, 'export.csv');
    const temp = tempPathBeside(target, 'partial');
    await writeFile(temp, 'a,b\n');
    await commitTempFile(temp, target, { fs });
    expect(fs.calls.map((call) => call.op)).toEqual(['syncFile', 'rename', 'syncDir']);
    expect(await readFile(target, 'utf8')).toBe('a,b\n');
    expect(await readdir(dir)).toEqual(['export.csv']);
  });

  async function filledTemp() {
    const dir = await tempDir();
    const target = join(dir, 'export.csv');
    await writeFile(target, 'old');
    const temp = tempPathBeside(target, 'partial');
    await writeFile(temp, 'new');
    return { dir, target, temp };
  }

  it('removes the temp file and leaves the target alone when the fsync fails', async () => {
    const { dir, target, temp } = await filledTemp();
    const fs = new FaultyFs();
    fs.fail('syncFile', 'EIO');
    await expect(commitTempFile(temp, target, { fs })).rejects.toMatchObject({ code: 'EIO' });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['export.csv']);
  });

  it('removes the temp file and leaves the target alone when the writer stops before the rename', async () => {
    const { dir, target, temp } = await filledTemp();
    const stop = () => {
      throw new Error('cancelled');
    };
    await expect(commitTempFile(temp, target, { beforeReplace: stop })).rejects.toThrow('cancelled');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['export.csv']);
  });
});
