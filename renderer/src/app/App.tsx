import { useEffect } from 'react';
import { AuthorPage } from '../features/author/AuthorPage';
import { LearnPage } from '../features/learn/LearnPage';
import { RecordsPage } from '../features/records/RecordsPage';
import { AppHeader } from './AppHeader';
import { areaFor } from './areas';
import { useHashRoute } from './use-hash-route';
import './app.css';

export function App() {
  const [first] = useHashRoute();
  const area = areaFor(first);

  useEffect(() => {
    document.title = `${area.label} — Course Studio`;
  }, [area]);

  return (
    <div className="app">
      <AppHeader current={area} />
      <main className="app__main" id="main">
        {area.id === 'learn' && <LearnPage />}
        {area.id === 'author' && <AuthorPage />}
        {area.id === 'records' && <RecordsPage />}
      </main>
    </div>
  );
}
