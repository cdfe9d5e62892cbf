import { closest, type DiagnosticSink, type Location } from './diagnostics';
import { SLUG } from './schema';

/**
 * Question pools. In a module:
 *
 *     ::: pool id=objections draw=2
 *     ```quiz
 *     ...
 *     ```
 *     (more quizzes)
 *     :::
 *
 * Each attempt draws `draw` of the pool's quizzes at random, never repeating one until every
 * quiz in the pool has been drawn; then a fresh cycle starts.
 */

export interface PoolSpec {
  id: string;
  draw: number;
  quizIds: readonly string[];
}

/**
 * The quiz ids for the next attempt. `previousDraws` are the earlier attempts' draws, oldest
 * first; ids no longer in the pool (a trainer edited it) are ignored. Pure: same inputs and
 * same random sequence give the same draw.
 */
export function drawFromPool(pool: PoolSpec, previousDraws: readonly (readonly string[])[], random: () => number): string[] {
  const all = [...new Set(pool.quizIds)];
  const count = Math.max(0, Math.min(Math.floor(pool.draw), all.length));
  const inPool = new Set(all);
  // Replay history to find which quizzes the current cycle has already used.
  let used = new Set<string>();
  for (const draw of previousDraws) {
    const repeats = new Set<string>();
    for (const id of draw) {
      if (!inPool.has(id)) continue;
      if (used.has(id)) repeats.add(id);
      else used.add(id);
    }
    if (used.size >= all.length) used = repeats;
  }
  const fresh = shuffled(
    all.filter((id) => !used.has(id)),
    random,
  );
  if (fresh.length >= count) return fresh.slice(0, count);
  // The cycle runs out mid-draw: take what is left, then start a new cycle for the rest.
  const rest = shuffled(
    all.filter((id) => !fresh.includes(id)),
    random,
  );
  return [...fresh, ...rest.slice(0, count - fresh.length)];
}

/** Fisher–Yates with the caller's random source (seeded in playback, so it can be replayed). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

const POOL_KEYS = ['id', 'draw'];

/** Reads `id=... draw=N` from a pool's opening line; `at(column)` places a diagnostic on that line. */
export function parsePoolParams(
  params: string,
  paramsColumn: number,
  line: number,
  sink: DiagnosticSink,
): { id: string; draw: number } | undefined {
  const at = (offset: number): Location => ({ line, column: paramsColumn + offset });
  const values = new Map<string, string>();
  let ok = true;
  for (const match of params.matchAll(/(\S+?)=(\S*)|(\S+)/g)) {
    const [, key, value, bare] = match;
    if (bare !== undefined || key === undefined) {
      sink.error(
        'bad-value',
        at(match.index),
        `'${bare ?? match[0]}' on a pool line should be written key=value, e.g. ::: pool id=objections draw=2`,
      );
      ok = false;
    } else if (!POOL_KEYS.includes(key)) {
      const suggestion = closest(key, POOL_KEYS);
      sink.error(
        'unknown-key',
        at(match.index),
        `unknown key '${key}' on pool line${suggestion ? `; did you mean '${suggestion}'?` : '; known keys: id, draw'}`,
      );
      ok = false;
    } else values.set(key, value ?? '');
  }
  const id = values.get('id');
  const draw = values.get('draw');
  if (id === undefined) {
    sink.error('missing-id', at(0), 'pool is missing its id: write ::: pool id=<pool-id> draw=<number>');
    ok = false;
  } else if (!SLUG.test(id)) {
    sink.error('bad-value', at(params.indexOf('id=') + 3), `pool id '${id}' must be made of lowercase letters, digits and hyphens`);
    ok = false;
  }
  const drawCount = Number(draw);
  if (draw === undefined) {
    sink.error('missing-key', at(0), 'pool is missing draw: write how many questions each attempt draws, e.g. draw=2');
    ok = false;
  } else if (!Number.isInteger(drawCount) || drawCount < 1) {
    sink.error('bad-value', at(params.indexOf('draw=') + 5), `pool draw '${draw}' must be a whole number of at least 1`);
    ok = false;
  }
  return ok && id !== undefined ? { id, draw: drawCount } : undefined;
}
