import { Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import type { LibraryEntry } from '../../../../core/api/author-types';
import { hrefFor } from '../../app/use-hash-route';
import { Button } from '../../ui/Button';

export type EntryAction = 'copy' | 'rename' | 'duplicate' | 'reveal' | 'delete';

const sourceLabels: Record<LibraryEntry['source'], string> = {
  bundled: 'Comes with Course Studio · read-only',
  workspace: 'In your library',
  linked: 'Opened from a folder',
};

export function problemSummary(errors: number, warnings: number): string {
  if (errors === 0 && warnings === 0) return 'No problems';
  const parts = [];
  if (errors > 0) parts.push(errors === 1 ? '1 error' : `${errors} errors`);
  if (warnings > 0) parts.push(warnings === 1 ? '1 warning' : `${warnings} warnings`);
  return parts.join(', ');
}

/** One course in the library: what it is, how healthy it is, and what can be done with it. */
export function LibraryEntryRow({ entry, onAction }: { entry: LibraryEntry; onAction: (action: EntryAction) => void }) {
  const headingId = `library-${entry.id}`;
  const tone = entry.errorCount > 0 ? 'error' : entry.warningCount > 0 ? 'warning' : 'ok';
  return (
    <li>
      <article className="library-entry" aria-labelledby={headingId}>
        <div className="library-entry__text">
          <h2 id={headingId} className="library-entry__title">
            {entry.editable ? <a href={hrefFor('author', entry.id)}>{entry.title}</a> : entry.title}
          </h2>
          <p className="library-entry__meta">
            <span>{entry.moduleCount === 1 ? '1 module' : `${entry.moduleCount} modules`}</span>
            <span className={`problem-count problem-count--${tone}`}>{problemSummary(entry.errorCount, entry.warningCount)}</span>
            <span>{sourceLabels[entry.source]}</span>
          </p>
          <p className="library-entry__location" title={entry.location}>
            {entry.location}
          </p>
        </div>
        <div className="library-entry__actions">
          {entry.editable ? null : (
            <Button variant="primary" onPress={() => onAction('copy')} aria-label={`Copy to edit: ${entry.title}`}>
              Copy to edit
            </Button>
          )}
          <MenuTrigger>
            <Button aria-label={`More actions for ${entry.title}`}>More…</Button>
            <Popover className="menu-popover" placement="bottom end">
              <Menu className="menu" onAction={(key) => onAction(key as EntryAction)}>
                {entry.editable && (
                  <MenuItem className="menu__item" id="rename">
                    Rename…
                  </MenuItem>
                )}
                <MenuItem className="menu__item" id="duplicate">
                  Duplicate…
                </MenuItem>
                <MenuItem className="menu__item" id="reveal">
                  Show in file manager
                </MenuItem>
                {entry.editable && (
                  <MenuItem className="menu__item menu__item--danger" id="delete">
                    Delete…
                  </MenuItem>
                )}
              </Menu>
            </Popover>
          </MenuTrigger>
        </div>
      </article>
    </li>
  );
}
