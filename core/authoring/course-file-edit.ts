import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { ApiError } from '../errors';
import { isPlainText, limits } from '../api/limits';
import { SLUG } from '../course/schema';
import { readContained, refusalReason } from '../workspace/contained-read';
import { nameProblem, printable } from '../workspace/safe-name';
import { writeFileAtomic } from '../storage/atomic-write';
import { COURSE_FILE } from './workspace';
import { editTopLevelList, setTopLevelScalar } from './yaml-splice';

/**
 * Reads and edits a course's course.yml. Trainers edit this file by hand too, so changes go
 * through yaml-splice.ts: only the changed value or list moves, comments and layout stay.
 */

export async function readCourseText(folder: string): Promise<string> {
  const read = await readContained(folder, COURSE_FILE);
  if (read.ok) return read.data.toString('utf8');
  if (read.refusal === 'link')
    throw new ApiError('forbidden', `${join(folder, COURSE_FILE)} ${refusalReason('link')}, so it was not read.`);
  throw new ApiError('not-found', `${join(folder, COURSE_FILE)} could not be read; the course may have been moved or deleted.`);
}

export async function writeCourseText(folder: string, text: string): Promise<void> {
  await writeFileAtomic(join(folder, COURSE_FILE), text);
}

/** The `modules:` list as written (strings only), or [] when course.yml has none. */
export function listedModules(courseText: string): string[] {
  const doc = parseDocument(courseText);
  const modules: unknown = doc.errors.length === 0 ? (doc.toJS() as { modules?: unknown } | null)?.modules : undefined;
  return Array.isArray(modules) ? modules.filter((entry): entry is string => typeof entry === 'string') : [];
}

export function setCourseTitle(courseText: string, title: string): string {
  return setTopLevelScalar(courseText, 'title', checkTitle(title), COURSE_FILE);
}

export function setCourseId(courseText: string, id: string): string {
  return setTopLevelScalar(courseText, 'id', checkId(id), COURSE_FILE);
}

export function setModuleList(courseText: string, modules: readonly string[]): string {
  return editTopLevelList(courseText, 'modules', () => [...modules], COURSE_FILE);
}

/** A title as the trainer typed it, trimmed; one line of plain text, 1–200 characters. */
export function checkTitle(title: string): string {
  const trimmed = typeof title === 'string' ? title.replace(/\s+/g, ' ').trim() : '';
  if (trimmed === '') throw new ApiError('invalid-argument', 'Give it a title.');
  if (!isPlainText(title))
    throw new ApiError('invalid-argument', 'That title contains a control character or a broken character; type it again.');
  if (trimmed.length > limits.text.title)
    throw new ApiError('invalid-argument', `That title is too long; keep it under ${limits.text.title} characters.`);
  return trimmed;
}

/** A course id: a slug of at most 80 characters that is also a safe folder name (not `con`, `nul`…). */
export function checkId(id: string): string {
  if (typeof id !== 'string' || !SLUG.test(id) || id.length > 80) {
    throw new ApiError(
      'invalid-argument',
      `'${printable(String(id))}' cannot be a course id: use lowercase letters, digits and single hyphens, e.g. "service-basics".`,
    );
  }
  const problem = nameProblem(id);
  if (problem)
    throw new ApiError('invalid-argument', `'${id}' cannot be a course id: it becomes the course's folder name, and it ${problem}.`);
  return id;
}
