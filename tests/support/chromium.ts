import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Flags for Chromium on our build machines: we run as root (no sandbox), with no GPU, and the
 * network is closed, so every background service that would phone home is switched off.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The Chromium to drive: `PLAYWRIGHT_CHROMIUM` if set, else `chromium` on PATH (Debian's package),
 * else undefined, which lets Playwright use its own browser where one is installed.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PLAYWRIGHT_CHROMIUM points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH; try the next name
    }
  }
  return undefined;
}
