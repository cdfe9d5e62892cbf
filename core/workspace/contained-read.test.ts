import { link, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { containedFile, createContainedReader, readContained, readFileNoFollow } from './contained-read';

let dir: string;
let course: string;
let outside: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'contained-'));
  course = join(dir, 'course');
  outside = join(dir, 'outside');
  await mkdir(join(course, 'modules'), { recursive: true });
  await mkdir(join(course, 'assets', 'team'), { recursive: true });
  await mkdir(outside);
  await writeFile(join(outside, 'secret.txt'), 'secret');
  await writeFile(join(course, 'course.yml'), 'id: c\n');
  await writeFile(join(course, 'modules', '01.md'), 'module');
  await writeFile(join(course, 'assets', 'team', 'a.png'), 'png');
  await symlink(join(outside, 'secret.txt'), join(course, 'modules', 'linked.md'));
  await symlink(join(outside, 'secret.txt'), join(course, 'assets', 'passwd.svg'));
  await symlink(outside, join(course, 'linked-folder'));
  await symlink('../modules/01.md', join(course, 'assets', 'inside-link.png'));
  await symlink(join(outside, 'nowhere'), join(course, 'assets', 'dangling.png'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('contained reads', () => {
  it.each([
    ['course.yml', { ok: true }],
    ['modules/01.md', { ok: true }],
    ['assets/team/a.png', { ok: true }],
    ['modules/linked.md', { ok: false, refusal: 'link' }],
    ['assets/passwd.svg', { ok: false, refusal: 'link' }],
    // A link that stays inside the course is still a link: the rule is simple, not clever.
    ['assets/inside-link.png', { ok: false, refusal: 'link' }],
    ['assets/dangling.png', { ok: false, refusal: 'link' }],
    ['linked-folder/secret.txt', { ok: false, refusal: 'link' }],
    ['modules', { ok: false, refusal: 'not-a-file' }],
    ['modules/gone.md', { ok: false, refusal: 'missing' }],
    ['course.yml/x', { ok: false, refusal: 'missing' }],
    ['../outside/secret.txt', { ok: false, refusal: 'unsafe-path' }],
    ['/etc/passwd', { ok: false, refusal: 'unsafe-path' }],
    ['modules\\01.md', { ok: false, refusal: 'unsafe-path' }],
  ] as [string, { ok: boolean; refusal?: string }][])('%s → %j', async (path, expected) => {
    const read = await readContained(course, path);
    expect(read).toMatchObject(expected);
    const checked = await createContainedReader(course).check(path);
    expect(checked.ok).toBe(expected.ok);
    expect(createContainedReader(course).checkSync(path)).toBe(expected.refusal ?? null);
  });

  it('refuses a linked folder inside the course (assets -> elsewhere)', async () => {
    await rm(join(course, 'assets'), { recursive: true });
    await symlink(outside, join(course, 'assets'));
    expect(await readContained(course, 'assets/secret.txt')).toEqual({ ok: false, refusal: 'link' });
    expect(await containedFile(course, 'assets/secret.txt')).toBeNull();
  });

  it('reads through a course root that is itself a link (a linked course folder)', async () => {
    const rootLink = join(dir, 'root-link');
    await symlink(course, rootLink);
    expect(await readContained(rootLink, 'modules/01.md')).toEqual({ ok: true, data: Buffer.from('module') });
  });

  it('reads a hard-linked file: it is a plain file of the course, whatever other names it has', async () => {
    await link(join(course, 'modules', '01.md'), join(course, 'modules', '02.md'));
    expect(await readContained(course, 'modules/02.md')).toMatchObject({ ok: true });
  });

  it('does not follow a link put where a checked file was', async () => {
    const path = await containedFile(course, 'assets/team/a.png');
    expect(path).not.toBeNull();
    await rm(join(course, 'assets', 'team', 'a.png'));
    await symlink(join(outside, 'secret.txt'), join(course, 'assets', 'team', 'a.png'));
    expect(await readFileNoFollow(path as string)).toBeNull();
  });
});
