import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Dispatch } from '../api/dispatch';
import type { ApiResult } from '../api/errors';
import { productName } from '../identity';
import { NotSavedError } from '../storage/save-errors';
import type { UnsavedChange } from '../progress/unsaved-change';

/**
 * Quitting without losing what is waiting. A save that failed (a full disk) keeps its change in
 * memory until a later save succeeds; quitting would drop it silently. So both shells, before they
 * exit, stop taking new calls, wait for the calls already running, retry every failed save, and
 * tell the person what still could not be saved, where it belongs, and where a copy was kept.
 * All within a deadline: a disk that no longer answers must not keep the app from quitting.
 */

/** A store that may hold changes only in memory. */
export interface Flushable {
  /** Resolves once every change asked for so far has been written or refused. */
  idle(): Promise<void>;
  /** Retries the saves that failed; throws (NotSavedError) if one still fails. */
  flush(): Promise<void>;
  unsavedChanges(): UnsavedChange[];
}

export interface UnsavedReport {
  what: string;
  /** The file it belongs in. */
  file: string;
  /** Where a copy was written, or null when none could be. */
  keptAt: string | null;
}

export interface StopReport {
  unsaved: UnsavedReport[];
  /** What to tell the person (on stderr, in a dialog); null when everything was saved. */
  message: string | null;
}

export interface FlushBeforeExitOptions {
  /** How long saving may take before the app stops anyway. */
  deadlineMs?: number;
  /** The folder in which a folder of copies of unsaved changes is made (the system's temp folder by default). */
  rescueParent?: string;
}

export const DEFAULT_STOP_DEADLINE_MS = 10_000;
/** Copies go to another folder, usually another disk, which answers even when the data folder hangs; they get this long at least. */
const RESCUE_MIN_MS = 2_000;

export interface OrderlyStop {
  /** The dispatch to serve: refuses calls once stopping has begun, and keeps count of the running ones. */
  dispatch: Dispatch;
  flushBeforeExit(options?: FlushBeforeExitOptions): Promise<StopReport>;
}

export function createOrderlyStop(inner: Dispatch, stores: readonly Flushable[]): OrderlyStop {
  const running = new Set<Promise<unknown>>();
  let stopping: Promise<StopReport> | null = null;
  const refused: ApiResult<never> = { ok: false, error: { code: 'conflict', message: `${productName} is closing, so this was not done.` } };

  const dispatch: Dispatch = (method, input) => {
    if (stopping) return Promise.resolve(refused);
    const call = inner(method, input);
    running.add(call);
    void call.finally(() => running.delete(call));
    return call;
  };

  return {
    dispatch,
    flushBeforeExit(options = {}) {
      stopping ??= flushBeforeExit(stores, { ...options, inFlight: () => Promise.allSettled([...running]) });
      return stopping;
    },
  };
}

/** Waits for `inFlight`, then flushes every store, all within the deadline; then reports and keeps copies of what is left. */
export async function flushBeforeExit(
  stores: readonly Flushable[],
  options: FlushBeforeExitOptions & { inFlight?: () => Promise<unknown> } = {},
): Promise<StopReport> {
  const deadline = startDeadline(options.deadlineMs ?? DEFAULT_STOP_DEADLINE_MS);
  const reasons = new Set<string>();
  try {
    const settled = await deadline.within(
      (async () => {
        await options.inFlight?.();
        await Promise.all(
          stores.map((store) =>
            store
              .idle()
              .then(() => store.flush())
              .catch((error: unknown) => reasons.add(reasonOf(error))),
          ),
        );
      })(),
    );
    if (!settled)
      reasons.add(
        `saving did not finish within ${deadline.ms >= 1000 ? `${Math.round(deadline.ms / 1000)} seconds` : `${deadline.ms} ms`}`,
      );
    const changes = stores.flatMap((store) => store.unsavedChanges());
    if (changes.length === 0) return { unsaved: [], message: null };
    const copies = await keepCopies(changes, options.rescueParent ?? tmpdir(), Math.max(deadline.remaining(), RESCUE_MIN_MS));
    const unsaved = changes.map((change, i) => ({ what: change.what, file: change.file, keptAt: copies[i] ?? null }));
    return { unsaved, message: describe(unsaved, [...reasons]) };
  } finally {
    deadline.clear();
  }
}

/** Writes each change into a new folder, within `ms`; a copy that could not be written is null. */
async function keepCopies(changes: readonly UnsavedChange[], parent: string, ms: number): Promise<(string | null)[]> {
  const copies: (string | null)[] = changes.map(() => null);
  const deadline = startDeadline(ms);
  try {
    await deadline.within(
      (async () => {
        // mkdtemp makes the folder readable by this user only: it holds learners' answers.
        const folder = await mkdtemp(join(parent, 'course-studio-unsaved-'));
        await Promise.all(
          changes.map(async (change, i) => {
            // The parent folder's name keeps learners/notices.json and sessions/notices.json apart.
            const copy = join(folder, `${basename(dirname(change.file))}-${basename(change.file)}`);
            await writeFile(copy, change.text, { mode: 0o600 });
            copies[i] = copy;
          }),
        );
      })().catch(() => undefined),
    );
  } finally {
    deadline.clear();
  }
  // A copy still being written when time ran out counts as not kept.
  return [...copies];
}

function describe(unsaved: readonly UnsavedReport[], reasons: readonly string[]): string {
  const why = reasons.length > 0 ? ` (${reasons.join('; ')})` : '';
  const lines = unsaved.map(
    ({ what, file, keptAt }) =>
      `- ${what}, which belongs in ${file}. ${keptAt ? `A copy was kept as ${keptAt}.` : 'No copy could be kept.'}`,
  );
  const advice = unsaved.some((item) => item.keptAt)
    ? `To keep these changes, once the problem is fixed and while ${productName} is closed, copy each kept file over the file it belongs in.`
    : 'These changes are lost.';
  return [`${productName} stopped before it could save everything${why}. Not saved:`, ...lines, advice].join('\n');
}

function reasonOf(error: unknown): string {
  if (error instanceof NotSavedError) return error.reason;
  return error instanceof Error ? error.message : String(error);
}

function startDeadline(ms: number) {
  const ends = Date.now() + ms;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  return {
    ms,
    remaining: () => Math.max(0, ends - Date.now()),
    /** true once the work is done, false if the deadline came first (the work goes on unobserved). */
    within: (work: Promise<unknown>): Promise<boolean> => Promise.race([work.then(() => true), expired]),
    clear: () => clearTimeout(timer),
  };
}
