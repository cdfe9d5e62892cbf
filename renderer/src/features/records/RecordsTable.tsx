import { Cell, Column, Row, Table, TableBody, TableHeader, type SortDescriptor } from 'react-aria-components';
import type { RecordQuery, RecordRow, RecordSortKey } from '../../../../core/api/records-types';
import { CertificateButton } from './CertificateButton';
import { formatDuration, splitDateTime, statusLabel } from './format';

type Sort = NonNullable<RecordQuery['sort']>;

const columns: { key: RecordSortKey; label: string; rowHeader?: boolean }[] = [
  { key: 'learnerName', label: 'Learner', rowHeader: true },
  { key: 'courseTitle', label: 'Course' },
  { key: 'moduleTitle', label: 'Module' },
  { key: 'status', label: 'Status' },
  { key: 'scorePercent', label: 'Score' },
  { key: 'attempts', label: 'Attempts' },
  { key: 'completedAt', label: 'Completed' },
  { key: 'lastActivityAt', label: 'Last activity' },
  { key: 'timeSpentMs', label: 'Time' },
];

interface Props {
  rows: readonly RecordRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  busy: boolean;
}

/**
 * One page of records. The table never holds more than a page (the Node side filters, sorts and
 * pages), so it stays quick with 100,000 records; sorting a column asks the Node side again.
 */
export function RecordsTable({ rows, sort, onSort, busy }: Props) {
  const descriptor: SortDescriptor = { column: sort.key, direction: sort.direction === 'asc' ? 'ascending' : 'descending' };
  return (
    <div className="records-table__scroll">
      <Table
        aria-label="Completion records"
        className="records-table"
        sortDescriptor={descriptor}
        onSortChange={(next) => onSort({ key: next.column as RecordSortKey, direction: next.direction === 'ascending' ? 'asc' : 'desc' })}
        aria-busy={busy || undefined}
      >
        <TableHeader>
          {columns.map((column) => (
            <Column key={column.key} id={column.key} isRowHeader={column.rowHeader} allowsSorting className="records-table__column">
              {({ sortDirection }) => (
                <span className="records-table__heading">
                  {column.label}
                  <span aria-hidden="true" className="records-table__sort">
                    {sortDirection === 'ascending' ? '▲' : sortDirection === 'descending' ? '▼' : ''}
                  </span>
                </span>
              )}
            </Column>
          ))}
          <Column id="certificate" className="records-table__column">
            Certificate
          </Column>
        </TableHeader>
        <TableBody items={rows} renderEmptyState={() => <p className="records-table__empty">No records match these filters.</p>}>
          {(row) => (
            <Row id={row.key} className="records-table__row">
              <Cell>
                <span className="records-table__name">{row.learnerName}</span>
                {row.staffId && <span className="records-table__sub">Staff id {row.staffId}</span>}
              </Cell>
              <Cell>
                {row.courseTitle}
                <span className="records-table__sub">Version {row.courseVersion}</span>
              </Cell>
              <Cell>{row.moduleTitle}</Cell>
              <Cell>
                <span className={`record-status record-status--${row.status}`}>{statusLabel(row.status)}</span>
              </Cell>
              <Cell className="records-table__nowrap">{row.scorePercent === null ? '—' : `${row.scorePercent}%`}</Cell>
              <Cell>{row.attempts}</Cell>
              <Cell>
                <When iso={row.completedAt} />
              </Cell>
              <Cell>
                <When iso={row.lastActivityAt} />
              </Cell>
              <Cell className="records-table__nowrap">{formatDuration(row.timeSpentMs)}</Cell>
              <Cell>
                {row.status === 'passed' || row.status === 'completed' ? (
                  <CertificateButton
                    learnerId={row.learnerId}
                    learnerName={row.learnerName}
                    courseId={row.courseId}
                    courseTitle={row.courseTitle}
                  />
                ) : (
                  <span className="records-table__sub">—</span>
                )}
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}

function When({ iso }: { iso: string | null }) {
  const when = splitDateTime(iso);
  if (!when) return <>—</>;
  return (
    <span className="records-table__nowrap">
      {when.day}
      <span className="records-table__sub">{when.time}</span>
    </span>
  );
}
