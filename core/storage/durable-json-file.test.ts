import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { DurableJsonFile, UnreadableFileError } from './durable-json-file';
import { FaultyFs, type FsOperation } from './testing/faulty-fs';
import { useTempDirs } from './testing/temp-dir';

interface Doc {
  n: number;
}
const decode = (json: unknown): Doc => {
  if (typeof json !== 'object' || json === null || !('n' in json) || typeof json.n !== 'number') throw new Error('n must be a number');
  return { n: json.n };
};
const tempDir = useTempDirs();

async function setUp(initial?: Doc) {
  const dir = await tempDir();
  const path = join(dir, 'doc.json');
  if (initial) await writeFile(path, JSON.stringify(initial));
  const fs = new FaultyFs();
  const db = new Low<Doc>(new DurableJsonFile<Doc>(path, { fs, decode }), { n: 0 });
  return { dir, path, fs, db };
}

describe('DurableJsonFile', () => {
  it('writes through lowdb and reads back', async () => {
    const { path, db } = await setUp();
    db.data.n = 7;
    await db.write();
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ n: 7 });
    const again = new Low<Doc>(new DurableJsonFile<Doc>(path, { fs: new FaultyFs(), decode }), { n: 0 });
    await again.read();
    expect(again.data).toEqual({ n: 7 });
  });

  it('fsyncs the temp file before renaming it, and the folder after', async () => {
    const { dir, fs, db } = await setUp({ n: 1 });
    db.data = { n: 2 };
    await db.write();
    const steps = fs.calls.map((call) => `${call.op} ${call.path.replaceAll(`${dir}/`, '')}`);
    const at = (step: string) => steps.indexOf(step);
    expect(at('sync doc.json.tmp')).toBeGreaterThan(at('write doc.json.tmp'));
    expect(at('rename doc.json.tmp -> doc.json')).toBeGreaterThan(at('sync doc.json.tmp'));
    expect(at('close doc.json.tmp')).toBeLessThan(at('rename doc.json.tmp -> doc.json'));
    expect(at(`syncDir ${dir}`)).toBeGreaterThan(at('rename doc.json.tmp -> doc.json'));
    expect(at('sync doc.json.tmp')).toBeGreaterThanOrEqual(0);
  });

  // A failure at any step before the rename must leave the old file whole and no temp file behind.
  it.each<[FsOperation, string]>([
    ['createFile', 'ENOSPC'],
    ['write', 'ENOSPC'],
    ['sync', 'EIO'],
    ['rename', 'EACCES'],
  ])('keeps the old file intact when %s fails with %s', async (op, code) => {
    const { path, dir, fs, db } = await setUp({ n: 1 });
    fs.fail(op, code);
    db.data = { n: 2 };
    await expect(db.write()).rejects.toMatchObject({ code });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ n: 1 });
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the previous version as .bak on each write', async () => {
    const { path, db } = await setUp({ n: 1 });
    for (const n of [2, 3]) {
      db.data = { n };
      await db.write();
    }
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ n: 3 });
    expect(JSON.parse(await readFile(`${path}.bak`, 'utf8'))).toEqual({ n: 2 });
  });

  it('copies the backup where the file system has no hard links', async () => {
    const { path, fs, db } = await setUp({ n: 1 });
    fs.fail('link', 'EPERM');
    db.data = { n: 2 };
    await db.write();
    expect(fs.callsTo('copyFile')).toHaveLength(1);
    expect(JSON.parse(await readFile(`${path}.bak`, 'utf8'))).toEqual({ n: 1 });
  });

  it('still saves when the backup cannot be made', async () => {
    const { path, fs, db } = await setUp({ n: 1 });
    fs.fail('link', 'EIO');
    db.data = { n: 2 };
    await db.write();
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ n: 2 });
  });

  it('reads a missing file as null, so lowdb keeps its default', async () => {
    const { db } = await setUp();
    await db.read();
    expect(db.data).toEqual({ n: 0 });
  });

  it.each([
    ['truncated JSON', '{"n": 1', 'not-json'],
    ['an empty file', '', 'not-json'],
    ['zero bytes left by a power cut', '\u0000\u0000\u0000', 'not-json'],
    ['valid JSON of the wrong shape', '{"n": "one"}', 'invalid'],
  ])('reports %s as unreadable (%s)', async (_label, text, reason) => {
    const { path, db } = await setUp();
    await writeFile(path, text);
    const error = await db.read().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect(error).toMatchObject({ reason, path });
  });
});
