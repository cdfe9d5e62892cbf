import { createContext, useContext, type ReactNode } from 'react';
import type { CourseStudioApi } from '../../../core/api/contract';

const ApiContext = createContext<CourseStudioApi | null>(null);

export function ApiProvider({ api, children }: { api: CourseStudioApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): CourseStudioApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() needs an <ApiProvider> above it.');
  return api;
}
