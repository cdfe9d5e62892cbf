import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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
    expect(Object.is((fastYaml(text)?.value as Record<string, unknown>)['neg'], (expected?.value as Record<string, unknown>)['neg'])).toBe(
      true,
    );
  });

  it.each(refused)('gives up on %s', (_name, text) => {
    expect(fastYaml(text)).toBeUndefined();
  });
});

// The fast read mimics `yaml` (see yaml-fast.ts for why there are two parsers); this keeps the fuzz
// that guards the mimicry: lines built from the characters and spellings where the two libraries
// could differ, and whenever the fast read takes one, yaml must read it, without a problem, the same.
describe('fastYaml against yaml on generated fragments', () => {
  const scalars = [
    '0o17',
    '012',
    '1_000',
    '0b1',
    '-0',
    '+12',
    '1.',
    '.5',
    '1e3',
    '-.inf',
    '.NaN',
    'null',
    'Null',
    '~',
    'True',
    'yes',
    'no',
    '0x1F',
    '2024-01-01',
    '',
  ];
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('Ask', 'a b', 'What now?', 'yes: no', 'x-y', "it's", '"q"', 'a # b', 'a  # b') },
    { weight: 2, arbitrary: fc.constantFrom(...scalars) },
    fc.string({ unit: fc.constantFrom(...'ab1 #:-[]{},"\'&*!?|>~._\\%@`'.split('')), maxLength: 8 }),
  );
  const flow = fc.oneof(
    piece,
    fc.array(piece, { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
    fc.tuple(piece, piece).map(([a, b]) => `{ k: ${a}, m: ${b} }`),
  );
  const key = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('id', 'text', 'a', 'b', 'choices', 'x y') },
    fc.constantFrom('null', '"q"', '~', '? k', '[k]', '&a k', '*a', '1', 'true'),
    piece,
  );
  // A mapping written as block lines, whose values may be block lists of mappings, at any indent.
  const mapping = (indent: string, depth: number): fc.Arbitrary<string> =>
    fc
      .uniqueArray(
        fc.tuple(
          key,
          depth > 1
            ? flow.map((text) => ` ${text}`)
            : fc.oneof(
                { weight: 3, arbitrary: flow.map((text) => ` ${text}`) },
                fc.tuple(flow, fc.constantFrom(' # c', '#c', '  #c')).map(([text, comment]) => ` ${text}${comment}`),
                fc
                  .array(mapping(`${indent}    `, depth + 1), { minLength: 1, maxLength: 2 })
                  .map((items) => items.map((item) => `\n${indent}  - ${item.trimStart()}`).join('')),
              ),
        ),
        { minLength: 1, maxLength: 4, selector: ([name]) => name },
      )
      .map((pairs) => pairs.map(([name, text]) => `${indent}${name}:${text}`).join('\n'));
  const fragment = mapping('', 0).map((text) => `${text}\n`);

  it('never returns data that yaml would not return as is', () => {
    let taken = 0;
    fc.assert(
      fc.property(fragment, (text) => {
        const fast = fastYaml(text);
        if (fast) {
          taken++;
          expect(fast).toEqual(full(text));
        }
      }),
      { seed: 18, numRuns: 3_000 },
    );
    // A good share of the fragments must be plain enough for the fast read, or the test would prove little.
    expect(taken).toBeGreaterThan(400);
  });
});
