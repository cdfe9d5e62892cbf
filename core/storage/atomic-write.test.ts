import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';
import { tempDir } from '../authoring/testing/temp-workspace';

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
});
