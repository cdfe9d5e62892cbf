import { performance } from 'node:perf_hooks';

/** Timings of one measured function, in milliseconds. */
export interface Sample {
  median: number;
  p95: number;
  runs: number;
}

/**
 * Runs `fn` repeatedly (after a warm-up) and returns the median and p95.
 * Benchmarks compare two samples taken in the same run, so machine speed cancels out.
 */
export async function measure(fn: () => unknown, options: { runs?: number; warmup?: number } = {}): Promise<Sample> {
  const runs = options.runs ?? 20;
  const warmup = options.warmup ?? 3;
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95), runs };
}

export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] as number;
}

/** Prints one comparison line: the measured figure as a ratio of its baseline, with the target when there is one. */
export function reportRatio(name: string, measured: Sample, baseline: Sample, target?: number): void {
  const ratio = measured.median / baseline.median;
  const verdict = target === undefined ? '' : ratio <= target ? `  (target ≤ ${target}×: met)` : `  (target ≤ ${target}×: MISSED)`;
  console.log(
    `${name}: ${ratio.toFixed(2)}×  [${measured.median.toFixed(3)} ms vs baseline ${baseline.median.toFixed(3)} ms, median of ${measured.runs}]${verdict}`,
  );
}

/** A benchmark file's default export. */
export interface Benchmark {
  title: string;
  run(): Promise<void>;
}
