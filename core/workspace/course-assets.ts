import { extname } from 'node:path';
import { existingFile, resolveInside } from '../server/static-files';
import { findCourseFolders, type CourseRoot } from './course-folders';

/** URL prefix under which a course's images are served, in both shells. */
export const courseAssetsPrefix = '/course-assets/';

/**
 * Resolves `/course-assets/<courseId>/<path>` to a file inside that course's folder, or null.
 * Only image files inside the course's own folder are ever served: the engine already rejects image
 * paths that try to leave it, and this is the second lock on the same door. Module files are never
 * served, since they hold the answer keys.
 */
export async function resolveCourseAsset(roots: readonly CourseRoot[], urlPath: string): Promise<string | null> {
  if (!urlPath.startsWith(courseAssetsPrefix)) return null;
  const rest = urlPath.slice(courseAssetsPrefix.length);
  const slash = rest.indexOf('/');
  if (slash <= 0) return null;
  const courseId = safeDecode(rest.slice(0, slash));
  if (courseId === null) return null;
  const course = (await findCourseFolders(roots)).find((candidate) => candidate.id === courseId);
  if (!course) return null;
  const assetPath = rest.slice(slash);
  if (!imageExtensions.has(extname(assetPath).toLowerCase())) return null;
  return existingFile(resolveInside(course.folder, assetPath));
}

const imageExtensions = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg']);

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
