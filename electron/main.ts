import { join } from 'node:path';
import { app, ipcMain, type BrowserWindow } from 'electron';
import { productName } from '../core/identity';
import { openCourseStudio } from '../core/service/course-studio';
import { registerAppScheme, rendererDirIn, rendererIndexUrl, serveAppProtocol } from './app-protocol';
import { electronDesktopIntegration } from './desktop-integration';
import { registerIpcHandlers } from './ipc';
import { installApplicationMenu } from './menu';
import { developerToolsAllowed } from './shell-policy';
import { createMainWindow } from './window';

// The desktop entry only wires the shell to the Node side; all behaviour lives in core/.
registerAppScheme();
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  const appPath = app.getAppPath();
  const dataDir = app.getPath('userData');
  const bundledCoursesDir = join(appPath, 'courses');
  const studio = await openCourseStudio({
    dataDir,
    bundledCoursesDir,
    shell: 'desktop',
    integration: electronDesktopIntegration(() => mainWindow),
  });

  registerIpcHandlers(ipcMain, studio.dispatch);
  serveAppProtocol(rendererDirIn(appPath), studio.resolveFile);
  const developerTools = developerToolsAllowed({ isPackaged: app.isPackaged });
  installApplicationMenu({ isMac: process.platform === 'darwin', productName, developerTools });
  mainWindow = createMainWindow({ preloadPath: join(__dirname, 'preload.cjs'), indexUrl: rendererIndexUrl(), title: productName, developerTools });
  mainWindow.on('closed', () => (mainWindow = null));
}
