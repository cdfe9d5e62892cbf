import { extname } from 'node:path';
import { containedFile } from './contained-read';
import { urlPathToRelative } from './url-path';

/** URL prefix under which a course's images are served, in both shells. */
export const courseAssetsPrefix = '/course-assets/';

const imageExtensions = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg']);

/**
 * Resolves `/course-assets/<courseId>/<path>` to an image file inside that course's folder, or null.
 * Only images inside the course's own folder are ever served: the engine already rejects image
 * paths that try to leave it, and this is the second lock on the same door. Links are never
 * followed (a course from another trainer may hold `assets/x.svg -> /etc/passwd`), and module
 * files are never served, since they hold the answer keys.
 */
export async function resolveCourseAsset(folderOf: (courseId: string) => Promise<string | null>, urlPath: string): Promise<string | null> {
  if (!urlPath.startsWith(courseAssetsPrefix)) return null;
  const rest = urlPath.slice(courseAssetsPrefix.length);
  const slash = rest.indexOf('/');
  if (slash <= 0) return null;
  const courseId = safeDecode(rest.slice(0, slash));
  const assetPath = urlPathToRelative(rest.slice(slash));
  if (courseId === null || assetPath === null || !imageExtensions.has(extname(assetPath).toLowerCase())) return null;
  const folder = await folderOf(courseId);
  return folder ? containedFile(folder, assetPath) : null;
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
