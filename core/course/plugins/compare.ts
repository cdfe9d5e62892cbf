import type MarkdownIt from 'markdown-it';
import type { ContainerRenderer } from './container';

/**
 * Side-by-side comparisons:
 *
 *     :::: compare Opening lines
 *     ::: column Weak
 *     ...
 *     :::
 *     ::: column Strong
 *     ...
 *     :::
 *     ::::
 *
 * Each column is a <section> with its own heading, so the comparison still reads in order when
 * the columns stack on a narrow screen or are read aloud.
 */
export const renderCompare: ContainerRenderer = (meta, opening, md: MarkdownIt) => {
  if (!opening) return '</div>\n';
  const label = md.utils.escapeHtml(meta.params || 'Comparison');
  return `<div class="compare" role="group" aria-label="${label}">\n`;
};

export const renderColumn: ContainerRenderer = (meta, opening, md: MarkdownIt) => {
  if (!opening) return '</section>\n';
  const heading = meta.params ? `<h3 class="compare-heading">${md.utils.escapeHtml(meta.params)}</h3>\n` : '';
  return `<section class="compare-column">\n${heading}`;
};
