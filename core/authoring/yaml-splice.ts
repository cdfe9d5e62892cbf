import { isMap, isScalar, isSeq, parse, parseDocument, stringify, type Document } from 'yaml';
import { ApiError } from '../errors';

/**
 * Edits hand-written YAML (course.yml, module front matter) through yaml's Document API, but
 * writes back only the bytes that changed. Re-printing the whole document would keep comments
 * yet re-wrap folded descriptions and re-space `key:   value  # note` lines; splicing the edited
 * node's source range into the original text leaves every other byte as the trainer wrote it.
 * Shapes the splice cannot handle (a flow list `[a, b]`, a missing key) fall back to editing the
 * Document and printing it, which still keeps comments and key order.
 */

function parseTopLevel(text: string, what: string): Document.Parsed {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    throw new ApiError(
      'conflict',
      `${what} has a YAML error${first ? ` (${first.message.split('\n')[0]})` : ''}; fix it in the text editor first.`,
    );
  }
  if (doc.contents !== null && !isMap(doc.contents))
    throw new ApiError('conflict', `${what} is not a list of "key: value" lines; fix it in the text editor first.`);
  return doc;
}

/** The top-level string value of `key`, or undefined. */
export function readTopLevelString(text: string, key: string): string | undefined {
  const doc = parseDocument(text);
  const value: unknown = doc.errors.length === 0 && isMap(doc.contents) ? doc.get(key) : undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** Sets `key: value` (a one-line string) at the top level, keeping the line's comment. */
export function setTopLevelScalar(text: string, key: string, value: string, what: string): string {
  const doc = parseTopLevel(text, what);
  const node = doc.get(key, true);
  const rendered = renderScalar(value);
  if (isScalar(node) && node.range && (node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) {
    return text.slice(0, node.range[0]) + rendered + text.slice(node.range[1]);
  }
  doc.set(key, value);
  return doc.toString();
}

/** Rewrites the top-level list under `key` with `edit`, moving each item with its comments. */
export function editTopLevelList(text: string, key: string, edit: (items: string[]) => string[], what: string): string {
  const doc = parseTopLevel(text, what);
  const node = doc.get(key, true);
  const current = isSeq(node) ? node.items.map((item) => (isScalar(item) ? String(item.value) : '')) : [];
  const next = edit(current);
  if (!isSeq(node) || node.flow || !node.range || node.items.length === 0 || !node.items.every((item) => isScalar(item) && item.range)) {
    // Replacing the items (not the list node) keeps the list's style and its comments.
    if (isSeq(node)) node.items = next.map((value) => doc.createNode(value));
    else doc.set(key, next);
    return doc.toString();
  }
  // Each item owns its own lines plus the comment and blank lines above it (the first item's
  // leading comment belongs to the list). Untouched items are moved as text, byte for byte.
  const ranges = node.items.map((item) => (item as { range: [number, number, number] }).range);
  const first = ranges[0];
  const last = ranges[ranges.length - 1];
  if (!first || !last) return text;
  const start = lineStart(text, first[0]);
  const blocks: string[] = [];
  let cursor = start;
  for (const range of ranges) {
    const end = lineEnd(text, range[2] - 1);
    blocks.push(text.slice(cursor, end));
    cursor = end;
  }
  const indent = text.slice(lineStart(text, last[0]), last[0]);
  const byValue = new Map<string, string>();
  current.forEach((value, i) => {
    const block = blocks[i];
    if (block !== undefined && !byValue.has(value)) byValue.set(value, block.endsWith('\n') ? block : `${block}\n`);
  });
  const body = next.map((value) => byValue.get(value) ?? `${indent}${renderScalar(value)}\n`).join('');
  const tail = text.slice(cursor);
  return text.slice(0, start) + (tail === '' && !text.endsWith('\n') ? body.replace(/\n$/, '') : body) + tail;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just after the newline ending the line that holds `offset` (or the end of the text). */
function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', Math.max(0, offset));
  return newline < 0 ? text.length : newline + 1;
}

/** A YAML scalar that reads back as exactly `value`, as a string (quoted if plain would not). */
export function renderScalar(value: string): string {
  if (/[\r\n]/.test(value)) throw new ApiError('invalid-argument', 'A title must fit on one line.');
  const plain = stringify(value, { lineWidth: 0 }).trimEnd();
  // YAML 1.1 readers take yes/no/on/off as booleans; quote them so every reader agrees.
  if (/^(?:y|n|yes|no|on|off)$/i.test(value) || plain.includes('\n') || parse(plain) !== value) return JSON.stringify(value);
  return plain;
}
