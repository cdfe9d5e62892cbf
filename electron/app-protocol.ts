import { join } from 'node:path';
import { protocol } from 'electron';
import { attachment, loadAppFile } from '../core/server/static-files';
import type { ServedFile } from '../core/workspace/served-file';
import { securityHeaders } from '../core/server/security-headers';
import { appHost, appScheme } from './trusted-url';

/** Must run before the app is ready: makes `app://` behave like a secure web origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * Serves the renderer and course images on `app://course-studio/`, with the same paths, files and
 * security headers as the browser build's HTTP server. Which file answers, and that no link is
 * followed to find it, is decided in core (`loadAppFile`); this only speaks Electron's protocol.
 */
export function serveAppProtocol(rendererDir: string, resolveFile: (urlPath: string) => Promise<ServedFile | null>): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    if (url.host !== appHost || request.method !== 'GET') return new Response('Not found', { status: 404 });
    const file = await loadAppFile(rendererDir, resolveFile, url.pathname);
    if (!file) return new Response('Not found', { status: 404, headers: securityHeaders });
    return new Response(file.body, {
      headers: {
        ...securityHeaders,
        'Content-Type': file.contentType,
        ...(file.downloadName && { 'Content-Disposition': attachment(file.downloadName) }),
      },
    });
  });
}

export function rendererIndexUrl(): string {
  return `${appScheme}://${appHost}/index.html`;
}

export function rendererDirIn(appPath: string): string {
  return join(appPath, 'dist', 'renderer');
}
