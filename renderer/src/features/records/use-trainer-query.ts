import { useCallback, useEffect, useState } from 'react';
import type { CourseStudioApi } from '../../../../core/api/contract';
import { useApi } from '../../api/api-context';
import { useApiQuery, type QueryState } from '../../api/use-api-query';
import { useTrainer } from '../trainer/trainer-session';

type TrainerLoad<T> = (api: CourseStudioApi, token: string) => Promise<T>;

/** `useApiQuery` for trainer methods: the call goes through the trainer guard, so an expired token locks the area. */
export function useTrainerQuery<T>(key: string, load: TrainerLoad<T>): QueryState<T> & { reload: () => void } {
  const { guard } = useTrainer();
  return useApiQuery(key, (api) => guard((token) => load(api, token)));
}

/**
 * Like useTrainerQuery, but calls again every `intervalMs` while mounted. A poll that fails keeps
 * the last answer on screen (a dashboard that blanks on one slow answer is worse than a stale one)
 * and reports the error beside it.
 */
export function useTrainerPoll<T>(key: string, intervalMs: number, load: TrainerLoad<T>) {
  const api = useApi();
  const { guard } = useTrainer();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const next = await guard((token) => load(api, token));
        if (!current) return;
        setData(next);
        setError(null);
      } catch (failure) {
        if (current) setError(failure instanceof Error ? failure.message : String(failure));
      }
      // The next poll waits for this answer, so a slow machine is never asked twice at once.
      if (current) timer = setTimeout(() => void tick(), intervalMs);
    };
    void tick();
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // `load` is a new function on every render; `key` names what it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, guard, key, intervalMs, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { data, error, reload };
}
