import { useSyncExternalStore } from 'react';

/**
 * The current screen lives in the URL hash (`#/learn`, `#/author/…`): it works the same from
 * `http://127.0.0.1` and from the desktop app's `app://` origin, needs no server fallback, and
 * survives a reload.
 */
export function useHashRoute(): string[] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function hrefFor(...segments: string[]): string {
  return `#/${segments.map(encodeURIComponent).join('/')}`;
}
