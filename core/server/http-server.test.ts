import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCourseStudio } from '../service/course-studio';
import { startHttpHost, type HttpHost } from './http-server';

let root: string;
let host: HttpHost;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'course-studio-http-'));
  const rendererDir = join(root, 'renderer');
  const bundled = join(root, 'courses');
  const dataDir = join(root, 'data');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Course Studio</title>');
  await writeFile(join(rendererDir, 'assets', 'main-abc123.js'), 'console.log(1)');
  await mkdir(join(bundled, 'demo', 'modules'), { recursive: true });
  await mkdir(join(bundled, 'demo', 'assets'), { recursive: true });
  await writeFile(
    join(bundled, 'demo', 'course.yml'),
    'id: demo\ntitle: Demo course\ndescription: A demo\nmodules:\n  - modules/01-intro.md\n',
  );
  await writeFile(join(bundled, 'demo', 'modules', '01-intro.md'), '---\ntitle: Intro\n---\n## Hello\n\n![Logo](assets/logo.png)\n');
  await writeFile(join(bundled, 'demo', 'assets', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(root, 'secret.png'), 'not for the browser');

  const studio = await openCourseStudio({ dataDir, bundledCoursesDir: bundled, shell: 'browser', logError: () => {} });
  host = await startHttpHost({
    dispatch: studio.dispatch,
    rendererDir,
    resolveFile: studio.resolveFile,
    port: 0,
  });
});

afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

function callApi(method: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${host.url}api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
}

describe('the HTTP transport', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('answers an API call with the service result', async () => {
    const response = await callApi('listCourses', '{}');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ok: true,
      value: [{ id: 'demo', title: 'Demo course', description: 'A demo', moduleCount: 1, source: 'bundled', problems: [] }],
    });
  });

  it.each([
    ['an unknown method', 'wipeDisk', '{}', {}, 404, 'unknown-method'],
    ['a bad argument', 'listCourses', '{"folder":"/etc"}', {}, 400, 'invalid-argument'],
    ['a body that is not JSON', 'listCourses', '{oops', {}, 400, 'bad-request'],
    ['a form post', 'listCourses', 'a=1', { 'Content-Type': 'application/x-www-form-urlencoded' }, 415, 'bad-request'],
    ['another site', 'listCourses', '{}', { Origin: 'http://evil.example' }, 403, 'forbidden'],
  ])('refuses %s with a structured error', async (_case, method, body, headers, status, code) => {
    const response = await callApi(method, body, headers);
    expect(response.status).toBe(status);
    const result = (await response.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe(code);
    expect(result.error.message.length).toBeGreaterThan(10);
  });

  it('refuses an oversized body', async () => {
    const response = await callApi('listCourses', JSON.stringify({ junk: 'x'.repeat(9 * 1024 * 1024) }));
    expect(response.status).toBe(413);
  });

  it('refuses a GET on the API', async () => {
    const response = await fetch(`${host.url}api/listCourses`);
    expect(response.status).toBe(405);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const response = await fetch(host.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
  });

  it('serves fingerprinted assets as immutable and screens as index.html', async () => {
    const asset = await fetch(`${host.url}assets/main-abc123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const screen = await fetch(`${host.url}learn/demo`);
    expect(await screen.text()).toContain('<title>Course Studio</title>');
    expect((await fetch(`${host.url}assets/missing.js`)).status).toBe(404);
  });

  it('serves a course image but never a module file or anything outside', async () => {
    const image = await fetch(`${host.url}course-assets/demo/assets/logo.png`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    for (const path of [
      'course-assets/demo/modules/01-intro.md',
      'course-assets/demo/course.yml',
      'course-assets/demo/assets%2f..%2f..%2f..%2fsecret.png',
      'course-assets/demo/..%5c..%5csecret.png',
      'course-assets/nope/assets/logo.png',
    ]) {
      expect((await fetch(`${host.url}${path}`)).status, path).toBe(404);
    }
  });

  it('refuses requests whose Host is not our loopback address (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: '/', headers: { Host: `evil.example:${host.port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});
