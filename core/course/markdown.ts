import MarkdownIt from 'markdown-it';
import { calloutLabels, renderCallout } from './plugins/callout';
import { renderColumn, renderCompare } from './plugins/compare';
import { containerPlugin, containerRenderers, type ContainerRenderer } from './plugins/container';
import { quizFencePlugin, renderPool } from './plugins/quiz-fence';
import { safetyPlugin } from './plugins/safety';
import { tableAlignPlugin } from './plugins/table-align';

export interface MarkdownOptions {
  /** Image src prefix used when the render env gives none. */
  assetBaseUrl?: string;
  /**
   * Our syntax (callouts, comparisons, pools, quiz fences). Default true; false gives the same
   * safe configuration without it, e.g. for course descriptions or to compare output.
   */
  extensions?: boolean;
}

/** Names a `:::` container may have. */
export const containerNames: ReadonlySet<string> = new Set([...Object.keys(calloutLabels), 'compare', 'column', 'pool']);

/**
 * The one configured markdown-it for course content, shared by playback and the editor preview.
 * html: false because course content is untrusted (raw HTML shows as text); linkify and
 * typographer stay off so what a trainer types is what CommonMark says it is.
 */
export function createMarkdown(options: MarkdownOptions = {}): MarkdownIt {
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  safetyPlugin(md, options);
  tableAlignPlugin(md);
  if (options.extensions !== false) installSyntax(md);
  return md;
}

/** Our syntax alone, so tests can load it onto other presets (e.g. CommonMark conformance). */
export function installSyntax(md: MarkdownIt): void {
  containerPlugin(md, containerNames);
  const renderers = new Map<string, ContainerRenderer>([
    ['compare', renderCompare],
    ['column', renderColumn],
    ['pool', renderPool],
  ]);
  for (const name of Object.keys(calloutLabels)) renderers.set(name, renderCallout);
  containerRenderers(md, renderers);
  quizFencePlugin(md);
}
