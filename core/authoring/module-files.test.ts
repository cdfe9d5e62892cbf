import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../course/index';
import { listedModules } from './course-file-edit';
import { createCourse } from './library';
import { addModule, deleteModule, renameModule, reorderModules } from './module-files';
import { tempWorkspace } from './testing/temp-workspace';
import type { AuthoringWorkspace } from './workspace';

const COMMENT = '# Hand-written note: keep me';

async function courseWithComment(): Promise<{ ws: AuthoringWorkspace; folder: string }> {
  const ws = await tempWorkspace();
  const { folder } = await createCourse(ws, { title: 'Modules', template: 'blank' });
  const path = join(folder, 'course.yml');
  await writeFile(path, (await readFile(path, 'utf8')).replace('modules:', `${COMMENT}\nmodules:`));
  await addModule(ws, folder, { title: 'Second' });
  return { ws, folder };
}

const courseYml = (folder: string) => readFile(join(folder, 'course.yml'), 'utf8');

describe('module operations keep course.yml hand-editable', () => {
  it.each([
    { name: 'addModule', run: (ws: AuthoringWorkspace, folder: string) => addModule(ws, folder, { title: 'Third: the end' }) },
    { name: 'renameModule', run: (ws: AuthoringWorkspace, folder: string) => renameModule(ws, folder, 'modules/02-second.md', 'Renamed') },
    {
      name: 'reorderModules',
      run: (ws: AuthoringWorkspace, folder: string) =>
        reorderModules(ws, folder, ['modules/02-second.md', 'modules/01-getting-started.md']),
    },
    { name: 'deleteModule', run: (ws: AuthoringWorkspace, folder: string) => deleteModule(ws, folder, 'modules/02-second.md') },
  ])('$name keeps the comment and a course that compiles', async ({ run }) => {
    const { ws, folder } = await courseWithComment();
    await run(ws, folder);
    expect(await courseYml(folder)).toContain(COMMENT);
    expect((await compileCourse(folder)).diagnostics).toEqual([]);
  });

  it('adds modules as NN-slug.md with a first page', async () => {
    const { ws, folder } = await courseWithComment();
    const ref = await addModule(ws, folder, { title: 'Third: the end' });
    expect(ref.file).toBe('modules/03-third-the-end.md');
    expect(listedModules(await courseYml(folder))).toEqual([
      'modules/01-getting-started.md',
      'modules/02-second.md',
      'modules/03-third-the-end.md',
    ]);
    const { course } = await compileCourse(folder);
    expect(course?.modules[2]?.title).toBe('Third: the end');
    expect(course?.modules[2]?.pages.map((page) => page.title)).toEqual(['Third: the end']);
  });

  it('gives a module whose title repeats a module id its own id', async () => {
    const { ws, folder } = await courseWithComment();
    const ref = await addModule(ws, folder, { title: 'Second' });
    expect(ref.file).toBe('modules/03-second-2.md');
    expect((await compileCourse(folder)).diagnostics).toEqual([]);
  });

  it('renames in the front matter and keeps the file name and body', async () => {
    const { ws, folder } = await courseWithComment();
    const before = await readFile(join(folder, 'modules/01-getting-started.md'), 'utf8');
    await renameModule(ws, folder, 'modules/01-getting-started.md', 'First steps');
    const after = await readFile(join(folder, 'modules/01-getting-started.md'), 'utf8');
    expect(after).toBe(before.replace('title: Getting started', 'title: First steps'));
  });

  it('reorders only to a permutation of the current list', async () => {
    const { ws, folder } = await courseWithComment();
    for (const order of [
      ['modules/01-getting-started.md'],
      ['modules/01-getting-started.md', 'modules/01-getting-started.md'],
      ['modules/01-getting-started.md', 'modules/99-x.md'],
    ]) {
      await expect(reorderModules(ws, folder, order)).rejects.toMatchObject({ code: 'conflict' });
    }
    expect(listedModules(await courseYml(folder))).toEqual(['modules/01-getting-started.md', 'modules/02-second.md']);
  });

  it('moves a deleted module to the trash and refuses to delete the last one', async () => {
    const { ws, folder } = await courseWithComment();
    const { trashedTo } = await deleteModule(ws, folder, 'modules/02-second.md');
    expect(trashedTo).toBe(join(ws.trashDir, '2025-03-04T05-06-07-000Z-02-second.md'));
    expect(listedModules(await courseYml(folder))).toEqual(['modules/01-getting-started.md']);
    await expect(deleteModule(ws, folder, 'modules/01-getting-started.md')).rejects.toMatchObject({ code: 'conflict' });
  });

  it.each(['../course.yml', 'modules/../../x.md', '/etc/passwd', 'modules/sub/x.md'])('refuses the module path %j', async (file) => {
    const { ws, folder } = await courseWithComment();
    await expect(renameModule(ws, folder, file, 'X')).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(deleteModule(ws, folder, file)).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});
