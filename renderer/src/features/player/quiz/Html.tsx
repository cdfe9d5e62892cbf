import type { ElementType } from 'react';

/**
 * Shows HTML rendered by the course engine. It is safe to insert: the engine renders with raw HTML
 * off and only allows http, https and mailto links and course images, and the CSP forbids inline
 * script besides.
 */
export function Html({ html, as: Tag = 'div', id, className }: { html: string; as?: ElementType; id?: string; className?: string }) {
  return <Tag id={id} className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
