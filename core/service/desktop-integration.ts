import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ApiError } from '../errors';

/**
 * What the Node side asks of the shell around it. The desktop app answers with Electron's shell and
 * dialogs; the browser build, which runs on the same machine, opens the file manager itself and has
 * no folder dialog (its UI asks for a path instead).
 */
export interface DesktopIntegration {
  /** Shows a file or folder in the system file manager. */
  reveal(path: string): Promise<void>;
  /** Moves a file or folder to the system trash; absent where there is none to use. */
  trash?: (path: string) => Promise<void>;
  /** Asks the user for a folder with the system dialog; absent in the browser build. */
  chooseFolder?: () => Promise<string | null>;
}

/** The browser build's integration: opens the platform's file manager on the folder. */
export function nodeDesktopIntegration(platform: NodeJS.Platform = process.platform): DesktopIntegration {
  return {
    async reveal(path) {
      const folder = (await stat(path).catch(() => null))?.isDirectory() ? path : dirname(path);
      const [command, args] =
        platform === 'win32' ? ['explorer.exe', [folder]] : platform === 'darwin' ? ['open', [folder]] : ['xdg-open', [folder]];
      await new Promise<void>((resolve, reject) => {
        const child = spawn(command, args, { detached: true, stdio: 'ignore' });
        child.once('error', () => reject(new ApiError('internal', `No file manager could be opened here. The folder is ${folder}`)));
        child.once('spawn', () => {
          child.unref();
          resolve();
        });
      });
    },
  };
}
