import { readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCourse } from './library';
import { moduleVersion, readModule, saveModule } from './save-module';
import { tempWorkspace } from './testing/temp-workspace';

const FILE = 'modules/01-getting-started.md';

async function setup() {
  const ws = await tempWorkspace();
  const { folder } = await createCourse(ws, { title: 'Saving', template: 'blank' });
  return { ws, folder, path: join(folder, FILE) };
}

describe('readModule and saveModule', () => {
  it('saves when the disk still has the base version', async () => {
    const { ws, folder, path } = await setup();
    const { text, version } = await readModule(ws, folder, FILE);
    expect(version).toBe(moduleVersion(await readFile(path)));
    const result = await saveModule(ws, folder, FILE, `${text}\nMore.\n`, version);
    expect(result).toEqual({ status: 'saved', version: moduleVersion(`${text}\nMore.\n`) });
    expect(await readFile(path, 'utf8')).toBe(`${text}\nMore.\n`);
    expect((await readdir(join(folder, 'modules'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('reports a conflict with the disk text when the file changed outside, and force overwrites', async () => {
    const { ws, folder, path } = await setup();
    const { version } = await readModule(ws, folder, FILE);
    await writeFile(path, 'changed in another editor');
    const result = await saveModule(ws, folder, FILE, 'mine', version);
    expect(result).toMatchObject({
      status: 'conflict',
      diskText: 'changed in another editor',
      diskVersion: moduleVersion('changed in another editor'),
    });
    expect(result.status === 'conflict' && result.message).toMatch(/changed outside Course Studio/);
    expect(await readFile(path, 'utf8')).toBe('changed in another editor');
    expect(await saveModule(ws, folder, FILE, 'mine', version, { force: true })).toEqual({
      status: 'saved',
      version: moduleVersion('mine'),
    });
    expect(await readFile(path, 'utf8')).toBe('mine');
  });

  it('reports a deleted file as a conflict with no disk text', async () => {
    const { ws, folder, path } = await setup();
    const { version } = await readModule(ws, folder, FILE);
    await rm(path);
    expect(await saveModule(ws, folder, FILE, 'mine', version)).toMatchObject({ status: 'conflict', diskText: null, diskVersion: null });
  });

  it('lets only one of two saves from the same base version land', async () => {
    const { ws, folder } = await setup();
    const { version } = await readModule(ws, folder, FILE);
    const results = await Promise.all([saveModule(ws, folder, FILE, 'one', version), saveModule(ws, folder, FILE, 'two', version)]);
    expect(results.map((r) => r.status).sort()).toEqual(['conflict', 'saved']);
  });

  it.each([
    ['../course.yml', 'invalid-argument'],
    ['modules/../../../x.md', 'invalid-argument'],
    ['/etc/hosts', 'invalid-argument'],
    ['course.yml', 'invalid-argument'],
    ['modules/99-missing.md', 'not-found'],
  ])('refuses to read %j (%s)', async (file, code) => {
    const { ws, folder } = await setup();
    await expect(readModule(ws, folder, file)).rejects.toMatchObject({ code });
  });

  it('refuses a module file that is a symlink', async () => {
    const { ws, folder } = await setup();
    await symlink('/etc/hostname', join(folder, 'modules/02-link.md'));
    await expect(readModule(ws, folder, 'modules/02-link.md')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(saveModule(ws, folder, 'modules/02-link.md', 'x', null, { force: true })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
