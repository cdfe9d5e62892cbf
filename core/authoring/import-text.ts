import { assembleDraft, type PostDraft } from './post-draft';

/**
 * Plain-text blog post → module draft. Posts copied from a blog keep their structure only as
 * line shapes: bullets typed as •, -, * or ·, numbers like "1." or "1)", and short Title Case
 * lines above a paragraph that were headings on the page. This turns those shapes back into
 * Markdown; everything else stays a paragraph, with Markdown characters escaped.
 */

/** `block` numbers the blank-line separated blocks, so a heading can be told to stand alone. */
type Element = { block: number } & (
  { kind: 'para'; lines: string[] } | { kind: 'bullet'; text: string } | { kind: 'ordered'; number: number; text: string }
);

const BULLET = /^\s*[•·◦▪‣*-]\s*(.+)$/;
const ORDERED = /^\s*(\d{1,3})[.)]\s+(.+)$/;
const MINOR_WORDS = new Set(
  'a an the and or but nor of to in on at for by with from as is are was be vs via per into than that this your you my our its it'.split(
    ' ',
  ),
);

export function importText(content: string, title?: string): PostDraft {
  const lines = content
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''));
  let postTitle = title?.trim();
  if (!postTitle) {
    const first = lines.findIndex((line) => line.trim() !== '');
    const candidate = first < 0 ? '' : (lines[first] ?? '').trim();
    if (candidate.length > 0 && candidate.length <= 120) {
      postTitle = candidate;
      lines.splice(first, 1);
    }
  }
  return assembleDraft(postTitle || 'Imported post', render(elements(lines)));
}

/** Blocks are separated by blank lines; inside one, each line is a bullet, a number or text. */
function elements(lines: readonly string[]): Element[] {
  const out: Element[] = [];
  let para: string[] | null = null;
  let block = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      if (para !== null || out[out.length - 1]?.block === block) block++;
      para = null;
      continue;
    }
    const bullet = BULLET.exec(line);
    const ordered = ORDERED.exec(line);
    // "-5% this year" or "*really*" are text, not bullets: a bullet marker is followed by a space.
    if (bullet && /^[•·◦▪‣]|^[*-]\s/.test(line)) {
      out.push({ block, kind: 'bullet', text: bullet[1] ?? '' });
      para = null;
    } else if (ordered) {
      out.push({ block, kind: 'ordered', number: Number(ordered[1]), text: ordered[2] ?? '' });
      para = null;
    } else if (para && continues(para[para.length - 1] ?? '')) {
      para.push(line);
    } else {
      para = [line];
      out.push({ block, kind: 'para', lines: para });
    }
  }
  return out;
}

/**
 * A line break inside a block: blogs published each line as its own paragraph, but text wrapped
 * by an email client breaks long sentences mid-way. A long line that does not end a sentence is
 * taken as wrapped and continues on the next line.
 */
function continues(previous: string): boolean {
  return previous.length >= 60 && !/[.!?:;"”’)]$/.test(previous);
}

function render(items: readonly Element[]): string {
  const out: string[] = [];
  const alone = (item: Element) => items.filter((other) => other.block === item.block).length === 1;
  items.forEach((item, i) => {
    const previous = items[i - 1];
    const next = items[i + 1];
    // Consecutive items of one kind form one list, even when the post left blank lines between them.
    const sameList = previous?.kind === item.kind && item.kind !== 'para';
    if (out.length > 0 && !sameList) out.push('');
    if (item.kind === 'bullet') out.push(`- ${inline(item.text)}`);
    else if (item.kind === 'ordered') out.push(`${item.number}. ${inline(item.text)}`);
    else if (item.lines.length === 1 && alone(item) && isHeadingLine(item.lines[0] ?? '') && next !== undefined && isProse(next))
      out.push(`## ${inline(item.lines[0] ?? '')}`);
    else out.push(inline(item.lines.join(' ')));
  });
  return out.join('\n');
}

/** Short, no closing period, Title Case or ALL CAPS, and not a "Label – value" line. */
export function isHeadingLine(line: string): boolean {
  const text = line.trim();
  if (text.length < 3 || text.length > 80 || /[.,;:]$/.test(text) || /\s[–—-]\s/.test(text)) return false;
  const words = text
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => /\p{L}/u.test(word));
  if (words.length === 0 || words.length > 12) return false;
  if (words.every((word) => word === word.toUpperCase()) && words.join('').length >= 3) return true;
  const significant = words.filter((word, i) => i === 0 || !MINOR_WORDS.has(word.toLowerCase()));
  return significant.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
}

/** A paragraph that reads as running text (so the line above it can be its heading), or a list. */
function isProse(item: Element): boolean {
  if (item.kind !== 'para') return true;
  const text = item.lines.join(' ');
  return /[.!?:"”]$/.test(text) || text.length >= 60;
}

/**
 * Escapes characters that Markdown would read as formatting, then turns bare URLs into links
 * (http, https and mailto only, as the course format allows).
 */
export function inline(text: string): string {
  const parts = text.split(/(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"”’])/);
  return parts.map((part, i) => (i % 2 === 1 ? `<${part}>` : escapeMarkdown(part))).join('');
}

function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    .replace(/^(#{1,6}\s|[+=-]\s|:::|~~~)/, '\\$1')
    .replace(/^(\d+)([.)]\s)/, '$1\\$2')
    .replace(/&/g, '\\&');
}
