/** Completion records: rows, queries, exports (CSV, JSON, xAPI) and merging other machines' records. See docs/records.md. */
export { buildRecordRows } from './build-rows';
export {
  CompletionRecords,
  openCompletionRecords,
  type CompletionRecordsOptions,
  type LocalRecords,
  type RecordsExportFormat,
} from './completion-records';
export { csvColumns, exportCsv } from './export-csv';
export type { ExportOptions, ExportSummary } from './export-file';
export { exportJson } from './export-json';
export { exportXapi, type XapiExportOptions } from './export-xapi';
export { ImportedRecordsStore, type ImportedRecordsStoreOptions } from './imported-store';
export { loadMachineIdentity } from './machine-identity';
export type { ImportReport } from './merge';
export { queryRecords, recordQuerySchema, type RecordFilters, type RecordPage, type RecordQuery, type RecordSortKey } from './query';
export { parseRecordsFile, type MachineIdentity, type RecordsFile } from './records-file';
export { exportRecordsFile } from './records-file-export';
export type { CourseInfoLookup, CourseTitles, RecordRow, RecordSource, RecordStatus, SourcedAttempt, SourcedLearner } from './types';
export { DEFAULT_ACCOUNT_HOME_PAGE, DEFAULT_ACTIVITY_BASE, type XapiOptions } from './xapi-statements';
