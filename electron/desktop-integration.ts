import { dialog, shell, type BrowserWindow } from 'electron';
import type { DesktopIntegration } from '../core/service/desktop-integration';

/** The desktop app's answers to the Node side: the system trash, file manager and folder dialog. */
export function electronDesktopIntegration(window: () => BrowserWindow | null): DesktopIntegration {
  return {
    async reveal(path) {
      shell.showItemInFolder(path);
    },
    trash: (path) => shell.trashItem(path),
    async chooseFolder() {
      const parent = window();
      const options = { title: 'Open a course folder', properties: ['openDirectory' as const] };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
