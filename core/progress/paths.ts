import { join } from 'node:path';

/**
 * Where the store keeps its files. Everything lives in one folder so a trainer can back it up
 * by copying it, and so every rename stays inside one folder (renames across folders or drives
 * are not atomic).
 */

export function learnersDir(dataDir: string): string {
  return join(dataDir, 'learners');
}

export function learnerFilePath(dir: string, learnerId: string): string {
  return join(dir, `${learnerId}.json`);
}

export function indexFilePath(dir: string): string {
  return join(dir, 'index.json');
}

/** Repair notices about learners' files, kept until a trainer dismisses them. */
export function noticesFilePath(dir: string): string {
  return join(dir, 'notices.json');
}

const LEARNER_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json(\.bak)?$/;

/**
 * The learner id a learner's file or its backup belongs to; null for the index, notices, temps and
 * set-aside files. The backup counts: when the file itself is lost, the backup still says who it was.
 */
export function learnerIdOfFileName(name: string): string | null {
  return LEARNER_FILE.exec(name)?.[1] ?? null;
}

/** `<name>.corrupt-<time>.json`: set aside, kept for a person to look at, never read again by the store. */
export function setAsidePath(path: string, now: string, label = 'corrupt'): string {
  const stem = path.replace(/\.json(\.bak)?$/, (_match, bak: string | undefined) => (bak ? '.bak' : ''));
  return `${stem}.${label}-${now.replace(/[:.]/g, '-')}.json`;
}
