import type { ModuleSummary } from '../../../../core/api/playback-types';
import { hrefFor } from '../../app/use-hash-route';
import { useApiQuery } from '../../api/use-api-query';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import './course-home.css';

/**
 * A course for one learner: its modules in order, each with status, time and the way back in.
 * `moduleIds`, when given, shows only those modules (classroom mode).
 */
export function CourseHomePage({ learnerId, courseId, moduleIds }: { learnerId: string; courseId: string; moduleIds?: readonly string[] }) {
  const home = useApiQuery(`home/${learnerId}/${courseId}`, (api) => api.getCourseHome({ learnerId, courseId }));

  if (home.status === 'loading') return <p role="status">Loading the course…</p>;
  if (home.status === 'error') {
    return (
      <Notice tone="error" title="This course could not be opened">
        <p>{home.message}</p>
        <p>
          <a href={hrefFor('learn')}>Back to the courses</a>
        </p>
      </Notice>
    );
  }
  const { course, notices } = home.data;
  const modules = moduleIds ? home.data.modules.filter((module) => moduleIds.includes(module.id)) : home.data.modules;
  // In a session the tally is about the session's modules; "course complete" would speak for modules not shown.
  const courseComplete = moduleIds ? false : home.data.courseComplete;
  const done = modules.filter((module) => module.status === 'passed' || module.status === 'completed').length;
  return (
    <div className="course-home">
      <p className="breadcrumb">
        <a href={hrefFor('learn')}>Courses</a>
      </p>
      <div className="page-intro">
        <h1>{course.title}</h1>
        <p>{course.description}</p>
        <p className="course-home__tally">{courseComplete ? 'Course complete. Well done!' : `${done} of ${modules.length} modules done`}</p>
      </div>
      {notices.map((notice) => (
        <Notice key={notice} tone="warning" title="Please note">
          <p>{notice}</p>
        </Notice>
      ))}
      <ol className="module-list" aria-label="Modules">
        {modules.map((module, index) => (
          <li key={module.id} className="module-row">
            <span className="module-row__number" aria-hidden="true">
              {index + 1}
            </span>
            <div className="module-row__body">
              <h2 className="module-row__title">{module.title}</h2>
              {module.summary && <p className="module-row__summary">{module.summary}</p>}
              <p className="module-row__meta">
                <StatusBadge module={module} />
                {module.minutes !== null && <span>About {module.minutes} min</span>}
                {module.earlierVersion && <span>Result earned on an earlier version of this module</span>}
              </p>
            </div>
            <Button
              variant={module.status === 'in-progress' || module.status === 'not-started' ? 'primary' : 'secondary'}
              className="module-row__action"
              aria-label={`${actionLabel(module)}: ${module.title}`}
              onPress={() => (window.location.hash = hrefFor('learn', courseId, module.id))}
            >
              {actionLabel(module)}
            </Button>
          </li>
        ))}
      </ol>
    </div>
  );
}

function actionLabel(module: ModuleSummary): string {
  switch (module.status) {
    case 'not-started':
      return 'Start';
    case 'in-progress':
      return 'Continue';
    default:
      return 'Review';
  }
}

function StatusBadge({ module }: { module: ModuleSummary }) {
  const text = {
    'not-started': 'Not started',
    'in-progress': `In progress, ${module.percentSeen}%`,
    completed: 'Completed',
    passed: `Passed, ${module.scorePercent ?? 100}%`,
    failed: `Not passed, ${module.scorePercent ?? 0}%`,
  }[module.status];
  return <span className={`status status--${module.status}`}>{text}</span>;
}
