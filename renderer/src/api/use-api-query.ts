import { useCallback, useEffect, useState } from 'react';
import type { CourseStudioApi } from '../../../core/api/contract';
import { useApi } from './api-context';

export type QueryState<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: T };

/**
 * Runs a read-only API call when the component mounts (and when `key` changes), and gives its
 * loading, error or ready state plus a `reload`. Answers that arrive after unmounting are dropped.
 */
export function useApiQuery<T>(key: string, load: (api: CourseStudioApi) => Promise<T>): QueryState<T> & { reload: () => void } {
  const api = useApi();
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load(api).then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
    // `load` is a new function on every render; `key` names what it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { ...state, reload };
}
