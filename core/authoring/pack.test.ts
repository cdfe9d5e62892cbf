import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { compileCourse } from '../course/index';
import { createCourse } from './library';
import { exportPack } from './pack-export';
import { importPack } from './pack-import';
import { inspectPack } from './pack-inspect';
import { hostilePacks, packWith } from './testing/hostile-packs';
import { bundledCourse, bundledCoursesDir, listTree, tempDir, tempWorkspace } from './testing/temp-workspace';
import { createWorkspace } from './workspace';
import { rawZip, type RawEntry } from './testing/raw-zip';
import { createHash } from 'node:crypto';
import { readZipEntries } from './zip-read';
import { packLimits } from './zip-limits';

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const COURSE = Buffer.from('id: tiny\ntitle: Tiny\nmodules:\n  - modules/01-a.md\n');
const MODULE = Buffer.from('---\ntitle: A\n---\n\n## Page\n\nHello.\n');

function manifestFor(files: { path: string; data: Buffer }[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      format: 'course-studio-pack',
      version: 1,
      courseId: 'tiny',
      title: 'Tiny',
      exportedAt: '2025-01-01T00:00:00.000Z',
      files: files.map((f) => ({ path: f.path, size: f.data.length, sha256: sha(f.data) })),
    }),
  );
}

const goodFiles = [
  { path: 'course.yml', data: COURSE },
  { path: 'modules/01-a.md', data: MODULE },
];
const goodEntries = (): RawEntry[] => [
  { name: 'manifest.json', data: manifestFor(goodFiles) },
  ...goodFiles.map((f) => ({ name: f.path, data: f.data })),
];

async function yazlZip(entries: { name: string; data: Buffer }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) zip.addBuffer(entry.data, entry.name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('course packs: round trip', () => {
  it('exports the bundled course and imports it under a new name, compiling with the same modules', async () => {
    const ws = await tempWorkspace();
    const out = await tempDir();
    const packPath = join(out, 'service.zip');
    const exported = await exportPack(bundledCourse, packPath, ws.now());
    expect(exported.files).toBe(9);

    const preview = await inspectPack(packPath);
    expect(preview).toMatchObject({ title: 'Service with Purpose', courseId: 'service-with-purpose', assets: 0 });
    expect(preview.modules).toHaveLength(8);
    expect(preview.diagnostics).toEqual([]);

    const imported = await importPack(ws, packPath, { newTitle: 'Service, Our Way' });
    expect(imported).toMatchObject({
      id: 'service-our-way',
      title: 'Service, Our Way',
      idChanged: true,
      folder: join(ws.coursesDir, 'service-our-way'),
    });
    const original = await compileCourse(bundledCourse);
    const copy = await compileCourse(imported.folder);
    expect(copy.diagnostics).toEqual([]);
    expect(imported.diagnostics).toEqual([]);
    expect(copy.course?.modules.map((m) => [m.id, m.title, m.quizzes.length])).toEqual(
      original.course?.modules.map((m) => [m.id, m.title, m.quizzes.length]),
    );
    expect(copy.course?.title).toBe('Service, Our Way');
    expect(await readFile(join(imported.folder, 'course.yml'), 'utf8')).toContain('# The course that ships with Course Studio');
  });

  it('carries course files only, with a manifest that lists them', async () => {
    const ws = await tempWorkspace();
    const { folder } = await createCourse(ws, { title: 'Packed', template: 'blank' });
    await writeFile(join(folder, '.secret'), 'do not ship');
    await writeFile(join(folder, 'notes.txt'), 'not a course file');
    const packPath = join(await tempDir(), 'p.zip');
    await exportPack(folder, packPath);
    const names: string[] = [];
    await readZipEntries(
      packPath,
      packLimits,
      () => true,
      async ({ name, data }) => {
        names.push(name);
        if (name === 'manifest.json')
          expect(JSON.parse(data.toString()).files.map((f: { path: string }) => f.path)).toEqual([
            'course.yml',
            'modules/01-getting-started.md',
          ]);
      },
    );
    expect(names).toEqual(['manifest.json', 'course.yml', 'modules/01-getting-started.md']);
  });

  it('keeps the id when it is free', async () => {
    const ws = await tempWorkspace();
    const packPath = join(await tempDir(), 'tiny.zip');
    await writeFile(packPath, rawZip(goodEntries()));
    expect(await importPack(ws, packPath)).toMatchObject({ id: 'tiny', title: 'Tiny', idChanged: false });
  });
});

const MB = 1024 * 1024;

describe('course packs: hostile input', () => {
  const cases: { name: string; zip: () => Promise<Buffer> | Buffer; message: RegExp }[] = [
    {
      name: 'path traversal',
      zip: () => rawZip([...goodEntries(), { name: '../../evil.md', data: Buffer.from('x') }]),
      message: /\.\. segments/,
    },
    {
      name: 'traversal inside a course path',
      zip: () => rawZip([...goodEntries(), { name: 'modules/../../../evil.md', data: Buffer.from('x') }]),
      message: /\.\. segments/,
    },
    {
      name: 'absolute path',
      zip: () => rawZip([...goodEntries(), { name: '/etc/cron.d/evil', data: Buffer.from('x') }]),
      message: /is absolute/,
    },
    {
      name: 'drive letter',
      zip: () => rawZip([...goodEntries(), { name: 'C:/Windows/evil.md', data: Buffer.from('x') }]),
      message: /drive letter/,
    },
    {
      name: 'backslash',
      zip: () => rawZip([...goodEntries(), { name: 'modules\\..\\evil.md', data: Buffer.from('x') }]),
      message: /backslash/,
    },
    {
      name: 'NUL in a name',
      zip: () => rawZip([...goodEntries(), { name: 'modules/a\0.md', data: Buffer.from('x') }]),
      message: /control character/,
    },
    {
      name: 'symlink entry',
      zip: () => rawZip([...goodEntries(), { name: 'assets/link.png', data: Buffer.from('/etc/passwd'), unixMode: 0o120777 }]),
      message: /symbolic link/,
    },
    {
      name: 'oversize entry (declared)',
      zip: () => rawZip([...goodEntries(), { name: 'assets/big.png', data: Buffer.alloc(10), declaredSize: 21 * MB }]),
      message: /larger than 20 MB/,
    },
    {
      name: 'oversize entry with a lying size',
      zip: () => rawZip([...goodEntries(), { name: 'modules/02-big.md', data: Buffer.alloc(25 * MB, 0x61), declaredSize: 100 }]),
      message: /larger than 20 MB|zip bomb|damaged/,
    },
    {
      name: 'too many entries',
      zip: () => yazlZip(Array.from({ length: 2001 }, (_, i) => ({ name: `modules/${i}.md`, data: Buffer.from('x') }))),
      message: /at most 2000/,
    },
    {
      name: 'high-ratio bomb',
      zip: () => rawZip([...goodEntries(), { name: 'modules/02-bomb.md', data: Buffer.alloc(15 * MB, 0x20) }]),
      message: /zip bombs/,
    },
    {
      name: 'checksum mismatch',
      zip: () =>
        rawZip([
          { name: 'manifest.json', data: manifestFor(goodFiles) },
          { name: 'course.yml', data: COURSE },
          { name: 'modules/01-a.md', data: Buffer.from('---\ntitle: Tampered\n---\n') },
        ]),
      message: /checksum/,
    },
    { name: 'missing manifest', zip: () => yazlZip(goodFiles.map((f) => ({ name: f.path, data: f.data }))), message: /no manifest\.json/ },
    {
      name: 'file not in the manifest',
      zip: () => rawZip([...goodEntries(), { name: 'modules/02-extra.md', data: MODULE }]),
      message: /not in its manifest/,
    },
    {
      name: 'image that is not an image',
      zip: () => rawZip([...goodEntries(), { name: 'assets/x.png', data: Buffer.from('<script>alert(1)</script>') }]),
      message: /not really a PNG/,
    },
    { name: 'duplicate entry', zip: () => rawZip([...goodEntries(), { name: 'course.yml', data: COURSE }]), message: /appears twice/ },
    { name: 'not a zip', zip: () => Buffer.from('just text'), message: /not a readable zip/ },
  ];

  it.each(cases)('refuses $name and leaves the workspace as it was', async ({ zip, message }) => {
    const ws = await tempWorkspace();
    await createCourse(ws, { title: 'Existing', template: 'blank' });
    const packPath = join(await tempDir(), 'hostile.zip');
    await writeFile(packPath, await zip());
    const before = await listTree(ws.dataDir);
    await expect(inspectPack(packPath)).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringMatching(message) });
    await expect(importPack(ws, packPath)).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringMatching(message) });
    expect(await listTree(ws.dataDir)).toEqual(before);
  });

  it('skips entries that are not course files instead of unpacking them', async () => {
    const ws = await tempWorkspace();
    const packPath = join(await tempDir(), 'extra.zip');
    await writeFile(
      packPath,
      rawZip([...goodEntries(), { name: 'run.sh', data: Buffer.from('rm -rf /') }, { name: '.git/config', data: Buffer.from('x') }]),
    );
    const imported = await importPack(ws, packPath);
    expect(await listTree(imported.folder)).toEqual(['course.yml', 'modules', 'modules/01-a.md']);
  });

  it('refuses a relative pack path', async () => {
    const ws = await tempWorkspace();
    await expect(importPack(ws, 'pack.zip')).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});

describe('course packs: hostile packs never write outside their new course folder', () => {
  const roots: string[] = [];
  afterEach(async () => {
    await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
  });

  /**
   * The data folder sits four levels down a temp root (root/l1/l2/data/courses), so a pack that
   * climbs out of the courses folder lands inside the root, where the snapshot sees it.
   */
  async function deepWorkspace() {
    const root = await mkdtemp(join(tmpdir(), 'hostile-packs-'));
    roots.push(root);
    const dataDir = join(root, 'l1', 'l2', 'data');
    await mkdir(join(dataDir, 'courses'), { recursive: true });
    await mkdir(join(root, 'incoming'));
    const ws = createWorkspace({ dataDir, bundledCoursesDir, now: () => new Date('2025-03-04T05:06:07.000Z') });
    await createCourse(ws, { title: 'Existing', template: 'blank' });
    return { root, ws };
  }

  it('has at least 30 cases', () => {
    expect(hostilePacks.length).toBeGreaterThanOrEqual(30);
  });

  it.each(hostilePacks)('refuses $name with a 4xx, leaving every folder as it was', async ({ zip, message }) => {
    const { root, ws } = await deepWorkspace();
    const packPath = join(root, 'incoming', 'hostile.zip');
    await writeFile(packPath, zip());
    const before = await listTree(root);
    await expect(inspectPack(packPath)).rejects.toMatchObject({
      code: expect.stringMatching(/^(invalid-argument|bad-request)$/),
      message: expect.stringMatching(message),
    });
    await expect(importPack(ws, packPath)).rejects.toMatchObject({
      code: expect.stringMatching(/^(invalid-argument|bad-request)$/),
      message: expect.stringMatching(message),
    });
    const after = await listTree(root);
    expect(after).toEqual(before);
    expect(after.filter((path) => path.includes('.staging-'))).toEqual([]);
  });

  it('gives a pack whose id differs only by case from a course folder a new id and folder', async () => {
    const { ws } = await deepWorkspace();
    // A folder a trainer made by hand; on Windows and macOS "tiny" would be this same folder.
    await mkdir(join(ws.coursesDir, 'Tiny'));
    const packPath = join(await tempDir(), 'tiny.zip');
    await writeFile(packPath, packWith({ id: 'tiny' }));
    const imported = await importPack(ws, packPath);
    expect(imported).toMatchObject({ id: 'tiny-2', idChanged: true, folder: join(ws.coursesDir, 'tiny-2') });
  });
});
