import { useEffect } from 'react';
import { AuthorPage } from '../features/author/AuthorPage';
import { ClassroomProvider, useClassroom } from '../features/classroom/classroom-context';
import { ClassroomShell } from '../features/classroom/ClassroomShell';
import { LearnArea } from '../features/learn/LearnArea';
import { TrainerGate } from '../features/trainer/TrainerGate';
import { RecordsPage } from '../features/records/RecordsPage';
import { AppHeader } from './AppHeader';
import { areaFor } from './areas';
import { useHashRoute } from './use-hash-route';
import './app.css';

export function App() {
  return (
    <ClassroomProvider>
      <AppFrame />
    </ClassroomProvider>
  );
}

/** While a classroom session runs, the machine is the session's kiosk instead of the full app. */
function AppFrame() {
  const { state } = useClassroom();
  if (state.status === 'checking') {
    return (
      <p className="app__checking" role="status">
        Starting Course Studio…
      </p>
    );
  }
  if (state.classroom) return <ClassroomShell classroom={state.classroom} />;
  return <FullApp />;
}

function FullApp() {
  const [first, ...rest] = useHashRoute();
  const screen = rest.join('/');
  const area = areaFor(first);

  // Screens with a more precise title (the player) set their own after this.
  useEffect(() => {
    document.title = `${area.label} — Course Studio`;
  }, [area, screen]);

  return (
    <div className="app">
      <AppHeader current={area} />
      {/* A course open in the Author area shows editor and preview side by side: it takes the full width. */}
      <main className={area.id === 'author' && rest.length > 0 ? 'app__main app__main--wide' : 'app__main'} id="main">
        {area.id === 'learn' && <LearnArea path={rest} />}
        {area.id === 'author' && (
          <TrainerGate area="Author">
            <AuthorPage />
          </TrainerGate>
        )}
        {area.id === 'records' && (
          <TrainerGate area="Records">
            <RecordsPage />
          </TrainerGate>
        )}
      </main>
    </div>
  );
}
