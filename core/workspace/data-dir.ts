import { join } from 'node:path';
import { productName } from '../identity';

export interface PlatformInfo {
  platform: NodeJS.Platform;
  home: string;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * The data folder the browser build uses when no `--data-dir` is given. It is the folder Electron
 * picks for `userData` on the same platform, so both shells share learners and courses.
 */
export function defaultDataDir({ platform, home, env }: PlatformInfo): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', productName);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), productName);
}

/** The trainer's own courses live here; bundled courses are read in place from the app. */
export function workspaceCoursesDir(dataDir: string): string {
  return join(dataDir, 'courses');
}
