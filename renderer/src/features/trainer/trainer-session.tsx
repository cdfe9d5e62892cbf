import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ApiFailure } from '../../api/client';

interface TrainerSession {
  /** The token of the unlocked trainer, or null while locked. Held in memory only. */
  token: string | null;
  unlocked: (token: string) => void;
  lock: () => void;
  /**
   * Runs a trainer call; when the Node side says the token is no longer valid (it expired after
   * being idle, or the passcode changed elsewhere) the area locks again instead of showing an error.
   */
  guard: <T>(call: (token: string) => Promise<T>) => Promise<T>;
}

const TrainerContext = createContext<TrainerSession | null>(null);

export function TrainerSessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(null);
  const lock = useCallback(() => setToken(null), []);
  const guard = useCallback(
    async <T,>(call: (token: string) => Promise<T>): Promise<T> => {
      if (!token) throw new ApiFailure('forbidden', 'This needs the trainer passcode.');
      try {
        return await call(token);
      } catch (error) {
        if (error instanceof ApiFailure && error.code === 'forbidden' && /passcode/i.test(error.message)) setToken(null);
        throw error;
      }
    },
    [token],
  );
  const value = useMemo(() => ({ token, unlocked: setToken, lock, guard }), [token, lock, guard]);
  return <TrainerContext.Provider value={value}>{children}</TrainerContext.Provider>;
}

export function useTrainer(): TrainerSession {
  const context = useContext(TrainerContext);
  if (!context) throw new Error('useTrainer() needs a <TrainerSessionProvider> above it.');
  return context;
}
