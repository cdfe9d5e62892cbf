import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import yazl from 'yazl';
import { ApiError } from '../errors';
import { formatMegabytes, limits } from '../api/limits';
import { createContainedReader, refusalReason } from '../workspace/contained-read';
import { writeFileAtomic } from '../storage/atomic-write';
import { listCourseFiles } from './course-files';
import { MANIFEST_FILE, PACK_FORMAT, PACK_VERSION, type PackManifest } from './pack-format';
import { checkUserFolderPath } from './safe-paths';
import { COURSE_FILE } from './workspace';
import { readTopLevelString } from './yaml-splice';
import { packLimits } from './zip-limits';

export interface ExportedPack {
  path: string;
  files: number;
  bytes: number;
  /** Links in the course folder that were not followed and are not in the pack, e.g. `assets/logo.png (a link)`. */
  leftOut: string[];
}

/**
 * Writes a course as one pack file: manifest.json plus the course files and nothing else
 * (see course-files.ts). Any course can be exported, bundled ones included. The zip is built in
 * memory (a pack is at most 200 MB) and written atomically, so a failed export never leaves a
 * half-written pack where the trainer expects a good one. Links inside the course folder are never
 * followed: a link to a file elsewhere would carry that file to whoever opens the pack. They are
 * left out and named in `leftOut`.
 */
export async function exportPack(folder: string, destPath: string, now: Date = new Date()): Promise<ExportedPack> {
  const dest = checkUserFolderPath(destPath);
  const parent = await stat(dirname(dest)).catch(() => undefined);
  if (!parent?.isDirectory())
    throw new ApiError('not-found', `The folder ${dirname(dest)} does not exist; choose where to save the pack again.`);
  const listed = await listCourseFiles(folder);
  const leftOut = listed.links.map((path) => `${path} (${refusalReason('link')})`);
  if (listed.links.includes(COURSE_FILE))
    throw new ApiError('invalid-argument', `${folder} cannot be packed: its ${COURSE_FILE} ${refusalReason('link')}.`);
  if (!listed.files.includes(COURSE_FILE)) throw new ApiError('not-found', `${folder} is not a course folder: it has no ${COURSE_FILE}.`);
  const reader = createContainedReader(folder);
  const paths: string[] = [];
  const contents: Buffer[] = [];
  for (const path of listed.files) {
    // Read without following links: a file swapped for a link after the listing is left out too.
    const read = await reader.read(path);
    if (read.ok) {
      paths.push(path);
      contents.push(read.data);
    } else leftOut.push(`${path} (${refusalReason(read.refusal)})`);
  }
  if (!paths.includes(COURSE_FILE))
    throw new ApiError('not-found', `${folder} is not a course folder: its ${COURSE_FILE} could not be read.`);
  const total = contents.reduce((sum, data) => sum + data.length, 0);
  const tooBig = contents.findIndex((data) => data.length > packLimits.maxEntryBytes);
  if (tooBig >= 0) throw new ApiError('invalid-argument', `${paths[tooBig]} is larger than 20 MB, which a course pack cannot hold.`);
  if (total > packLimits.maxTotalBytes)
    throw new ApiError('invalid-argument', 'This course is larger than 200 MB, which a course pack cannot hold; make its images smaller.');
  const courseText = contents[paths.indexOf(COURSE_FILE)]?.toString('utf8') ?? '';
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    courseId: readTopLevelString(courseText, 'id') ?? '',
    title: readTopLevelString(courseText, 'title') ?? '',
    exportedAt: now.toISOString(),
    files: paths.map((path, i) => {
      const data = contents[i] ?? Buffer.alloc(0);
      return { path, size: data.length, sha256: createHash('sha256').update(data).digest('hex') };
    }),
  };
  const zip = new yazl.ZipFile();
  const options = { mtime: now, mode: 0o100644 };
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), MANIFEST_FILE, options);
  paths.forEach((path, i) => zip.addBuffer(contents[i] ?? Buffer.alloc(0), path, options));
  zip.end();
  const bytes = await collect(zip.outputStream);
  // A pack is made to be imported elsewhere, and an import takes at most limits.files.pack.
  if (bytes.length > limits.files.pack) {
    throw new ApiError(
      'invalid-argument',
      `This course pack would be ${formatMegabytes(bytes.length)}, more than the ${formatMegabytes(limits.files.pack)} a pack import accepts; make its images smaller.`,
    );
  }
  await writeFileAtomic(dest, bytes);
  return { path: dest, files: paths.length, bytes: bytes.length, leftOut };
}

function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('error', reject);
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
