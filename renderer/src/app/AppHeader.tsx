import { Link } from 'react-aria-components';
import { useCurrentLearner } from '../features/learn/current-learner';
import { CurrentLearnerBadge } from '../features/learn/CurrentLearnerBadge';
import { areas, type Area } from './areas';
import { hrefFor } from './use-hash-route';
import { BrandLink } from './BrandLink';

export function AppHeader({ current }: { current: Area }) {
  const { learner } = useCurrentLearner();
  return (
    <header className="app-header">
      <BrandLink />
      <nav aria-label="Main">
        <ul className="nav-links">
          {areas.map((area) => (
            <li key={area.id}>
              <Link href={hrefFor(area.id)} className="nav-link" aria-current={area.id === current.id ? 'page' : undefined}>
                {area.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {learner && (
        <div className="app-header__learner">
          <CurrentLearnerBadge />
        </div>
      )}
    </header>
  );
}
