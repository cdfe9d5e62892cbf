import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Classroom } from '../../../../core/api/records-types';
import { useApi } from '../../api/api-context';

export type ClassroomState = { status: 'checking' } | { status: 'ready'; classroom: Classroom | null };

interface ClassroomContextValue {
  state: ClassroomState;
  /** Asks the Node side again (after starting, ending or joining a session) and answers the new state. */
  refresh: () => Promise<Classroom | null>;
}

const ClassroomContext = createContext<ClassroomContextValue | null>(null);

/**
 * Whether this machine is in classroom mode. The Node side keeps it across restarts, so it is asked
 * on load, after the trainer starts or ends a session, and when the window comes back into focus
 * (a session may have been ended from another window).
 */
export function ClassroomProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [state, setState] = useState<ClassroomState>({ status: 'checking' });

  const refresh = useCallback(async () => {
    let classroom: Classroom | null;
    try {
      classroom = await api.getClassroom({});
    } catch {
      // Without an answer the machine is treated as not in classroom mode: the kiosk screen is a
      // convenience, and the Node side still refuses every trainer call without the passcode.
      classroom = null;
    }
    setState({ status: 'ready', classroom });
    return classroom;
  }, [api]);

  useEffect(() => {
    void refresh();
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refresh]);

  const value = useMemo(() => ({ state, refresh }), [state, refresh]);
  return <ClassroomContext.Provider value={value}>{children}</ClassroomContext.Provider>;
}

export function useClassroom(): ClassroomContextValue {
  const context = useContext(ClassroomContext);
  if (!context) throw new Error('useClassroom() needs a <ClassroomProvider> above it.');
  return context;
}
