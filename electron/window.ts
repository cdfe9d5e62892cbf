import { BrowserWindow, shell, type Session } from 'electron';
import { permissionAllowed } from './shell-policy';
import { externalUrlToOpen, isAppUrl } from './trusted-url';

export interface MainWindowOptions {
  preloadPath: string;
  indexUrl: string;
  title: string;
  /** Development builds only (shell-policy.ts): without it the developer tools cannot be opened at all. */
  developerTools: boolean;
}

/**
 * The one app window. The renderer is sandboxed with context isolation and no Node; it may never
 * navigate away from our own pages, and links to the web open in the system browser instead.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 720,
    minHeight: 520,
    title: options.title,
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise try to open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      devTools: options.developerTools,
    },
  });

  window.webContents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openExternally(url);
  });
  window.webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  denyPermissions(window.webContents.session);

  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.indexUrl);
  return window;
}

/**
 * Both handlers: the request handler answers prompts (camera, notifications…), the check handler
 * answers silent queries (navigator.permissions, clipboard, device lists), which Electron would
 * otherwise grant. Both deny unless shell-policy.ts allows the permission for our own pages.
 */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) =>
    callback(permissionAllowed(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    permissionAllowed(permission, details.requestingUrl ?? requestingOrigin),
  );
}

function openExternally(url: string): void {
  const external = externalUrlToOpen(url);
  if (external) void shell.openExternal(external);
}
