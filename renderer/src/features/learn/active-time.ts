import { useCallback, useEffect, useRef } from 'react';

/** Longest stretch counted between two reports: a learner who walked away is not still learning. */
const maxSliceMs = 5 * 60 * 1000;

/**
 * Measures active time on a module: time while the page is visible, reported in slices. `take()`
 * answers the milliseconds since the last call and starts a new slice.
 */
export function useActiveTime(): () => number {
  const sliceStart = useRef<number | null>(null);
  const banked = useRef(0);

  useEffect(() => {
    const resume = () => {
      if (document.visibilityState === 'visible') sliceStart.current ??= performance.now();
      else if (sliceStart.current !== null) {
        banked.current += performance.now() - sliceStart.current;
        sliceStart.current = null;
      }
    };
    resume();
    document.addEventListener('visibilitychange', resume);
    return () => document.removeEventListener('visibilitychange', resume);
  }, []);

  return useCallback(() => {
    const now = performance.now();
    const running = sliceStart.current === null ? 0 : now - sliceStart.current;
    const total = Math.min(maxSliceMs, Math.round(banked.current + running));
    banked.current = 0;
    if (sliceStart.current !== null) sliceStart.current = now;
    return total;
  }, []);
}
