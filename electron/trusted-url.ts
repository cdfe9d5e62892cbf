/**
 * URL rules of the desktop shell, kept free of `electron` so they are tested in plain Node.
 * The renderer is loaded from `app://course-studio/`; nothing else may ever be shown in the window.
 */
export const appScheme = 'app';
export const appHost = 'course-studio';
export const appOrigin = `${appScheme}://${appHost}`;

/** True only for pages of our own renderer. */
export function isAppUrl(url: string | undefined): boolean {
  const parsed = parse(url);
  return (
    parsed !== null && parsed.protocol === `${appScheme}:` && parsed.host === appHost && parsed.username === '' && parsed.password === ''
  );
}

/**
 * The address to hand to the system browser when a course link is followed, or null when the URL is
 * not a plain web or mail link (file:, javascript:, custom schemes and look-alikes are refused).
 */
export function externalUrlToOpen(url: string): string | null {
  const parsed = parse(url);
  if (parsed === null) return null;
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
    return parsed.username === '' && parsed.password === '' && parsed.hostname !== '' ? parsed.href : null;
  }
  if (parsed.protocol === 'mailto:') return parsed.href;
  return null;
}

function parse(url: string | undefined): URL | null {
  if (typeof url !== 'string' || url.length > 4096) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
