/**
 * Turns the path of a URL the app serves (`/course-assets/demo/assets/a%20b.png`, already split
 * from its query) into a relative path with forward slashes, or null. Decoding happens once, here,
 * so `%2e%2e`, `%2f` and backslashes cannot climb out of a folder; hidden names (`.env`, `.git/`)
 * are never served. Shared by the course-asset resolver and the server's static files.
 */
export function urlPathToRelative(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.length === 0 || segments.some((segment) => segment.startsWith('.'))) return null;
  return segments.join('/');
}
