import { join } from 'node:path';
import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import { productName } from '../core/identity';
import { openCourseStudio, type CourseStudioHost } from '../core/service/course-studio';
import { startFailureMessage } from '../core/service/start-failure';
import { registerAppScheme, rendererDirIn, rendererIndexUrl, serveAppProtocol } from './app-protocol';
import { electronDesktopIntegration } from './desktop-integration';
import { registerIpcHandlers } from './ipc';
import { installApplicationMenu } from './menu';
import { developerToolsAllowed } from './shell-policy';
import { createMainWindow } from './window';

// The desktop entry only wires the shell to the Node side; all behaviour lives in core/.
registerAppScheme();
let mainWindow: BrowserWindow | null = null;
let studio: CourseStudioHost | null = null;
/** Set once what was waiting has been saved (or reported): the next quit goes through. */
let savedForQuit = false;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (!studio || savedForQuit) return;
    // Quit only once the saves a full disk refused earlier have been retried (core/service/orderly-stop.ts).
    event.preventDefault();
    void saveThenQuit(studio);
  });
  void app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox(productName, startFailureMessage(error, app.getPath('userData')));
      app.exit(1);
    });
}

async function start(): Promise<void> {
  const appPath = app.getAppPath();
  const dataDir = app.getPath('userData');
  const bundledCoursesDir = join(appPath, 'courses');
  const host = await openCourseStudio({
    dataDir,
    bundledCoursesDir,
    shell: 'desktop',
    integration: electronDesktopIntegration(() => mainWindow),
  });

  registerIpcHandlers(ipcMain, host.dispatch);
  serveAppProtocol(rendererDirIn(appPath), host.resolveFile);
  const developerTools = developerToolsAllowed({ isPackaged: app.isPackaged });
  installApplicationMenu({ isMac: process.platform === 'darwin', productName, developerTools });
  mainWindow = createMainWindow({
    preloadPath: join(__dirname, 'preload.cjs'),
    indexUrl: rendererIndexUrl(),
    title: productName,
    developerTools,
  });
  mainWindow.on('closed', () => (mainWindow = null));
  studio = host;
}

let saving: Promise<void> | null = null;

/** The window's calls are refused from here on; what could not be saved is shown before the app goes. */
function saveThenQuit(host: CourseStudioHost): Promise<void> {
  saving ??= host
    .flushBeforeExit()
    .then(
      (report) => report.message,
      (error: unknown) =>
        `${productName} could not finish saving before it quit: ${error instanceof Error ? error.message : String(error)}`,
    )
    .then((problem) => {
      if (problem) dialog.showErrorBox(`${productName}: not everything was saved`, problem);
      savedForQuit = true;
      app.quit();
    });
  return saving;
}
