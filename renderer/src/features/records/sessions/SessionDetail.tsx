import type { Session } from '../../../../../core/api/records-types';
import { hrefFor } from '../../../app/use-hash-route';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { formatDateTime, formatDay } from '../format';
import { courseTitle, useCourseCatalog, type CourseFacet } from '../use-course-catalog';
import { useTrainerQuery } from '../use-trainer-query';
import { SessionActions } from './SessionActions';
import { SessionDashboardView } from './SessionDashboardView';
import { sessionStatusWords } from './session-words';

/** `#/records/sessions/<id>`: the session's details, what the trainer can do with it, and its live dashboard. */
export function SessionDetail({ sessionId }: { sessionId: string }) {
  const sessions = useTrainerQuery(`sessions/${sessionId}`, (api, trainerToken) => api.listSessions({ trainerToken }));
  const catalog = useCourseCatalog();

  if (sessions.status === 'loading') return <p role="status">Loading the session…</p>;
  if (sessions.status === 'error') {
    return (
      <Notice tone="error" title="The session could not be loaded">
        <p>{sessions.message}</p>
        <Button onPress={sessions.reload}>Try again</Button>
      </Notice>
    );
  }
  const session = sessions.data.find((item) => item.id === sessionId);
  if (!session) {
    return (
      <Notice tone="error" title="There is no such session on this machine">
        <p>
          <a href={hrefFor('records', 'sessions')}>Back to the sessions</a>
        </p>
      </Notice>
    );
  }
  const courses = catalog.status === 'ready' ? catalog.data.courses : [];
  return (
    <div className="session-detail">
      <p className="breadcrumb">
        <a href={hrefFor('records', 'sessions')}>Sessions</a>
      </p>
      <div className="page-intro">
        <h1>{session.name}</h1>
        <SessionFacts session={session} courses={courses} />
      </div>
      <SessionActions session={session} onChanged={sessions.reload} />
      {session.status === 'planned' ? (
        <p className="session-detail__hint">The dashboard appears here once the session starts and learners join.</p>
      ) : (
        <SessionDashboardView session={session} courses={courses} />
      )}
    </div>
  );
}

function SessionFacts({ session, courses }: { session: Session; courses: CourseFacet[] }) {
  return (
    <dl className="facts">
      <div>
        <dt>Status</dt>
        <dd>
          <span className={`session-status session-status--${session.status}`}>{sessionStatusWords[session.status]}</span>
        </dd>
      </div>
      <div>
        <dt>Date</dt>
        <dd>{formatDay(session.date)}</dd>
      </div>
      <div>
        <dt>Facilitator</dt>
        <dd>{session.facilitator}</dd>
      </div>
      {session.location && (
        <div>
          <dt>Location</dt>
          <dd>{session.location}</dd>
        </div>
      )}
      <div>
        <dt>Course</dt>
        <dd>
          {courseTitle(courses, session.courseId)} ({session.moduleIds.length} {session.moduleIds.length === 1 ? 'module' : 'modules'})
        </dd>
      </div>
      {session.startedAt && (
        <div>
          <dt>Started</dt>
          <dd>{formatDateTime(session.startedAt)}</dd>
        </div>
      )}
      {session.endedAt && (
        <div>
          <dt>Ended</dt>
          <dd>{formatDateTime(session.endedAt)}</dd>
        </div>
      )}
    </dl>
  );
}
