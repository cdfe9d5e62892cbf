import { randomBytes } from 'node:crypto';
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMegabytes, limits } from '../api/limits';
import { exportPack } from './pack-export';
import { bundledCourse, tempDir } from './testing/temp-workspace';

describe('exporting a course pack', () => {
  it('refuses a pack larger than a pack import accepts, and writes nothing', async () => {
    const folder = join(await tempDir(), 'big-course');
    await cp(bundledCourse, folder, { recursive: true });
    await mkdir(join(folder, 'assets'));
    // Random bytes do not compress, so the pack is as large as the pictures.
    const picture = Math.ceil(limits.files.pack / 3) + 1024 * 1024;
    for (const name of ['a', 'b', 'c']) {
      const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(picture)]);
      await writeFile(join(folder, 'assets', `${name}.png`), png);
    }
    const out = await tempDir();
    await expect(exportPack(folder, join(out, 'big.zip'))).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining(`more than the ${formatMegabytes(limits.files.pack)} a pack import accepts`),
    });
    expect(await readdir(out)).toEqual([]);
  });
});
