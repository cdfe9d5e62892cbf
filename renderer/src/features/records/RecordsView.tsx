import { useEffect, useMemo, useState } from 'react';
import type { RecordQuery } from '../../../../core/api/records-types';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ExportPanel } from './ExportPanel';
import { formatCount } from './format';
import { noFilters, toQueryFilters, type FilterValues } from './record-filters';
import { RecordFilters } from './RecordFilters';
import { RecordsFilePanel } from './RecordsFilePanel';
import { RecordsTable } from './RecordsTable';
import { useRecordsPage } from './use-records-page';

const pageSize = 50;
type Sort = NonNullable<RecordQuery['sort']>;

/** Completion records: filters, one page of the table, paging, and exports of what the filters select. */
export function RecordsView() {
  const [values, setValues] = useState<FilterValues>(noFilters);
  const search = useDebounced(values.search, 300);
  const [sort, setSort] = useState<Sort>({ key: 'lastActivityAt', direction: 'desc' });
  const [offset, setOffset] = useState(0);
  const [generation, setGeneration] = useState(0);

  const filters = useMemo(() => toQueryFilters({ ...values, search }), [values, search]);
  const query = useMemo<RecordQuery>(() => ({ filters, sort, offset, limit: pageSize }), [filters, sort, offset]);
  const state = useRecordsPage(query, generation);
  const page = state.status === 'ready' ? state.page : state.previous;
  const total = state.status === 'ready' ? state.page.total : null;

  // A new filter or sort starts again at the first page.
  const change = (next: FilterValues) => {
    setValues(next);
    setOffset(0);
  };

  return (
    <div className="records-view">
      <div className="page-intro">
        <h1>Records</h1>
        <p>Every learner’s result for every module played on this machine, and those imported from other machines.</p>
      </div>
      <RecordFilters values={values} facets={page?.facets ?? null} onChange={change} />
      {state.status === 'error' && (
        <Notice tone="error" title="The records could not be loaded">
          <p>{state.message}</p>
          <Button onPress={() => setGeneration((n) => n + 1)}>Try again</Button>
        </Notice>
      )}
      <p className="records-view__count" role="status">
        {page === null ? 'Loading records…' : describePage(page.total, offset, page.rows.length)}
      </p>
      {page && (
        <RecordsTable
          rows={page.rows}
          sort={sort}
          busy={state.status === 'loading'}
          onSort={(next) => {
            setSort(next);
            setOffset(0);
          }}
        />
      )}
      {page && page.total > pageSize && (
        <nav className="pager" aria-label="Record pages">
          <Button isDisabled={offset === 0} onPress={() => setOffset(Math.max(0, offset - pageSize))}>
            ← Previous page
          </Button>
          <span>
            Page {formatCount(Math.floor(offset / pageSize) + 1)} of {formatCount(Math.ceil(page.total / pageSize))}
          </span>
          <Button isDisabled={offset + pageSize >= page.total} onPress={() => setOffset(offset + pageSize)}>
            Next page →
          </Button>
        </nav>
      )}
      <div className="records-view__panels">
        <ExportPanel query={{ filters, sort }} total={total} />
        <RecordsFilePanel onImported={() => setGeneration((n) => n + 1)} />
      </div>
    </div>
  );
}

function describePage(total: number, offset: number, shown: number): string {
  if (total === 0) return '0 records.';
  if (shown === total) return `${formatCount(total)} ${total === 1 ? 'record' : 'records'}.`;
  return `Showing ${formatCount(offset + 1)}–${formatCount(offset + shown)} of ${formatCount(total)} records.`;
}

/** Typing in the search box asks the Node side once the typing pauses, not on every key. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
