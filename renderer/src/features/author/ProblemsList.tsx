import { GridList, GridListItem } from 'react-aria-components';
import type { Diagnostic } from '../../../../core/api/author-types';

interface Props {
  diagnostics: Diagnostic[];
  onActivate: (diagnostic: Diagnostic) => void;
}

/** Every problem in the module, in line order; activating one moves the editor's cursor there. */
export function ProblemsList({ diagnostics, onActivate }: Props) {
  const items = diagnostics.map((d, index) => ({ ...d, key: `${index}:${d.line}:${d.column}:${d.code}` }));
  return (
    <section className="problems" aria-labelledby="problems-title">
      <h2 id="problems-title" className="problems__title">
        Problems <span className="problems__count">{diagnostics.length}</span>
      </h2>
      <GridList
        aria-labelledby="problems-title"
        className="problems__list"
        items={items}
        onAction={(key) => {
          const found = items.find((item) => item.key === key);
          if (found) onActivate(found);
        }}
        renderEmptyState={() => <p className="problems__empty">No problems found.</p>}
      >
        {(d) => (
          <GridListItem id={d.key} textValue={`Line ${d.line}: ${d.message}`} className={`problem problem--${d.severity}`}>
            <span className="problem__severity">{d.severity === 'error' ? 'Error' : 'Warning'}</span>
            <span className="problem__where">Line {d.line}</span>
            <span className="problem__message">
              {d.message}
              {/* The parser's own words, for a trainer who searches for them or asks for help. */}
              {d.detail !== undefined && <span className="problem__detail">{d.detail}</span>}
            </span>
          </GridListItem>
        )}
      </GridList>
    </section>
  );
}
