import { useCallback, useState } from 'react';

/**
 * Runs a user action (a form submit, a button press) with the busy flag and the sentences a form
 * shows: the API's errors are already written for people, so their message is shown as it is, and
 * an action may answer a sentence to confirm that it worked.
 */
export function useAction<A extends unknown[]>(action: (...args: A) => Promise<string | void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const run = useCallback(
    async (...args: A) => {
      setBusy(true);
      setError(null);
      setSuccess(null);
      try {
        setSuccess((await action(...args)) ?? null);
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure));
      } finally {
        setBusy(false);
      }
    },
    [action],
  );
  return { run, busy, error, success, setError };
}
