import type { CellStatus, ImportReport, RecordStatus } from '../../../../core/api/records-types';

/** Words for statuses: "failed" reads as a verdict on the person, so learners and trainers see "Not passed". */
const statusWords: Record<CellStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
  passed: 'Passed',
  failed: 'Not passed',
};

export function statusLabel(status: RecordStatus | CellStatus): string {
  return statusWords[status];
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

export function formatDateTime(iso: string | null): string {
  return iso ? dateTime.format(new Date(iso)) : '—';
}

/** A moment split into its day and its time, for table cells that would otherwise wrap mid-date. */
export function splitDateTime(iso: string | null): { day: string; time: string } | null {
  if (!iso) return null;
  const date = new Date(iso);
  return { day: dateOnly.format(date), time: timeOnly.format(date) };
}

/** A planned day (YYYY-MM-DD) is not a moment: it is shown as that calendar day wherever the machine is. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return dateOnly.format(new Date(year, month - 1, date));
}

export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return ms > 0 ? 'under 1 min' : '—';
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function formatCount(n: number): string {
  return n.toLocaleString();
}

function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** The import report as a trainer reads it, e.g. "Added 3 learners and 12 attempts; 4 already here." */
export function describeImport(report: ImportReport): string {
  const added = `Added ${plural(report.learnersAdded, 'learner', 'learners')} and ${plural(report.attemptsAdded, 'attempt', 'attempts')}`;
  const extras = [
    report.attemptsUpdated > 0 && `${plural(report.attemptsUpdated, 'attempt', 'attempts')} updated`,
    report.duplicatesSkipped > 0 && `${formatCount(report.duplicatesSkipped)} already here`,
    report.conflictsKept > 0 &&
      `${plural(report.conflictsKept, 'attempt differed', 'attempts differed')} from this machine’s copy with no way to tell which is newer, so this machine’s was kept`,
  ].filter(Boolean);
  return extras.length > 0 ? `${added}; ${extras.join('; ')}.` : `${added}.`;
}
