/**
 * What a course may link to and which images it may show. Course content is untrusted: links may
 * only leave for http, https or mailto, and images must be files inside the course folder.
 * These are pure functions; plugins/safety.ts applies them to markdown-it tokens.
 */

const ALLOWED_LINK = /^(?:https?:\/\/|mailto:)/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
const CONTROL = /[\u0000-\u001f\u007f]/;

/** True when `href` may be a link target: http(s) or mailto, nothing else. */
export function isAllowedLink(href: string): boolean {
  return ALLOWED_LINK.test(href) && !CONTROL.test(href);
}

/**
 * markdown-it's validateLink: lets through allowed links and scheme-less paths (course images,
 * which plugins/safety.ts checks further). Everything else — javascript:, data:, file:, `//host`,
 * `C:` — never becomes a link or image at all and renders as plain text.
 */
export function validateLink(url: string): boolean {
  const trimmed = url.trim();
  if (isAllowedLink(trimmed)) return true;
  return !SCHEME.test(trimmed) && !trimmed.startsWith('//') && !trimmed.startsWith('\\') && !CONTROL.test(trimmed);
}

export type ImagePathResult = { ok: true; path: string } | { ok: false; reason: string };

/** What a course-relative path names, for the reasons a path is refused. */
export interface CoursePathKind {
  /** e.g. "images"; the reasons say "<plural> must be files inside the course folder". */
  plural: string;
  /** A good path of this kind. */
  example: string;
}

const IMAGES: CoursePathKind = { plural: 'images', example: 'assets/photo.png' };
export const MODULE_FILES: CoursePathKind = { plural: 'module files', example: 'modules/01-intro.md' };

/**
 * Resolves an image reference to a path relative to the course folder, or says why it is refused.
 * `raw` is what markdown-it stored (already percent-encoded by its normalizeLink).
 */
export function resolveImagePath(raw: string): ImagePathResult {
  return resolveCoursePath(raw, IMAGES);
}

/** The same rules for any file a course names (images, module files), with reasons that name the kind. */
export function resolveCoursePath(raw: string, kind: CoursePathKind): ImagePathResult {
  const { plural, example } = kind;
  let path: string;
  try {
    path = decodeURIComponent(raw.trim());
  } catch {
    return { ok: false, reason: 'has a broken %-escape' };
  }
  if (path === '') return { ok: false, reason: 'is empty' };
  if (CONTROL.test(path)) return { ok: false, reason: 'contains control characters' };
  if (path.includes('\\')) return { ok: false, reason: `contains a backslash; use forward slashes, e.g. ${example}` };
  if (/^[a-z]:/i.test(path))
    return { ok: false, reason: `is an absolute Windows path; use a path inside the course folder, e.g. ${example}` };
  if (SCHEME.test(path)) return { ok: false, reason: `is a URL; ${plural} must be files inside the course folder, e.g. ${example}` };
  if (path.startsWith('/')) return { ok: false, reason: `is an absolute path; write it relative to the course folder, e.g. ${example}` };
  if (/[?#%]/.test(path)) return { ok: false, reason: `contains ?, # or %; name the file plainly, e.g. ${example}` };
  const segments = path.split('/').filter((segment) => segment !== '.');
  if (segments.some((segment) => segment === '..')) {
    return {
      ok: false,
      reason: `uses '..'; ${plural} must stay inside the course folder, written from the course folder, e.g. ${example}`,
    };
  }
  if (segments.some((segment) => segment === '')) return { ok: false, reason: 'has an empty folder name (//)' };
  return { ok: true, path: segments.join('/') };
}

/** The src an image gets in rendered HTML: the asset base URL plus the encoded course-relative path. */
export function imageUrl(assetBaseUrl: string, coursePath: string): string {
  return assetBaseUrl + coursePath.split('/').map(encodeURIComponent).join('/');
}

export function defaultAssetBaseUrl(courseId: string): string {
  return `/course-assets/${encodeURIComponent(courseId)}/`;
}
