import { useEffect, useState } from 'react';
import type { RecordQuery, RecordsPage } from '../../../../core/api/records-types';
import { useApi } from '../../api/api-context';
import { useTrainer } from '../trainer/trainer-session';

export type RecordsPageState =
  | { status: 'loading'; previous: RecordsPage | null }
  | { status: 'error'; message: string; previous: RecordsPage | null }
  | { status: 'ready'; page: RecordsPage };

/**
 * One page of records for the query. While the next page loads the previous one stays on screen
 * (marked busy), so paging and sorting do not make the table jump; an answer to a query that has
 * since changed is dropped.
 */
export function useRecordsPage(query: RecordQuery, generation: number): RecordsPageState {
  const api = useApi();
  const { guard } = useTrainer();
  const [state, setState] = useState<RecordsPageState>({ status: 'loading', previous: null });
  const queryKey = JSON.stringify(query);

  useEffect(() => {
    let current = true;
    setState((before) => ({ status: 'loading', previous: before.status === 'ready' ? before.page : before.previous }));
    guard((trainerToken) => api.queryRecords({ trainerToken, query: JSON.parse(queryKey) as RecordQuery })).then(
      (page) => current && setState({ status: 'ready', page }),
      (error: unknown) =>
        current &&
        setState((before) => ({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
          previous: before.status === 'ready' ? before.page : before.previous,
        })),
    );
    return () => {
      current = false;
    };
  }, [api, guard, queryKey, generation]);

  return state;
}
