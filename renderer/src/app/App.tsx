import { useEffect } from 'react';
import { AuthorPage } from '../features/author/AuthorPage';
import { LearnArea } from '../features/learn/LearnArea';
import { TrainerGate } from '../features/trainer/TrainerGate';
import { RecordsPage } from '../features/records/RecordsPage';
import { AppHeader } from './AppHeader';
import { areaFor } from './areas';
import { useHashRoute } from './use-hash-route';
import './app.css';

export function App() {
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
      <main className="app__main" id="main">
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
