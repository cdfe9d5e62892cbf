import { useEffect, useRef } from 'react';
import { ProgressBar } from 'react-aria-components';
import type { PlaybackState, SaveState } from '../../../../core/api/playback-types';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageContent } from './PageContent';
import type { PlayerActions } from './player-actions';
import { ResultsView } from './ResultsView';
import { SaveIndicator } from './SaveIndicator';
import { usePageKeys } from './use-page-keys';
import './player.css';

interface ModulePlayerProps {
  state: PlaybackState;
  actions: PlayerActions;
  /** Whether the learner's work is on disk; the author's preview saves nothing and leaves it out. */
  save?: SaveState | 'saving';
  /** Sets the window title; the preview leaves it alone. */
  ownsWindowTitle?: boolean;
  /** Moves the keyboard focus to a new page's heading; the preview keeps it in the editor instead. */
  focusOnPageChange?: boolean;
}

/** The module, page by page, with its questions; then the results. Shared by Learn and the author's preview. */
export function ModulePlayer({ state, actions, save, ownsWindowTitle = true, focusOnPageChange = true }: ModulePlayerProps) {
  const { module } = state;
  const pageCount = module.pages.length;
  const pageIndex = Math.min(Math.max(state.page, 0), Math.max(pageCount - 1, 0));
  const page = module.pages[pageIndex];
  const isLast = pageIndex === pageCount - 1;
  const attemptsExhausted = state.attemptsAllowed !== null && state.attemptNumber > state.attemptsAllowed;
  const locked = state.results !== undefined || attemptsExhausted;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (ownsWindowTitle) document.title = `${state.results ? 'Results' : page?.title || module.title} — ${module.title}`;
  }, [ownsWindowTitle, page, module.title, state.results]);

  // After a page change, start reading at the top of the new page.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!focusOnPageChange) return;
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView?.({ block: 'start' });
  }, [pageIndex, state.results, focusOnPageChange]);

  const back = () => pageIndex > 0 && actions.goToPage(pageIndex - 1);
  const next = () => (isLast ? void actions.finish() : actions.goToPage(pageIndex + 1));
  usePageKeys({ onBack: back, onNext: () => !isLast && next(), enabled: !state.results });

  return (
    <article className="player" aria-labelledby="player-title">
      <header className="player__header">
        <div className="player__heading">
          <p className="player__course">{state.courseTitle}</p>
          <h1 id="player-title" className="player__title">
            {module.title}
          </h1>
        </div>
        <div className="player__status">
          <span>
            {state.attemptsAllowed === null
              ? `Attempt ${state.attemptNumber}`
              : `Attempt ${Math.min(state.attemptNumber, state.attemptsAllowed)} of ${state.attemptsAllowed}`}
          </span>
          {save && <SaveIndicator save={save} />}
        </div>
        {!state.results && (
          <ProgressBar
            className="player__progress"
            value={pageIndex + 1}
            minValue={0}
            maxValue={Math.max(pageCount, 1)}
            aria-label="Progress through the module"
          >
            {({ percentage }) => (
              <>
                <span className="player__progress-text">
                  Page {pageIndex + 1} of {pageCount}
                </span>
                <span className="player__progress-track">
                  <span className="player__progress-fill" style={{ width: `${percentage ?? 0}%` }} />
                </span>
              </>
            )}
          </ProgressBar>
        )}
      </header>

      {state.notices.map((notice) => (
        <Notice key={notice} tone="warning" title="Please note">
          <p>{notice}</p>
        </Notice>
      ))}
      {attemptsExhausted && !state.results && (
        <Notice tone="info" title="No attempts left">
          <p>You have used every attempt this module allows, so its questions are locked. Your trainer can see your results.</p>
        </Notice>
      )}

      {state.results ? (
        <ResultsView
          headingRef={headingRef}
          results={state.results}
          module={module}
          onRetake={actions.retake}
          onReview={() => actions.goToPage(0)}
        />
      ) : page ? (
        <section className="player__page" aria-labelledby="page-title">
          <h2 id="page-title" className={page.title ? 'player__page-title' : 'visually-hidden'} tabIndex={-1} ref={headingRef}>
            {page.title || `Page ${pageIndex + 1}`}
          </h2>
          <PageContent key={pageIndex} page={page} state={state} locked={locked} actions={actions} />
          <nav className="player__nav" aria-label="Pages">
            <Button onPress={back} isDisabled={pageIndex === 0}>
              ← Back
            </Button>
            <Button variant="primary" onPress={next}>
              {isLast ? 'Finish and see results' : 'Next →'}
            </Button>
          </nav>
        </section>
      ) : (
        <Notice tone="warning" title="This module has no pages yet" />
      )}
    </article>
  );
}
