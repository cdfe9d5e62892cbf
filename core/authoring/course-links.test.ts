import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addImage } from './images';
import { createCourse, duplicateCourse } from './library';
import { addModule, renameModule } from './module-files';
import { exportPack } from './pack-export';
import { readModule, saveModule } from './save-module';
import { listTree, tempDir, tempWorkspace } from './testing/temp-workspace';
import { readZipEntries } from './zip-read';
import { packLimits } from './zip-limits';

/**
 * Links inside a course folder are never followed by the authoring engine: a pack or a copy of the
 * course must not carry a file from elsewhere on the machine, and an edit must not write there.
 */
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

async function courseWithOutside() {
  const ws = await tempWorkspace();
  const { folder } = await createCourse(ws, { title: 'Linked', template: 'blank' });
  const outside = await tempDir();
  await writeFile(join(outside, 'passwd'), 'root:x:0:0 SECRET');
  await writeFile(join(outside, 'secret.md'), '---\ntitle: Secret\n---\nSECRET\n');
  await writeFile(join(outside, 'photo.png'), PNG);
  return { ws, folder, outside };
}

async function packedNames(packPath: string): Promise<{ names: string[]; texts: string }> {
  const names: string[] = [];
  let texts = '';
  await readZipEntries(
    packPath,
    packLimits,
    () => true,
    async ({ name, data }) => {
      names.push(name);
      texts += data.toString('latin1');
    },
  );
  return { names, texts };
}

describe('export and duplicate leave links out', () => {
  it('leaves a linked image and a linked module out of the pack and reports them', async () => {
    const { folder, outside } = await courseWithOutside();
    await mkdir(join(folder, 'assets'));
    await writeFile(join(folder, 'assets', 'real.png'), PNG);
    await symlink(join(outside, 'passwd'), join(folder, 'assets', 'passwd.svg'));
    await symlink(join(outside, 'secret.md'), join(folder, 'modules', '02-secret.md'));
    const packPath = join(await tempDir(), 'p.zip');
    const exported = await exportPack(folder, packPath);
    expect(exported.leftOut).toEqual([
      'assets/passwd.svg (is a link (Course Studio does not follow links inside a course folder))',
      'modules/02-secret.md (is a link (Course Studio does not follow links inside a course folder))',
    ]);
    const { names, texts } = await packedNames(packPath);
    expect(names).toEqual(['manifest.json', 'assets/real.png', 'course.yml', 'modules/01-getting-started.md']);
    expect(texts).not.toContain('SECRET');
  });

  it('does not walk into a linked assets folder (assets -> elsewhere)', async () => {
    const { folder, outside } = await courseWithOutside();
    await symlink(outside, join(folder, 'assets'));
    const packPath = join(await tempDir(), 'p.zip');
    const exported = await exportPack(folder, packPath);
    expect(exported.leftOut).toEqual(['assets (is a link (Course Studio does not follow links inside a course folder))']);
    const { names } = await packedNames(packPath);
    expect(names).toEqual(['manifest.json', 'course.yml', 'modules/01-getting-started.md']);
  });

  it('refuses to pack a course whose course.yml is a link', async () => {
    const { folder, outside } = await courseWithOutside();
    await writeFile(join(outside, 'course.yml'), 'id: x\ntitle: X\nmodules: []\n');
    await rm(join(folder, 'course.yml'));
    await symlink(join(outside, 'course.yml'), join(folder, 'course.yml'));
    await expect(exportPack(folder, join(await tempDir(), 'p.zip'))).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringMatching(/course\.yml is a link/),
    });
  });

  it('does not copy links when a course is duplicated', async () => {
    const { ws, folder, outside } = await courseWithOutside();
    await symlink(outside, join(folder, 'assets'));
    await symlink(join(outside, 'secret.md'), join(folder, 'modules', '02-secret.md'));
    const copy = await duplicateCourse(ws, folder, 'Copy');
    expect(await listTree(copy.folder)).toEqual(['course.yml', 'modules', 'modules/01-getting-started.md']);
  });
});

describe('editing never goes through a link', () => {
  it('refuses to read, save or rename a module file that is a link', async () => {
    const { ws, folder, outside } = await courseWithOutside();
    await symlink(join(outside, 'secret.md'), join(folder, 'modules', '02-secret.md'));
    await expect(readModule(ws, folder, 'modules/02-secret.md')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(saveModule(ws, folder, 'modules/02-secret.md', 'overwritten', null, { force: true })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(renameModule(ws, folder, 'modules/02-secret.md', 'New')).rejects.toMatchObject({ code: 'forbidden' });
    expect(await readFile(join(outside, 'secret.md'), 'utf8')).toContain('SECRET');
  });

  it('refuses to write modules into a linked modules folder', async () => {
    const { ws, folder, outside } = await courseWithOutside();
    await rm(join(folder, 'modules'), { recursive: true });
    await symlink(outside, join(folder, 'modules'));
    await expect(saveModule(ws, folder, 'modules/new.md', 'text', null)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(addModule(ws, folder, { title: 'New' })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await readdir(outside)).sort()).toEqual(['passwd', 'photo.png', 'secret.md']);
  });

  it('refuses to add an image into a linked assets folder', async () => {
    const { ws, folder, outside } = await courseWithOutside();
    await symlink(outside, join(folder, 'assets'));
    await expect(addImage(ws, folder, { fileName: 'new.png', bytes: PNG })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await readdir(outside)).sort()).toEqual(['passwd', 'photo.png', 'secret.md']);
  });

  it('refuses a new module file that only differs by case from an existing one', async () => {
    const { ws, folder } = await courseWithOutside();
    await expect(saveModule(ws, folder, 'modules/01-Getting-Started.md', 'text', null)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/same file as modules\/01-getting-started\.md on Windows and macOS/),
    });
    await expect(saveModule(ws, folder, 'modules/con.md', 'text', null)).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});
