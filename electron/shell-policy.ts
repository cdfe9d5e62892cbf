import type { MenuItemConstructorOptions } from 'electron';
import { isAppUrl } from './trusted-url';

/**
 * Decisions of the desktop shell, kept free of `electron` at run time so they are table-tested in
 * plain Node (shell-policy.test.ts). main.ts, menu.ts and window.ts apply them.
 */

/**
 * The developer tools open a console with the renderer's full powers (the trainer token, the API
 * bridge), so they exist only in development: Electron started from the repository (`npm start`,
 * the Playwright tests), never the packaged app, whatever its environment says.
 */
export function developerToolsAllowed(build: { isPackaged: boolean }): boolean {
  return !build.isPackaged;
}

/** The usual menus with their standard roles, so shortcuts (copy, paste, zoom, quit) work everywhere. */
export function applicationMenuTemplate(options: {
  isMac: boolean;
  productName: string;
  developerTools: boolean;
}): MenuItemConstructorOptions[] {
  const { isMac, productName, developerTools } = options;
  return [
    ...(isMac ? [{ label: productName, role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        ...(developerTools ? [{ role: 'toggleDevTools' as const }] : []),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: `About ${productName}`, role: 'about' }] },
  ];
}

/**
 * Web permissions the renderer may use, and only from our own pages. Course Studio needs none
 * (copy and paste go through the Edit menu and the editor's own events, not the Clipboard API),
 * so every request and every check is denied, including permissions Electron adds later. Add a
 * permission here only with the feature that needs it.
 */
const permissionsTheAppUses: ReadonlySet<string> = new Set<string>();

/** Answers both Electron's permission request handler and its permission check handler. */
export function permissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return permissionsTheAppUses.has(permission) && isAppUrl(requestingUrl);
}
