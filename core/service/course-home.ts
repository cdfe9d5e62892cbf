import type { CourseModel, ModuleModel } from '../course';
import type { CourseHome, ModuleStatus, ModuleSummary } from '../api/playback-types';
import { attemptFreshness, type AttemptRecord } from '../progress';

/** A learner's view of a course's modules, from their stored attempts. Pure. */
export function courseHome(course: CourseModel, attempts: readonly AttemptRecord[], notices: string[]): CourseHome {
  const modules = course.modules.map((module) =>
    moduleSummary(
      module,
      attempts.filter((attempt) => attempt.courseId === course.id && attempt.moduleId === module.id),
    ),
  );
  const finished = (summary: ModuleSummary) => summary.status === 'passed' || summary.status === 'completed';
  const courseComplete =
    modules.length > 0 &&
    (course.completion === 'all-modules-completed'
      ? modules.every((summary) => finished(summary) || summary.status === 'failed')
      : modules.every(finished));
  return {
    course: { id: course.id, title: course.title, description: course.description, completion: course.completion },
    modules,
    courseComplete,
    notices,
  };
}

function moduleSummary(module: ModuleModel, attempts: readonly AttemptRecord[]): ModuleSummary {
  const latest = attempts.at(-1);
  const finished = attempts.filter((attempt) => attempt.result !== null);
  const best = finished.reduce<AttemptRecord | undefined>(
    (top, attempt) => (top === undefined || (attempt.result?.percent ?? 100) > (top.result?.percent ?? 100) ? attempt : top),
    undefined,
  );
  const pageCount = Math.max(module.pages.length, 1);
  const inProgress = latest?.status === 'in-progress' ? latest : undefined;
  return {
    id: module.id,
    title: module.title,
    summary: module.summary,
    minutes: module.minutes,
    status: statusOf(latest, best),
    percentSeen: inProgress ? Math.round(((inProgress.pageIndex + 1) / pageCount) * 100) : best ? 100 : 0,
    scorePercent: best?.result ? Math.round(best.result.percent ?? 100) : null,
    resumePage: inProgress?.pageIndex ?? 0,
    attemptsUsed: attempts.filter((attempt) => attempt.status !== 'superseded').length,
    attemptsAllowed: module.attempts,
    earlierVersion: best !== undefined && attemptFreshness(best, module.contentHash) === 'stale',
  };
}

/** An attempt in progress shows as such; otherwise the best finished result speaks for the module. */
function statusOf(latest: AttemptRecord | undefined, best: AttemptRecord | undefined): ModuleStatus {
  if (latest?.status === 'in-progress') return 'in-progress';
  if (!best) return 'not-started';
  if (best.status === 'passed' || best.status === 'completed' || best.status === 'failed') return best.status;
  return 'not-started';
}
