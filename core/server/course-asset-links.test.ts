import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCourseStudio, type CourseStudioHost } from '../service/course-studio';
import { startHttpHost, type HttpHost } from './http-server';
import { loadAppFile } from './static-files';

/**
 * A course folder from another trainer may hold links to files elsewhere on the machine. Neither
 * shell may serve what a link points at: the browser build over HTTP, and the desktop app's
 * app:// protocol (whose file loading lives in core, tested here without Electron).
 */
let root: string;
let rendererDir: string;
let host: HttpHost;
let studio: CourseStudioHost;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'course-asset-links-'));
  rendererDir = join(root, 'renderer');
  const bundled = join(root, 'courses');
  const outside = join(root, 'outside');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Course Studio</title>');
  await mkdir(outside);
  await writeFile(join(outside, 'passwd'), 'root:x:0:0:secret');
  await writeFile(join(outside, 'logo.png'), 'outside image');
  for (const id of ['demo', 'folder-link']) {
    await mkdir(join(bundled, id, 'modules'), { recursive: true });
    await writeFile(join(bundled, id, 'course.yml'), `id: ${id}\ntitle: Demo\nmodules:\n  - modules/01-intro.md\n`);
    await writeFile(join(bundled, id, 'modules', '01-intro.md'), '---\ntitle: Intro\n---\n## Hello\n');
  }
  await mkdir(join(bundled, 'demo', 'assets'));
  await writeFile(join(bundled, 'demo', 'assets', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await symlink(join(outside, 'passwd'), join(bundled, 'demo', 'assets', 'passwd.svg'));
  // A whole assets folder that is a link (assets -> elsewhere).
  await symlink(outside, join(bundled, 'folder-link', 'assets'));

  studio = await openCourseStudio({ dataDir: join(root, 'data'), bundledCoursesDir: bundled, shell: 'browser', logError: () => {} });
  host = await startHttpHost({ dispatch: studio.dispatch, rendererDir, resolveFile: studio.resolveFile, port: 0 });
});

afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

describe('course images reached through links', () => {
  it.each([
    ['/course-assets/demo/assets/logo.png', 200],
    ['/course-assets/demo/assets/passwd.svg', 404],
    ['/course-assets/folder-link/assets/logo.png', 404],
  ])('HTTP GET %s → %i', async (path, status) => {
    const response = await fetch(`${host.url}${path.slice(1)}`);
    expect(response.status).toBe(status);
    expect(await response.text()).not.toContain('secret');
  });

  it.each([
    ['/course-assets/demo/assets/logo.png', true],
    ['/course-assets/demo/assets/passwd.svg', false],
    ['/course-assets/folder-link/assets/logo.png', false],
    ['/index.html', true],
    ['/', true],
  ])('app:// %s is served: %s', async (path, served) => {
    const loaded = await loadAppFile(rendererDir, studio.resolveFile, path);
    expect(loaded !== null).toBe(served);
    expect(loaded?.body.toString() ?? '').not.toContain('secret');
  });
});
