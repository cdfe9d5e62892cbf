import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CourseSummary } from '../api/types';
import { courseFileName, type CourseFolder } from './course-folders';

/** Reads what the course list shows from a course file; a broken file becomes a problem, never a throw. */
export async function summarizeCourse(location: CourseFolder): Promise<CourseSummary> {
  const summary: CourseSummary = {
    id: location.id,
    title: location.id,
    description: '',
    moduleCount: 0,
    source: location.source,
    problems: [],
  };
  try {
    const manifest: unknown = parse(await readFile(join(location.folder, courseFileName), 'utf8'));
    if (typeof manifest !== 'object' || manifest === null) throw new Error('the course file is empty');
    const { title, description, modules } = manifest as Record<string, unknown>;
    if (typeof title === 'string') summary.title = title;
    if (typeof description === 'string') summary.description = description;
    if (Array.isArray(modules)) summary.moduleCount = modules.length;
  } catch (error) {
    summary.problems.push(`${courseFileName} could not be read: ${(error as Error).message}`);
  }
  return summary;
}
