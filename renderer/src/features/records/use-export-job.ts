import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportProgress, RecordQuery } from '../../../../core/api/records-types';
import { useApi } from '../../api/api-context';
import { useTrainer } from '../trainer/trainer-session';

export type ExportFormat = 'csv' | 'json' | 'xapi';

export type ExportJob =
  | { state: 'idle' }
  | { state: 'starting'; format: ExportFormat }
  | { state: 'running'; format: ExportFormat; jobId: string; done: number; total: number }
  | { state: 'done'; format: ExportFormat; downloadUrl: string; fileName: string; total: number }
  | { state: 'failed' | 'cancelled'; format: ExportFormat; message: string };

const pollMs = 300;

/**
 * An export runs on the Node side as a job: this starts it, asks how far it got every 300 ms,
 * and stops asking once it is done, failed or cancelled (or the screen closes).
 */
export function useExportJob() {
  const api = useApi();
  const { guard } = useTrainer();
  const [job, setJob] = useState<ExportJob>({ state: 'idle' });
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const runningJobId = job.state === 'running' ? job.jobId : null;
  const format = job.state === 'idle' ? null : job.format;
  useEffect(() => {
    if (!runningJobId || !format) return;
    let current = true;
    const timer = setTimeout(
      () =>
        void (async () => {
          let progress: ExportProgress;
          try {
            progress = await guard((trainerToken) => api.getExportProgress({ trainerToken, jobId: runningJobId }));
          } catch (failure) {
            progress = { state: 'failed', message: failure instanceof Error ? failure.message : String(failure) };
          }
          if (!current) return;
          if (progress.state === 'running')
            setJob({ state: 'running', format, jobId: runningJobId, done: progress.done, total: progress.total });
          else if (progress.state === 'done')
            setJob({ state: 'done', format, downloadUrl: progress.downloadUrl, fileName: progress.fileName, total: progress.total });
          else setJob({ state: progress.state, format, message: progress.message });
        })(),
      pollMs,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // Each answer sets a new job object, which schedules the next poll.
  }, [api, guard, job, runningJobId, format]);

  const start = useCallback(
    async (next: ExportFormat, query: RecordQuery) => {
      setJob({ state: 'starting', format: next });
      try {
        const { jobId } = await guard((trainerToken) => api.startRecordsExport({ trainerToken, format: next, query }));
        if (alive.current) setJob({ state: 'running', format: next, jobId, done: 0, total: 0 });
      } catch (failure) {
        if (alive.current) setJob({ state: 'failed', format: next, message: failure instanceof Error ? failure.message : String(failure) });
      }
    },
    [api, guard],
  );

  const cancel = useCallback(async () => {
    if (job.state !== 'running') return;
    try {
      await guard((trainerToken) => api.cancelExport({ trainerToken, jobId: job.jobId }));
    } catch {
      // The job may have finished in the meantime; the next poll tells which.
    }
  }, [api, guard, job]);

  return { job, start, cancel };
}
