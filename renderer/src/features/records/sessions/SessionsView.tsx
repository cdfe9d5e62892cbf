import { Link } from 'react-aria-components';
import { hrefFor } from '../../../app/use-hash-route';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { formatDay } from '../format';
import { courseTitle, useCourseCatalog } from '../use-course-catalog';
import { useTrainerQuery } from '../use-trainer-query';
import { sessionStatusWords } from './session-words';

/** Classroom sessions on this machine, newest day first. */
export function SessionsView() {
  const sessions = useTrainerQuery('sessions', (api, trainerToken) => api.listSessions({ trainerToken }));
  const catalog = useCourseCatalog();
  const courses = catalog.status === 'ready' ? catalog.data.courses : [];

  return (
    <div className="sessions-view">
      <div className="page-intro page-intro--with-action">
        <div>
          <h1>Classroom sessions</h1>
          <p>Plan a session for a course, start it on this machine for learners to join, and watch their progress live.</p>
        </div>
        <Link href={hrefFor('records', 'sessions', 'new')} className="button button--primary">
          New session
        </Link>
      </div>
      {sessions.status === 'loading' && <p role="status">Loading sessions…</p>}
      {sessions.status === 'error' && (
        <Notice tone="error" title="The sessions could not be loaded">
          <p>{sessions.message}</p>
          <Button onPress={sessions.reload}>Try again</Button>
        </Notice>
      )}
      {sessions.status === 'ready' && sessions.data.length === 0 && <p>No sessions yet. Plan one with “New session”.</p>}
      {sessions.status === 'ready' && sessions.data.length > 0 && (
        <table className="data-table" aria-label="Classroom sessions">
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">Date</th>
              <th scope="col">Course</th>
              <th scope="col">Facilitator</th>
              <th scope="col">Status</th>
              <th scope="col">Learners</th>
            </tr>
          </thead>
          <tbody>
            {[...sessions.data]
              .sort((a, b) => b.date.localeCompare(a.date) || a.name.localeCompare(b.name))
              .map((session) => (
                <tr key={session.id}>
                  <th scope="row">
                    <a href={hrefFor('records', 'sessions', session.id)}>{session.name}</a>
                  </th>
                  <td>{formatDay(session.date)}</td>
                  <td>{courseTitle(courses, session.courseId)}</td>
                  <td>{session.facilitator}</td>
                  <td>
                    <span className={`session-status session-status--${session.status}`}>{sessionStatusWords[session.status]}</span>
                  </td>
                  <td>{session.learnerIds.length}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
