import { lstat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { containedFile, readFileNoFollow } from '../workspace/contained-read';
import type { ServedFile } from '../workspace/served-file';
import { urlPathToRelative } from '../workspace/url-path';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path (already split from its query) to a path strictly inside `root`, or null
 * (see workspace/url-path.ts). It does not look at the disk: pair it with `existingFile`, or use
 * `servedFileInside`, which also refuses links.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  const relative = urlPathToRelative(urlPath);
  return relative === null ? null : join(resolve(root), ...relative.split('/'));
}

/** The file at `path` if it is a regular file and not a link; directories, links and missing files are null. */
export async function existingFile(path: string | null): Promise<string | null> {
  if (path === null) return null;
  try {
    return (await lstat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

/** The plain file a URL path names inside `root`, reached without following any link, or null. */
export async function servedFileInside(root: string, urlPath: string): Promise<string | null> {
  const relative = urlPathToRelative(urlPath);
  return relative === null ? null : containedFile(root, relative);
}

/** A Content-Disposition header value that survives any file name (RFC 6266 with an ASCII fallback). */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** A file loaded to answer a request of the desktop app's app:// protocol. */
export interface LoadedFile {
  body: Buffer<ArrayBuffer>;
  contentType: string;
  downloadName?: string;
}

/**
 * What the desktop app's app:// protocol answers for a URL path: the app's own file (course image
 * or download, from `resolveFile`) or the renderer's, or null for a 404. It lives here, not in
 * electron/, so both shells serve the same files under the same rules, links never followed.
 */
export async function loadAppFile(
  rendererDir: string,
  resolveFile: (urlPath: string) => Promise<ServedFile | null>,
  urlPath: string,
): Promise<LoadedFile | null> {
  const served = await resolveFile(urlPath);
  const path = served?.path ?? (await servedFileInside(rendererDir, urlPath === '/' ? '/index.html' : urlPath));
  if (path === null) return null;
  const body = await readFileNoFollow(path);
  if (body === null) return null;
  return { body, contentType: contentTypeFor(path), ...(served?.downloadName && { downloadName: served.downloadName }) };
}
