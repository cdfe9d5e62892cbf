import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { toSafeName } from './safe-name';

/** URL prefix of files the app hands to the user (exports, course packs), in both shells. */
export const downloadsPrefix = '/downloads/';
const keepForMs = 60 * 60 * 1000;

export interface Download {
  path: string;
  /** The name the browser or the save dialog offers. */
  fileName: string;
}

/**
 * Files made for the user to save: each gets an unguessable URL for an hour. The files live in
 * `<dataDir>/exports/` and older ones are cleared when a new one is made.
 */
export function createDownloads(dataDir: string) {
  const dir = join(dataDir, 'exports');
  const byToken = new Map<string, Download & { madeAt: number }>();

  async function sweep(now: number): Promise<void> {
    for (const [token, download] of byToken) if (now - download.madeAt > keepForMs) byToken.delete(token);
    const kept = new Set([...byToken.values()].map((download) => download.path));
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      const path = join(dir, name);
      const info = await stat(path).catch(() => null);
      if (info && !kept.has(path) && now - info.mtimeMs > keepForMs) await rm(path, { force: true, recursive: true });
    }
  }

  return {
    /**
     * A fresh path in the exports folder for a file about to be written. `fileName` may carry a
     * course id or a learner's name; on disk it becomes a safe name (the download keeps its own).
     */
    async pathFor(fileName: string): Promise<string> {
      await mkdir(dir, { recursive: true });
      await sweep(Date.now());
      return join(dir, `${randomBytes(6).toString('hex')}-${toSafeName(fileName, 'download')}`);
    },

    /** Makes a written file downloadable and answers its URL. */
    offer(path: string, fileName: string): string {
      const token = randomBytes(16).toString('base64url');
      byToken.set(token, { path, fileName, madeAt: Date.now() });
      return `${downloadsPrefix}${token}/${encodeURIComponent(fileName)}`;
    },

    /** The file behind a download URL, or null. */
    resolve(urlPath: string): Download | null {
      if (!urlPath.startsWith(downloadsPrefix)) return null;
      const token = urlPath.slice(downloadsPrefix.length).split('/')[0] ?? '';
      const download = byToken.get(token);
      return download ? { path: download.path, fileName: download.fileName } : null;
    },
  };
}

export type Downloads = ReturnType<typeof createDownloads>;
