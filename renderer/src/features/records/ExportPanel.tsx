import { Label, ProgressBar } from 'react-aria-components';
import type { RecordQuery } from '../../../../core/api/records-types';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { DownloadLink } from './DownloadLink';
import { formatCount } from './format';
import { useExportJob, type ExportFormat } from './use-export-job';

const formats: { id: ExportFormat; label: string; help: string }[] = [
  { id: 'csv', label: 'CSV', help: 'for spreadsheets' },
  { id: 'json', label: 'JSON', help: 'for other programs' },
  { id: 'xapi', label: 'xAPI', help: 'statements for a learning record store' },
];

const formatNames: Record<ExportFormat, string> = { csv: 'CSV', json: 'JSON', xapi: 'xAPI' };

/** Exports exactly the records the filters select (every page, in the table's order). */
export function ExportPanel({ query, total }: { query: RecordQuery; total: number | null }) {
  const { job, start, cancel } = useExportJob();
  const busy = job.state === 'starting' || job.state === 'running';

  return (
    <section className="records-panel" aria-labelledby="export-title">
      <h2 id="export-title" className="records-panel__title">
        Export these records
      </h2>
      <p className="records-panel__text">
        {total === null
          ? 'Exports the records the filters select.'
          : total === 0
            ? 'There are no records to export yet.'
            : `Exports the ${formatCount(total)} ${total === 1 ? 'record' : 'records'} the filters select.`}
      </p>
      <div className="records-panel__actions">
        {formats.map((format) => (
          <Button
            key={format.id}
            isDisabled={busy || total === 0}
            onPress={() => void start(format.id, query)}
            aria-label={`Export as ${format.label}, ${format.help}`}
          >
            {format.label}
          </Button>
        ))}
      </div>
      {busy && (
        <div className="export-progress">
          <ProgressBar
            className="progress"
            value={job.state === 'running' ? job.done : 0}
            maxValue={job.state === 'running' && job.total > 0 ? job.total : 1}
            isIndeterminate={job.state === 'starting' || (job.state === 'running' && job.total === 0)}
            valueLabel={
              job.state === 'running' && job.total > 0 ? `${formatCount(job.done)} of ${formatCount(job.total)} records` : 'Starting…'
            }
          >
            {({ percentage, valueText, isIndeterminate }) => (
              <>
                <div className="progress__labels">
                  <Label>Exporting {formatNames[job.format]}</Label>
                  <span>{valueText}</span>
                </div>
                <div className="progress__track">
                  <div
                    className={`progress__fill${isIndeterminate ? ' progress__fill--busy' : ''}`}
                    style={{ width: `${isIndeterminate ? 100 : (percentage ?? 0)}%` }}
                  />
                </div>
              </>
            )}
          </ProgressBar>
          <Button isDisabled={job.state !== 'running'} onPress={() => void cancel()}>
            Cancel export
          </Button>
        </div>
      )}
      {job.state === 'done' && (
        <p className="records-panel__result" role="status">
          {formatNames[job.format]} export ready: {formatCount(job.total)} {job.total === 1 ? 'record' : 'records'}.{' '}
          <DownloadLink url={job.downloadUrl} fileName={job.fileName} />
        </p>
      )}
      {job.state === 'cancelled' && (
        <p className="records-panel__result" role="status">
          Export cancelled. {job.message}
        </p>
      )}
      {job.state === 'failed' && (
        <Notice tone="error" title="The export failed">
          <p>{job.message}</p>
        </Notice>
      )}
    </section>
  );
}
