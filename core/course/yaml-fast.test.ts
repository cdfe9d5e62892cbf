import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { fastYaml } from './yaml-fast';

/** What the positional parse (yaml) makes of the text, or undefined when it reports anything. */
function full(text: string): { value: unknown } | undefined {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  return doc.errors.length === 0 && doc.warnings.length === 0 ? { value: doc.toJS() as unknown } : undefined;
}

// Fragments the fast read must take, and give exactly what yaml gives.
const taken = [
  'id: q1\ntype: single\nprompt: Which opening works *best*?\nchoices:\n  - id: a\n    text: Ask\n    correct: true\n',
  'choices:\n  - { id: a, text: What matters most to you?, correct: true }\n',
  'accept: [mirroring, mirror]\npatterns: ["mirror(ing)?"]\n',
  'points: 0o17\nmore: 0x1F\nneg: -0\nplus: +12\nlead: 012\nf: 1.50\ne: 1e3\ninf: -.inf\nnan: .NaN\n',
  'a: 1_000\nb: 0b1\nc: yes\nd: ~\ne: Null\nf: TRUE\ng: 1.\nh: .5\n',
  "a: 'it''s'\nb: \"tab\\there\"\nc: |\n  two\n  lines\nd: >\n  folded\n  text\ne: |+\n  kept\n\n",
  'prompt: Yes! It works & more; see #1\n',
];

// Fragments where js-yaml and yaml could disagree: the fast read must give up on each.
const refused = [
  ['anchor and alias', 'a: &x 1\nb: *x\n'],
  ['tag', 'a: !!str 1\n'],
  ['explicit key', '? a\n: 1\n'],
  ['collection as key', '[id]: x\n'],
  ['null key', '~: x\n'],
  ['directive', '%YAML 1.1\n---\na: yes\n'],
  ['tab', 'a:\t1\n'],
  ['carriage return', 'a: 1\rb: 2\n'],
  ['flow over two lines', 'a: [x,\nb]\n'],
  ['empty list item before a less indented one', 'o:\n  -\n- b\nx: 1\n'],
  ['comment glued to a bracket', 'a: [x]#c\n'],
  ['key of 1,024 characters', `${'k'.repeat(1100)}: x\n`],
  ['bad YAML', 'a: [x\n'],
  ['duplicate key', 'a: 1\na: 2\n'],
] as const;

describe('fastYaml', () => {
  it.each(taken)('reads %j as yaml does', (text) => {
    const expected = full(text);
    expect(expected).toBeDefined();
    expect(fastYaml(text)).toEqual(expected);
    expect(Object.is((fastYaml(text)?.value as Record<string, unknown>)['neg'], (expected?.value as Record<string, unknown>)['neg'])).toBe(true);
  });

  it.each(refused)('gives up on %s', (_name, text) => {
    expect(fastYaml(text)).toBeUndefined();
  });
});
