import type MarkdownIt from 'markdown-it';
import type { ContainerRenderer } from './container';

/** Callout kinds and the label screen readers announce for each. */
export const calloutLabels: Readonly<Record<string, string>> = { tip: 'Tip', note: 'Note', warning: 'Warning' };

/**
 * `::: tip Optional title` … `:::` renders as an <aside role="note"> labelled with its kind, so a
 * screen reader announces "Tip" before the content, and the title (if any) as visible text.
 */
export const renderCallout: ContainerRenderer = (meta, opening, md: MarkdownIt) => {
  if (!opening) return '</aside>\n';
  const label = calloutLabels[meta.name] ?? meta.name;
  const title = meta.params ? `<p class="callout-title">${md.utils.escapeHtml(meta.params)}</p>\n` : '';
  return `<aside class="callout callout-${meta.name}" role="note" aria-label="${label}">\n${title}`;
};
