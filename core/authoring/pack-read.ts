import { createHash } from 'node:crypto';
import { ApiError } from '../errors';
import { SLUG } from '../course/schema';
import { checkName, checkSafePath, printable } from '../workspace/safe-name';
import { isCourseFilePath } from './course-files';
import { imageExtension, imageProblem } from './image-types';
import { MANIFEST_FILE, manifestSchema, PACK_FORMAT, type PackFile, type PackManifest } from './pack-format';
import { readZipEntries } from './zip-read';
import { packLimits, packRefused, type ZipLimits } from './zip-limits';
import { COURSE_FILE } from './workspace';
import { readTopLevelString } from './yaml-splice';

export interface PackContents {
  manifest: PackManifest;
  /** Course files found, as verified against the manifest. */
  files: PackFile[];
  /** course.yml and module texts, by path. */
  texts: Map<string, string>;
  /** Entries that are not course files; never unpacked. */
  skipped: string[];
  totalBytes: number;
}

/**
 * Reads and verifies a pack: only course files are unpacked, each one is handed to `onFile`
 * (import writes it into its staging folder), and the result is returned only when the manifest
 * lists exactly the files found, with matching sizes and checksums, and the course id in its
 * course.yml can be a folder name. Every file name is checked before its entry is unpacked. Any
 * problem throws invalid-argument.
 */
export async function readPack(
  zipPath: string,
  onFile: (path: string, data: Buffer) => Promise<void> = async () => undefined,
  limits: ZipLimits = packLimits,
): Promise<PackContents> {
  let manifestText: string | undefined;
  const found = new Map<string, PackFile>();
  const texts = new Map<string, string>();
  const { skipped } = await readZipEntries(
    zipPath,
    limits,
    (name) => {
      if (name === MANIFEST_FILE) return true;
      if (!isCourseFilePath(name)) return false;
      // It will become a file on disk, on whichever system the trainer uses.
      checkSafePath(name, "The pack's file");
      return true;
    },
    async ({ name, data }) => {
      if (name === MANIFEST_FILE) {
        manifestText = utf8(data, name);
        return;
      }
      const ext = imageExtension(name);
      if (name.startsWith('assets/') && ext) {
        const problem = imageProblem(ext, data);
        if (problem) throw packRefused(`${name} ${problem}`);
      } else texts.set(name, utf8(data, name));
      found.set(name, { path: name, size: data.length, sha256: createHash('sha256').update(data).digest('hex') });
      await onFile(name, data);
    },
  );
  if (manifestText === undefined)
    throw packRefused(`it has no ${MANIFEST_FILE}, so it was not made by Course Studio's "Export course pack"`);
  const manifest = parseManifest(manifestText);
  for (const listed of manifest.files) {
    const actual = found.get(listed.path);
    if (!actual) throw packRefused(`${listed.path} is listed in the manifest but missing from the pack`);
    if (actual.size !== listed.size || actual.sha256 !== listed.sha256)
      throw packRefused(`${listed.path} does not match its checksum in the manifest (the pack was changed or damaged)`);
  }
  const listedPaths = new Set(manifest.files.map((file) => file.path));
  for (const path of found.keys()) if (!listedPaths.has(path)) throw packRefused(`${path} is in the pack but not in its manifest`);
  if (!found.has(COURSE_FILE)) throw packRefused(`it has no ${COURSE_FILE}`);
  const id = readTopLevelString(texts.get(COURSE_FILE) ?? '', 'id');
  if (id !== undefined) checkPackCourseId(id);
  const files = [...found.values()].sort((a, b) => a.path.localeCompare(b.path));
  return { manifest, files, texts, skipped, totalBytes: files.reduce((sum, file) => sum + file.size, 0) };
}

/** The pack's course id names the new course's folder: a safe name, and a course id. */
export function checkPackCourseId(id: string): string {
  checkName(id, "The pack's course id", 'folder');
  if (!SLUG.test(id) || id.length > 80) {
    throw new ApiError(
      'invalid-argument',
      `The pack's course id "${printable(id)}" cannot be used: course ids use only lowercase letters, digits and single hyphens, e.g. "service-basics".`,
    );
  }
  return id;
}

function parseManifest(text: string): PackManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw packRefused(`its ${MANIFEST_FILE} is not valid JSON`);
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) {
    const format = (json as { format?: unknown } | null)?.format;
    throw packRefused(
      format === PACK_FORMAT
        ? `its ${MANIFEST_FILE} is from a newer or damaged version of Course Studio`
        : `its ${MANIFEST_FILE} is not a Course Studio pack manifest`,
    );
  }
  return result.data;
}

function utf8(data: Buffer, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    throw packRefused(`${name} is not UTF-8 text`);
  }
}
