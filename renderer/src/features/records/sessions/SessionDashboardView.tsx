import type { Session } from '../../../../../core/api/records-types';
import { Notice } from '../../../ui/Notice';
import { moduleTitle, type CourseFacet } from '../use-course-catalog';
import { useTrainerPoll } from '../use-trainer-query';
import { CompletionBars } from './CompletionBars';
import { DashboardGrid } from './DashboardGrid';

/** Learners' progress changes while the class plays, so a running session's dashboard asks again every 2 s. */
const pollMs = { running: 2000, settled: 30_000 };

export function SessionDashboardView({ session, courses }: { session: Session; courses: CourseFacet[] }) {
  const running = session.status === 'running';
  const dashboard = useTrainerPoll(`dashboard/${session.id}`, running ? pollMs.running : pollMs.settled, (api, trainerToken) =>
    api.getSessionDashboard({ trainerToken, sessionId: session.id }),
  );
  const titleOf = (moduleId: string) => moduleTitle(courses, session.courseId, moduleId);

  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">{running ? 'Live dashboard' : 'Dashboard'}</h2>
      {running && <p className="dashboard__note">Updates every few seconds as learners play.</p>}
      {dashboard.error && (
        <Notice tone="warning" title={dashboard.data ? 'The dashboard could not be updated' : 'The dashboard could not be loaded'}>
          <p>{dashboard.error}</p>
        </Notice>
      )}
      {!dashboard.data && !dashboard.error && <p role="status">Loading the dashboard…</p>}
      {dashboard.data && (
        <>
          <CompletionBars modules={dashboard.data.modules} titleOf={titleOf} />
          <DashboardGrid dashboard={dashboard.data} titleOf={titleOf} />
        </>
      )}
    </section>
  );
}
