import TurndownService from 'turndown';
import { isAllowedLink } from '../course/index';
import { codeBlockMarkdown, type CodeNode } from './html-code-block';
import { scanFences } from './markdown-fences';
import { assembleDraft, type PostDraft } from './post-draft';

/**
 * HTML blog post → module draft. Web pages carry scripts, trackers and embeds; none of that has
 * a place in a course (and the course format would show raw HTML as text), so the converter
 * keeps only text structure: headings, paragraphs, lists, links, emphasis, quotes and code.
 */

// Turndown hands rules DOM nodes from its own parser; core/ has no DOM types, so this is the
// little of a node the rules read.
interface HtmlNode {
  nodeName: string;
  getAttribute(name: string): string | null;
  textContent: string | null;
}
const asNode = (node: unknown) => node as HtmlNode;

const DROPPED = new Set([
  'script',
  'style',
  'iframe',
  'embed',
  'object',
  'form',
  'noscript',
  'template',
  'canvas',
  'video',
  'audio',
  'svg',
  'button',
  'input',
  'select',
  'textarea',
  'link',
  'meta',
  'head',
  'title',
  'nav',
  'footer',
  'aside',
]);

const TRACKER =
  /(?:pixel|beacon|track(?:ing|er)?|analytics|doubleclick|facebook\.com\/tr|google-analytics|googletagmanager|scorecardresearch|quantserve|hotjar|\/open\.gif|\/o\.gif|utm_)/i;

export function isTrackingImage(src: string, width: string | null, height: string | null): boolean {
  const tiny = (value: string | null) => value !== null && /^\s*[01](?:px)?\s*$/.test(value);
  return tiny(width) || tiny(height) || TRACKER.test(src);
}

function createConverter(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
    hr: '---',
  });
  // A filter function rather than tag names: `svg` and friends are not HTMLElement tags in the DOM typings.
  const dropped = (node: unknown) => DROPPED.has(asNode(node).nodeName.toLowerCase());
  service.remove(dropped);
  service.addRule('code-blocks', {
    filter: 'pre',
    replacement: (_content, node) => codeBlockMarkdown(node as unknown as CodeNode, dropped),
  });
  service.addRule('safe-links', {
    filter: 'a',
    replacement: (content, node) => {
      const href = (asNode(node).getAttribute('href') ?? '').trim();
      const text = content.trim();
      if (!text) return '';
      return isAllowedLink(href) ? `[${text}](${href.replace(/[()\s]/g, encodeURIComponent)})` : text;
    },
  });
  // Course images must be files in the course folder; a web image cannot be shown, so it becomes
  // a visible note (with its description) that the trainer can replace with "Insert image".
  service.addRule('images', {
    filter: 'img',
    replacement: (_content, node) => {
      const img = asNode(node);
      const src = img.getAttribute('src') ?? '';
      if (isTrackingImage(src, img.getAttribute('width'), img.getAttribute('height'))) return '';
      const alt = (img.getAttribute('alt') ?? '')
        .replace(/\s+/g, ' ')
        .replace(/[[\]*_`\\]/g, '')
        .trim();
      return alt ? `*(Image: ${alt})*` : '';
    },
  });
  return service;
}

/** The document's title: the first h1, else <title>, else undefined. */
function findTitle(html: string): string | undefined {
  const pick = (re: RegExp) =>
    re
      .exec(html)?.[1]
      ?.replace(/<[^>]*>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  return pick(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i) || pick(/<title\b[^>]*>([\s\S]*?)<\/title>/i) || undefined;
}

export function importHtml(html: string, title?: string): PostDraft {
  const markdown = createConverter().turndown(html.replace(/<!--[\s\S]*?-->/g, ''));
  const docTitle = title?.trim() || findTitle(html) || 'Imported post';
  return assembleDraft(docTitle, shiftHeadings(markdown, docTitle));
}

/**
 * The post's own title becomes the module title, so its `#` heading is dropped rather than
 * turned into a page; other `#` headings become `##` pages, and `##` stay pages.
 */
export function shiftHeadings(markdown: string, title: string): string {
  const lines = markdown.split('\n');
  const fences = scanFences(lines);
  let titleDropped = false;
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    const heading = fences[i]?.kind === 'text' ? /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line) : null;
    if (heading?.[1] === '#') {
      const text = heading[2] ?? '';
      if (!titleDropped && normalise(text) === normalise(title)) {
        titleDropped = true;
        continue;
      }
      out.push(`## ${text}`);
    } else out.push(line);
  }
  return out.join('\n');
}

const normalise = (text: string) =>
  text
    .replace(/[\\*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
