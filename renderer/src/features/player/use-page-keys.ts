import { useEffect } from 'react';

/**
 * Left and right arrow keys turn pages, but only when the reader is not inside a control: radio
 * groups, text boxes and lists use the arrows themselves.
 */
export function usePageKeys({ onBack, onNext, enabled }: { onBack: () => void; onNext: () => void; enabled: boolean }): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      const target = event.target as HTMLElement | null;
      if (target && target !== document.body && target.closest('input, textarea, select, button, a, [role], .quiz')) return;
      event.preventDefault();
      if (event.key === 'ArrowLeft') onBack();
      else onNext();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onBack, onNext, enabled]);
}
