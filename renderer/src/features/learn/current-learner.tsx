import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { LearnerSummary } from '../../../../core/api/playback-types';

interface CurrentLearner {
  learner: LearnerSummary | null;
  signIn: (learner: LearnerSummary) => void;
  signOut: () => void;
}

const storageKey = 'course-studio.learner';
const LearnerContext = createContext<CurrentLearner | null>(null);

/**
 * Who is learning on this screen. Kept for the browser tab or window only (sessionStorage): a
 * reload keeps the learner signed in, but a shared machine that restarts asks again.
 */
export function CurrentLearnerProvider({ children }: { children: ReactNode }) {
  const [learner, setLearner] = useState<LearnerSummary | null>(readStored);
  const signIn = useCallback((next: LearnerSummary) => {
    sessionStorage.setItem(storageKey, JSON.stringify(next));
    setLearner(next);
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(storageKey);
    setLearner(null);
  }, []);
  const value = useMemo(() => ({ learner, signIn, signOut }), [learner, signIn, signOut]);
  return <LearnerContext.Provider value={value}>{children}</LearnerContext.Provider>;
}

export function useCurrentLearner(): CurrentLearner {
  const context = useContext(LearnerContext);
  if (!context) throw new Error('useCurrentLearner() needs a <CurrentLearnerProvider> above it.');
  return context;
}

function readStored(): LearnerSummary | null {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null');
    if (
      stored &&
      typeof stored === 'object' &&
      typeof (stored as LearnerSummary).id === 'string' &&
      typeof (stored as LearnerSummary).name === 'string'
    ) {
      return stored as LearnerSummary;
    }
  } catch {
    // A damaged entry just means nobody is signed in.
  }
  return null;
}
