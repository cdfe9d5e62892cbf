import { createHash } from 'node:crypto';
import { rawZip, type RawEntry } from './raw-zip';

/**
 * Hostile course packs for the import tests: each is a complete, self-consistent pack (its
 * manifest matches its files) except for the one thing that makes it hostile, so a refusal can
 * only come from the check that case is about.
 */
export interface HostilePack {
  name: string;
  zip: () => Buffer;
  /** What the refusal must say. */
  message: RegExp;
}

const MB = 1024 * 1024;
const MODULE = Buffer.from('---\ntitle: A\n---\n\n## Page\n\nHello.\n');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>');
const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export interface PackSpec {
  /** The course.yml `id:` line's value, as written in YAML (quote it yourself when needed). */
  id?: string;
  /** Course files besides course.yml; each is listed in the manifest. */
  files?: { path: string; data: Buffer }[];
  /** Entries added after the listed files, not in the manifest (the pack is refused before that matters). */
  extra?: RawEntry[];
  /** Modules listed in course.yml; default: every `modules/` file. */
  modules?: string[];
}

export function packWith(spec: PackSpec = {}): Buffer {
  const files = spec.files ?? [{ path: 'modules/01-a.md', data: MODULE }];
  const modules = spec.modules ?? files.map((file) => file.path).filter((path) => path.startsWith('modules/'));
  const courseYml = Buffer.from(
    `id: ${spec.id ?? 'tiny'}\ntitle: Tiny\nmodules:\n${modules.map((path) => `  - ${JSON.stringify(path)}\n`).join('')}`,
  );
  const all = [{ path: 'course.yml', data: courseYml }, ...files];
  const manifest = Buffer.from(
    JSON.stringify({
      format: 'course-studio-pack',
      version: 1,
      courseId: 'tiny',
      title: 'Tiny',
      exportedAt: '2025-01-01T00:00:00.000Z',
      files: all.map((f) => ({ path: f.path, size: f.data.length, sha256: sha(f.data) })),
    }),
  );
  return rawZip([{ name: 'manifest.json', data: manifest }, ...all.map((f) => ({ name: f.path, data: f.data })), ...(spec.extra ?? [])]);
}

const withModule = (path: string) =>
  packWith({
    files: [
      { path: 'modules/01-a.md', data: MODULE },
      { path, data: MODULE },
    ],
  });
const withAsset = (path: string) =>
  packWith({
    files: [
      { path: 'modules/01-a.md', data: MODULE },
      { path, data: SVG },
    ],
  });
const twins = (first: string, second: string, data: Buffer) =>
  packWith({
    files: [
      { path: 'modules/01-a.md', data: MODULE },
      { path: first, data },
      { path: second, data },
    ],
    modules: ['modules/01-a.md'],
  });
const idRefused = (shown: string) => new RegExp(`course id "${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" cannot be a folder name`);
const long = 'a'.repeat(300);

/** Every case must be refused with a 4xx and leave nothing behind. */
export const hostilePacks: HostilePack[] = [
  // The course id becomes the new course's folder name.
  {
    name: 'id ../../../../x (climbs out of the data folder)',
    zip: () => packWith({ id: '../../../../x' }),
    message: idRefused('../../../../x'),
  },
  { name: 'id ..', zip: () => packWith({ id: '..' }), message: idRefused('..') },
  { name: 'id .', zip: () => packWith({ id: "'.'" }), message: idRefused('.') },
  { name: 'id /abs', zip: () => packWith({ id: '/abs' }), message: idRefused('/abs') },
  { name: 'id C:\\x', zip: () => packWith({ id: "'C:\\x'" }), message: idRefused('C:\\x') },
  {
    name: 'id \\\\server\\share',
    zip: () => packWith({ id: "'\\\\server\\share'" }),
    message: /cannot be a folder name: it is an absolute path/,
  },
  { name: 'id a/b', zip: () => packWith({ id: 'a/b' }), message: /cannot be a folder name: it contains a slash/ },
  {
    name: 'id con (a Windows device name)',
    zip: () => packWith({ id: 'con' }),
    message: /course id "con" cannot be a folder name: .*Windows/,
  },
  { name: 'id lpt1', zip: () => packWith({ id: 'lpt1' }), message: /course id "lpt1" cannot be a folder name: .*Windows/ },
  { name: 'id with NUL', zip: () => packWith({ id: '"a\\0b"' }), message: /cannot be a folder name: it contains a control character/ },
  { name: 'id .hidden', zip: () => packWith({ id: '.hidden' }), message: /cannot be a folder name: it starts with a dot/ },
  { name: 'id of 300 characters', zip: () => packWith({ id: long }), message: /cannot be a folder name: it is longer than/ },
  {
    name: 'id differing only by case from an existing course',
    zip: () => packWith({ id: 'Existing' }),
    message: /course id "Existing" cannot be used: .*lowercase/,
  },
  { name: 'id with accents (not a course id)', zip: () => packWith({ id: 'café' }), message: /course id "café" cannot be used/ },
  { name: 'id with a colon', zip: () => packWith({ id: "'ab:c'" }), message: /cannot be a folder name: it contains ":"/ },
  {
    name: 'id with a right-to-left override',
    zip: () => packWith({ id: '"gpj\\u202Eexe"' }),
    message: /cannot be a folder name: it contains a character/,
  },
  // File names inside the pack.
  {
    name: 'file name of 300 characters',
    zip: () => withModule(`modules/${long}.md`),
    message: /The pack's file "modules\/a+…a+\.md" cannot be a file name: .*longer than 120 characters/,
  },
  { name: 'module named con.md', zip: () => withModule('modules/con.md'), message: /"modules\/con\.md" cannot be a file name: .*Windows/ },
  {
    name: 'asset folder named aux',
    zip: () => withAsset('assets/aux/x.svg'),
    message: /"assets\/aux\/x\.svg" cannot be a file name: .*Windows/,
  },
  {
    name: 'asset folder ending in a space',
    zip: () => withAsset('assets/team /x.svg'),
    message: /"assets\/team \/x\.svg" cannot be a file name: it has a part "team " that ends with a space or a dot/,
  },
  {
    name: 'asset folder ending in a dot',
    zip: () => withAsset('assets/team./x.svg'),
    message: /"assets\/team\.\/x\.svg" cannot be a file name: it has a part "team\." that ends with a space or a dot/,
  },
  {
    name: 'module name with a right-to-left override',
    zip: () => withModule('modules/x\u202Egpj.md'),
    message: /cannot be a file name: .*contains a character \(U\+202E\)/,
  },
  {
    name: 'names differing only by case',
    zip: () => twins('modules/02-b.md', 'modules/02-B.md', MODULE),
    message: /modules\/02-B\.md and modules\/02-b\.md are the same file on Windows and macOS/,
  },
  {
    name: 'Unicode normalisation twins (NFC and NFD)',
    zip: () => twins('assets/caf\u00e9.svg', 'assets/cafe\u0301.svg', SVG),
    message: /are the same file on Windows and macOS/,
  },
  {
    name: 'compatibility twins (NFKC: ligature fi)',
    zip: () => twins('modules/\ufb01le.md', 'modules/file.md', MODULE),
    message: /are the same file on Windows and macOS/,
  },
  {
    name: 'case twins in a folder name',
    zip: () => twins('assets/Team/x.svg', 'assets/team/y.svg', SVG),
    message: /are the same (file|folder) on Windows and macOS/,
  },
  {
    name: 'the same name twice (hard-link-like duplicate)',
    zip: () => packWith({ extra: [{ name: 'modules/01-a.md', data: Buffer.from('---\ntitle: Other\n---\n') }] }),
    message: /appears twice/,
  },
  {
    name: 'a duplicate through a . segment',
    zip: () => packWith({ extra: [{ name: 'modules/./01-a.md', data: MODULE }] }),
    message: /\. or \.\. segments/,
  },
  {
    name: 'a duplicate through an empty segment',
    zip: () => packWith({ extra: [{ name: 'modules//01-a.md', data: MODULE }] }),
    message: /empty segment/,
  },
  {
    name: 'symlink entry',
    zip: () => packWith({ extra: [{ name: 'assets/link.png', data: Buffer.from('/etc/passwd'), unixMode: 0o120777 }] }),
    message: /symbolic link/,
  },
  {
    name: 'symlink entry for a folder',
    zip: () => packWith({ extra: [{ name: 'assets', data: Buffer.from('/etc'), unixMode: 0o120777 }] }),
    message: /symbolic link/,
  },
  {
    name: 'entry with ../ climbing out',
    zip: () => packWith({ extra: [{ name: '../../../../evil.md', data: MODULE }] }),
    message: /\.\. segments/,
  },
  {
    name: 'entry with backslashes',
    zip: () => packWith({ extra: [{ name: 'modules\\..\\..\\evil.md', data: MODULE }] }),
    message: /backslash/,
  },
  { name: 'absolute entry', zip: () => packWith({ extra: [{ name: '/tmp/evil.md', data: MODULE }] }), message: /is absolute/ },
  { name: 'entry with a drive letter', zip: () => packWith({ extra: [{ name: 'C:/evil.md', data: MODULE }] }), message: /drive letter/ },
  {
    name: 'entry with a control character',
    zip: () => packWith({ extra: [{ name: 'modules/a\u001b.md', data: MODULE }] }),
    message: /control character/,
  },
  {
    name: 'zip bomb by ratio',
    zip: () => packWith({ extra: [{ name: 'modules/02-bomb.md', data: Buffer.alloc(15 * MB, 0x20) }] }),
    message: /zip bombs/,
  },
  {
    name: 'sizes that add up to more than 200 MB',
    zip: () =>
      packWith({ extra: Array.from({ length: 11 }, (_, i) => ({ name: `notes/${i}.bin`, data: Buffer.alloc(1), declaredSize: 19 * MB })) }),
    message: /more than 200 MB/,
  },
  {
    name: 'too many files',
    zip: () =>
      packWith({ extra: Array.from({ length: 2000 }, (_, i) => ({ name: `notes/${i}.txt`, data: Buffer.from('x'), method: 0 as const })) }),
    message: /at most 2000/,
  },
];
