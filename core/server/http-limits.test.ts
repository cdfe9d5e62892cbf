import { request } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../api/limits';
import { openCourseStudio } from '../service/course-studio';
import { startHttpHost, type HttpHost } from './http-server';

/**
 * The limits as the browser build enforces them, against the real HTTP host on 127.0.0.1: what a
 * trainer is promised (a 10 MB image) goes through, and hostile bodies are refused cheaply with a
 * short sentence that names the limit.
 */

let root: string;
let host: HttpHost;
let trainerToken: string;
let courseId: string;

interface Answer {
  status: number;
  result: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  bytes: number;
}

async function callApi(method: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${host.url}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, result: JSON.parse(text) as Answer['result'], bytes: Buffer.byteLength(text) };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'course-studio-http-limits-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Course Studio</title>');
  const studio = await openCourseStudio({
    dataDir: join(root, 'data'),
    bundledCoursesDir: join(root, 'bundled'),
    shell: 'browser',
    logError: () => {},
  });
  host = await startHttpHost({ dispatch: studio.dispatch, rendererDir, resolveFile: studio.resolveFile, port: 0 });
  const unlocked = await callApi('setInitialPasscode', JSON.stringify({ passcode: 'limits-test-passcode' }));
  trainerToken = (unlocked.result.value as { trainerToken: string }).trainerToken;
  const created = await callApi('createCourse', JSON.stringify({ trainerToken, title: 'Pictures', template: 'blank' }));
  courseId = (created.result.value as { courseId: string }).courseId;
});

afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

/** A PNG of `bytes` bytes: the signature the image check looks for, then filler. */
function pngOf(bytes: number): Buffer {
  const png = Buffer.alloc(bytes, 0x41);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
  return png;
}

const MB = 1024 * 1024;

describe('images as the documented limit promises', () => {
  it('adds a 9.9 MB image sent as base64 in the JSON body', async () => {
    const dataBase64 = pngOf(Math.floor(9.9 * MB)).toString('base64');
    const answer = await callApi('addImage', JSON.stringify({ trainerToken, courseId, fileName: 'big-photo.png', dataBase64 }));
    expect(answer.result.error).toBeUndefined();
    expect(answer.status).toBe(200);
    expect(answer.result.value).toMatchObject({ path: expect.stringMatching(/^assets\/big-photo-[0-9a-f]{8}\.png$/) });
  });

  it('refuses an 11 MB image with a sentence naming the 10 MB limit', async () => {
    const dataBase64 = pngOf(11 * MB).toString('base64');
    const answer = await callApi('addImage', JSON.stringify({ trainerToken, courseId, fileName: 'huge.png', dataBase64 }));
    expect(answer.status).toBe(413);
    expect(answer.result.error?.message).toContain('10 MB');
  });
});

describe('the content type', () => {
  it.each([
    'application/jsonx',
    'application/json-seq',
    'text/json',
    'application/json+evil',
    'application/json; charset=latin1',
    'application/json; boundary=x',
  ])('refuses %s with 415', async (contentType) => {
    const answer = await callApi('listCourses', '{}', { 'Content-Type': contentType });
    expect(answer.status).toBe(415);
    expect(answer.result.error?.code).toBe('bad-request');
  });

  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"'])(
    'accepts %s',
    async (contentType) => {
      const answer = await callApi('listCourses', '{}', { 'Content-Type': contentType });
      expect(answer.status).toBe(200);
    },
  );
});

describe('hostile bodies', () => {
  it('answers 300,000 unknown keys with a short sentence naming the limit', async () => {
    const keys = Object.fromEntries(Array.from({ length: 300_000 }, (_, i) => [`key${i}`, 1]));
    const answer = await callApi('listLearners', JSON.stringify(keys));
    expect(answer.status).toBe(400);
    expect(answer.bytes).toBeLessThanOrEqual(limits.errorMessageBytes + 100);
    expect(answer.result.error?.message).toContain(limits.json.keys.toLocaleString('en-US'));
  });

  it('answers many unknown keys under the key limit with a bounded list of them', async () => {
    const keys = Object.fromEntries(Array.from({ length: 900 }, (_, i) => [`${'k'.repeat(500)}${i}`, 1]));
    const answer = await callApi('listLearners', JSON.stringify(keys));
    expect(answer.status).toBe(400);
    expect(answer.result.error?.code).toBe('invalid-argument');
    expect(Buffer.byteLength(answer.result.error?.message ?? '')).toBeLessThanOrEqual(limits.errorMessageBytes);
    expect(answer.result.error?.message).toMatch(/and 89\d more/);
  });

  it('refuses a deeply nested body before it has all arrived, and keeps answering others meanwhile', async () => {
    // Declares 8 MB of `[` but sends only the first megabyte: the refusal must come from looking at
    // the start of the body, not from parsing all of it (which held the server for seconds).
    const declared = 8 * MB - 1;
    const hostile = request({
      host: '127.0.0.1',
      port: host.port,
      method: 'POST',
      path: '/api/listLearners',
      headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json', 'Content-Length': declared },
    });
    hostile.on('error', () => {}); // the server may close the connection once it has answered
    const answered = new Promise<{ status: number | undefined; body: string }>((resolve) => {
      hostile.on('response', (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode, body }));
      });
    });
    hostile.write('['.repeat(MB));

    const other = await callApi('listLearners', '{}');
    expect(other).toMatchObject({ status: 200, result: { ok: true, value: [] } });

    const refusal = await answered;
    hostile.destroy();
    expect(refusal.status).toBe(400);
    const result = JSON.parse(refusal.body) as Answer['result'];
    expect(result.error?.code).toBe('bad-request');
    expect(result.error?.message).toContain(`${limits.json.depth} levels`);
  });

  it('refuses a body with an enormous list', async () => {
    const answer = await callApi('listLearners', JSON.stringify({ x: new Array(limits.json.items + 1).fill(0) }));
    expect(answer.status).toBe(400);
    expect(answer.result.error?.message).toContain(limits.json.items.toLocaleString('en-US'));
  });

  it('still serves a deep-enough and wide-enough legitimate query', async () => {
    const query = { filters: { statuses: ['passed', 'failed'], search: 'Ana' }, sort: { key: 'learnerName', direction: 'asc' }, limit: 10 };
    const answer = await callApi('queryRecords', JSON.stringify({ trainerToken, query }));
    expect(answer.status).toBe(200);
  });
});
