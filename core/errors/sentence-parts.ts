/** `1,000`: figures in sentences read the same on every machine. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** Cuts text that comes from outside (a key, a path, a library's sentence) to `chars`, marking the cut. */
export function clip(text: string, chars: number): string {
  if (text.length <= chars) return text;
  // Never end on the first half of a surrogate pair.
  const cut = /[\uD800-\uDBFF]$/.test(text.slice(0, chars - 1)) ? chars - 2 : chars - 1;
  return `${text.slice(0, cut)}…`;
}
