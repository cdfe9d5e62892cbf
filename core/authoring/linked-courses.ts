import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as z from 'zod';
import { ApiError } from '../errors';
import { writeFileAtomic } from '../storage/atomic-write';

/**
 * `<dataDir>/linked-courses.json`: course folders the trainer opened from elsewhere on disk (a
 * shared drive, a git checkout). The library lists them next to the workspace courses; the files
 * stay where they are.
 */
const linkedSchema = z.object({
  version: z.literal(1),
  folders: z.array(z.object({ path: z.string(), addedAt: z.string() })),
});
type LinkedFile = z.infer<typeof linkedSchema>;

async function readLinkedFile(path: string): Promise<LinkedFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, folders: [] };
    throw error;
  }
  try {
    return linkedSchema.parse(JSON.parse(text));
  } catch {
    throw new ApiError(
      'conflict',
      `The list of linked course folders (${path}) is damaged; fix or remove that file and open the folders again.`,
    );
  }
}

/** Absolute paths of linked course folders, in the order they were added. */
export async function readLinkedCourses(path: string): Promise<string[]> {
  return (await readLinkedFile(path)).folders.map((entry) => entry.path);
}

export async function addLinkedCourse(path: string, folder: string, now: Date): Promise<void> {
  const file = await readLinkedFile(path);
  if (file.folders.some((entry) => entry.path === folder)) return;
  file.folders.push({ path: folder, addedAt: now.toISOString() });
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`);
}

export async function removeLinkedCourse(path: string, folder: string): Promise<void> {
  const file = await readLinkedFile(path);
  const folders = file.folders.filter((entry) => entry.path !== folder);
  if (folders.length === file.folders.length) return;
  await writeFileAtomic(path, `${JSON.stringify({ ...file, folders }, null, 2)}\n`);
}
