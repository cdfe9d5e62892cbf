import { createRequire } from 'node:module';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { createMarkdown, installSyntax } from './markdown';

interface SpecExample {
  markdown: string;
  html: string;
  number: number;
  section: string;
}

// commonmark-spec is CommonJS without types; its `tests` export is the list of spec examples.
const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: SpecExample[] };
// The spec writes tabs as → so they are visible; turn them back into tabs.
const examples = spec.tests.map((example) => ({
  ...example,
  markdown: example.markdown.replace(/→/g, '\t'),
  html: example.html.replace(/→/g, '\t'),
}));

/**
 * Examples plain markdown-it 14 (commonmark preset, no plugins) renders differently from the
 * spec. Computed once and pinned: our plugins must not add to this list.
 */
const KNOWN_MARKDOWN_IT_MISSES: number[] = [218, 239, 240];

describe('CommonMark conformance', () => {
  const plain = new MarkdownIt('commonmark');
  const withSyntax = new MarkdownIt('commonmark');
  installSyntax(withSyntax);

  it('plain markdown-it misses exactly the known examples', () => {
    const misses = examples.filter((example) => plain.render(example.markdown) !== example.html).map((example) => example.number);
    expect(misses).toEqual(KNOWN_MARKDOWN_IT_MISSES);
  });

  it.each(
    examples
      .filter((example) => !KNOWN_MARKDOWN_IT_MISSES.includes(example.number))
      .map((example) => [example.number, example.section, example] as const),
  )('example %i (%s) renders as the spec says with our syntax loaded', (_number, _section, example) => {
    expect(withSyntax.render(example.markdown)).toBe(example.html);
  });
});

/** Our own syntax: quiz fences and `:::` lines with one of our block names. */
const OURS = /^ {0,3}(`{3,}|~{3,})\s*quiz\b|^ {0,3}:{3,}\s*(tip|note|warning|compare|column|pool)\b/m;

describe('our configuration renders every spec example as it would without our syntax', () => {
  const ours = createMarkdown();
  const bare = createMarkdown({ extensions: false });
  const unaffected = examples.filter((example) => !OURS.test(example.markdown));

  it('leaves out almost no example (none of the spec uses our syntax)', () => {
    expect(examples.length).toBeGreaterThan(640);
    expect(examples.length - unaffected.length).toBe(0);
  });

  it.each(unaffected.map((example) => [example.number, example] as const))('example %i', (_number, example) => {
    expect(ours.render(example.markdown)).toBe(bare.render(example.markdown));
  });
});
