import { useCallback } from 'react';
import type { CourseStudioApi } from '../../../../core/api/contract';
import { useApi } from '../../api/api-context';
import { useTrainer } from '../trainer/trainer-session';

export type AuthorCall = <T>(call: (api: CourseStudioApi, trainerToken: string) => Promise<T>) => Promise<T>;

/**
 * Every Author method needs the trainer token. Going through `guard` means an expired token locks the
 * area again (the gate asks for the passcode) instead of leaving an error on screen.
 */
export function useAuthorCall(): AuthorCall {
  const api = useApi();
  const { guard } = useTrainer();
  return useCallback(
    <T>(call: (api: CourseStudioApi, trainerToken: string) => Promise<T>) => guard((token) => call(api, token)),
    [api, guard],
  );
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
