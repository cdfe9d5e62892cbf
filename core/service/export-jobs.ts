import { randomBytes } from 'node:crypto';
import { ApiError } from '../errors';
import type { ExportProgress } from '../api/records-types';

interface Job {
  progress: ExportProgress;
  controller: AbortController;
  finishedAt: number | null;
}

const keepFinishedMs = 10 * 60 * 1000;

/**
 * Long exports run in the background: the UI starts one, polls its progress, and may cancel it.
 * `run` receives the progress callback and abort signal to pass to the exporter, and answers the
 * download it made.
 */
export function createExportJobs() {
  const jobs = new Map<string, Job>();

  function forget(now: number): void {
    for (const [id, job] of jobs) if (job.finishedAt !== null && now - job.finishedAt > keepFinishedMs) jobs.delete(id);
  }

  return {
    start(
      run: (report: (done: number, total: number) => void, signal: AbortSignal) => Promise<{ downloadUrl: string; fileName: string }>,
    ): string {
      forget(Date.now());
      const id = randomBytes(12).toString('hex');
      const job: Job = { progress: { state: 'running', done: 0, total: 0 }, controller: new AbortController(), finishedAt: null };
      jobs.set(id, job);
      const report = (done: number, total: number) => {
        if (job.progress.state === 'running') job.progress = { state: 'running', done, total };
      };
      run(report, job.controller.signal).then(
        (download) => {
          const { done, total } = job.progress.state === 'running' ? job.progress : { done: 0, total: 0 };
          job.progress = { state: 'done', done: Math.max(done, total), total, ...download };
          job.finishedAt = Date.now();
        },
        (error: unknown) => {
          const cancelled = job.controller.signal.aborted;
          job.progress = {
            state: cancelled ? 'cancelled' : 'failed',
            message: cancelled ? 'The export was cancelled; no file was written.' : messageOf(error),
          };
          job.finishedAt = Date.now();
        },
      );
      return id;
    },

    progress(id: string): ExportProgress {
      const job = jobs.get(id);
      if (!job) throw new ApiError('not-found', 'That export is not known any more. Start it again.');
      return job.progress;
    },

    cancel(id: string): void {
      jobs.get(id)?.controller.abort();
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : 'The export failed on this machine. The details were written to the app log.';
}
