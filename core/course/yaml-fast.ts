// Why this file exists, measured (issue 18, item 4: "one YAML parser if positions and speed allow").
// Cold compile of the 500-module bench course (bench/course-compile.bench.ts), CPU time via
// process.cpuUsage(), this code (A) and a variant (B) loaded side by side in one process and run
// interleaved, median of 15 rounds each, on the shared 2-core machine:
//   - B reads every fragment with `yaml`'s parseDocument (positions included):    A 408 ms, B 687 ms (1.68×)
//   - B reads with `yaml`, no line counter, keepSourceTokens off, re-parse on a problem:
//                                                                                A 303 ms, B 568 ms (1.87×)
//   - the same code as A loaded twice (the method's own noise):                   1.00-1.02×
// On the 2,000 fragments alone: js-yaml (with the checks below) 20 ms; `yaml`'s parse 149 ms, its
// parseDocument 153 ms, its Parser (CST, no values) 104 ms, its Lexer alone 33 ms. So no part of
// `yaml`'s API gets near js-yaml: its CST parser alone costs five times js-yaml's whole load, and
// one parser would make a cold compile some 70-90% slower (target: within 10%). Two parsers stay;
// yaml-fast.test.ts fuzzes the mimicry so it cannot drift.

import { FAILSAFE_SCHEMA, load, Type, type LoadOptions } from 'js-yaml';
import type { Location } from './diagnostics';
import type { YamlPath, YamlSource } from './yaml-source';

/**
 * `yaml`'s core-schema scalars, each a test regex and a resolve function, grouped by tag because
 * js-yaml keeps one implicit type per tag; the groups never overlap, so the order holds.
 */
const coreScalars: [tag: string, variants: [test: RegExp, construct: (text: string) => unknown][]][] = [
  ['tag:yaml.org,2002:null', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]],
  ['tag:yaml.org,2002:bool', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T']]],
  [
    'tag:yaml.org,2002:int',
    [
      [/^0o[0-7]+$/, (text) => parseInt(text.substring(2), 8)],
      [/^[-+]?[0-9]+$/, (text) => parseInt(text, 10)],
      [/^0x[0-9a-fA-F]+$/, (text) => parseInt(text.substring(2), 16)],
    ],
  ],
  [
    'tag:yaml.org,2002:float',
    [
      [
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        (text) => (text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY),
      ],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (text) => parseFloat(text)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (text) => parseFloat(text)],
    ],
  ],
];

const implicit = coreScalars.map(
  ([tag, variants]) =>
    new Type(tag, {
      kind: 'scalar',
      resolve: (data: unknown) => typeof data === 'string' && variants.some(([test]) => test.test(data)),
      construct: (data: string) => variants.find(([test]) => test.test(data))?.[1](data),
    }),
);
const IMPLICIT_TAGS: ReadonlySet<string> = new Set(coreScalars.map(([tag]) => tag));
const CORE = FAILSAFE_SCHEMA.extend({ implicit });

/**
 * A fast read of a YAML fragment for the common case: valid, plain YAML. It returns the same
 * data the `yaml` package would, or undefined whenever it cannot vouch for that, and the caller
 * then takes the full positional parse (yaml-source.ts), which alone reports problems.
 *
 * Why two parsers: `yaml`'s parseDocument keeps a node tree with source ranges so diagnostics can
 * point at the exact key or value, and that costs about ten times what js-yaml's load does. A
 * compile reads some 2,000 fragments that are nearly always fine, so paying for positions only
 * when something is wrong is what keeps compiling near the cost of rendering the Markdown.
 *
 * Why the result is the same: the scalars above are `yaml`'s YAML 1.2 core schema, copied test
 * for test (js-yaml's own core schema also takes `1_000` and `0b1`, and reads `-0` as 0).
 * Everything else where the two libraries could differ makes us give up instead: anchors and
 * aliases, tags, directives and document markers, explicit (`?`) keys and collections used as
 * keys (js-yaml turns `[id]: x` into the key `id`, yaml warns), null keys, tabs and CRs, flow
 * collections spread over several lines and lines of 1,024 characters or more (yaml rejects
 * some that js-yaml accepts), plus the few spellings listed at UNSAFE. Any error or warning from
 * js-yaml also gives up. yaml-fast.test.ts holds the cases, and a seeded fuzz that generates
 * fragments from the spellings above and checks that whatever this takes, yaml reads the same.
 */
export function fastYaml(text: string): { value: unknown } | undefined {
  if (UNSAFE.test(text) || !linesAreSimple(text)) return undefined;
  vouched = true;
  try {
    const value = load(text, LOAD_OPTIONS);
    return vouched && !hasNullKey(value) ? { value } : undefined;
  } catch {
    return undefined;
  }
}

// Set by the load options' callbacks during one (synchronous) load; they live at module level so
// a compile of thousands of fragments does not make two closures for each.
let vouched = true;
const LOAD_OPTIONS: LoadOptions = {
  schema: CORE,
  onWarning: () => {
    vouched = false;
  },
  listener: (event, state) => {
    // @types/js-yaml leaves out these two fields of the loader state; js-yaml sets them on every node.
    const node = state as unknown as { tag: string | null; anchor: string | null };
    if (event === 'close' && (node.anchor !== null || !(node.tag === null || node.tag === '?' || IMPLICIT_TAGS.has(node.tag))))
      vouched = false;
  },
};

/**
 * The fast read as a YamlSource for the same validation code. It has no positions: a caller uses
 * it only to learn that nothing is wrong, and on any problem parses again with yaml-source.ts.
 */
export function fastYamlSource(text: string): YamlSource | undefined {
  const read = fastYaml(text);
  if (!read) return undefined;
  return { value: read.value, ok: true, at: () => NOWHERE, keyAt: () => NOWHERE, has: (path) => hasPath(read.value, path) };
}

const NOWHERE: Location = { line: 0, column: 0 };

function hasPath(value: unknown, path: YamlPath): boolean {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return false;
    current = (current as Record<string | number, unknown>)[key];
  }
  return true;
}

// A tab or CR, a `---`/`...` marker or `%` directive, a `?` key, `&`/`*`/`!` where a node can start (an
// anchor, alias or tag), a closing bracket followed by `:` (a collection as a key), or a line ending
// in a bare `-` (js-yaml then takes a less indented `- b` below into the same list; yaml rejects it),
// or a `#` right after a bracket or quote (js-yaml reads a comment, yaml wants a space first).
const UNSAFE = /[\t\r]|^(?:---|\.\.\.|%)|-[ ]*(?: #.*)?$|(?:^|[\s[{,])\?(?:\s|$)|(?:^ *(?:- +)*|[:[{,] *)[&*!]|[\]}]\s*:|[\]}"']#/m;

/** js-yaml names a null key (`~: x`, `: x`) "null" where yaml names it "", and a real "null" key is never valid here. */
function hasNullKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(hasNullKey);
  for (const key in value) if (key === 'null' || hasNullKey((value as Record<string, unknown>)[key])) return true;
  return false;
}

/**
 * Every line is under 1,024 characters (yaml's limit for an implicit key, which js-yaml does not
 * have) and opens and closes as many flow brackets as it has (quotes may miscount: we only give up more).
 */
function linesAreSimple(text: string): boolean {
  let depth = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x0a) {
      if (depth !== 0 || i - lineStart >= 1024) return false;
      lineStart = i + 1;
    }
  }
  return depth === 0 && text.length - lineStart < 1024;
}
