import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../errors';
import { formatMegabytes, limits } from '../api/limits';
import { writeFileAtomic } from '../storage/atomic-write';
import { imageExtension, imageExtensions, imageProblem } from './image-types';
import { readContained } from '../workspace/contained-read';
import { printable } from '../workspace/safe-name';
import { slugify } from './safe-paths';
import { editableCourse, type AuthoringWorkspace } from './workspace';

export const MAX_IMAGE_BYTES = limits.files.image;

export interface AddedImage {
  /** Course-relative path, e.g. `assets/team-photo-3f2a9c1e.png`. */
  path: string;
  /** Markdown to insert; the trainer replaces the placeholder description. */
  markdown: string;
}

/**
 * Copies an image into the course's assets/ folder. The name is the slugified original name
 * plus a short content hash, so the same picture added twice is stored once and two different
 * `image.png` files never overwrite each other; no name from outside reaches the disk unchanged.
 */
export async function addImage(
  ws: AuthoringWorkspace,
  folder: string,
  input: { fileName: string; bytes: Uint8Array },
): Promise<AddedImage> {
  const course = await editableCourse(ws, folder);
  const shown = printable(String(input.fileName));
  const ext = imageExtension(String(input.fileName));
  if (!ext) throw new ApiError('invalid-argument', `${shown} is not an image type courses can use (${imageExtensions.join(', ')}).`);
  if (!(input.bytes instanceof Uint8Array)) throw new ApiError('invalid-argument', `${shown} has no content.`);
  if (input.bytes.length > MAX_IMAGE_BYTES)
    throw new ApiError(
      'invalid-argument',
      `${shown} is larger than ${formatMegabytes(MAX_IMAGE_BYTES)}; make it smaller before adding it.`,
    );
  const problem = imageProblem(ext, input.bytes);
  if (problem) throw new ApiError('invalid-argument', `${shown} ${problem}.`);
  const base = String(input.fileName)
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '');
  const hash = createHash('sha256').update(input.bytes).digest('hex').slice(0, 8);
  const path = `assets/${slugify(base, 'image').slice(0, 40).replace(/-+$/, '')}-${hash}.${ext === 'jpeg' ? 'jpg' : ext}`;
  const full = join(course.folder, ...path.split('/'));
  await ws.queue.run(course.folder, async () => {
    await mkdir(join(course.folder, 'assets'), { recursive: true });
    // Never through a link: an `assets` link to another folder would put the image there.
    const existing = await readContained(course.folder, path);
    if (existing.ok && existing.data.equals(input.bytes)) return;
    if (!existing.ok && existing.refusal !== 'missing') {
      throw new ApiError(
        'forbidden',
        `${path} cannot be written: it, or the assets folder, is a link or not a plain file, and Course Studio does not follow links inside a course folder.`,
      );
    }
    await writeFileAtomic(full, input.bytes);
  });
  return { path, markdown: `![Describe the image](${path})` };
}
