import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The path of the Electron executable, or null when it is not installed. The `electron` package
 * downloads its binary in an install script from outside the npm registry; where that cannot run,
 * requiring the package throws.
 */
export function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
