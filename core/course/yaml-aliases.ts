import { isAlias, isCollection, isPair, type Document, type Node } from 'yaml';
import { theFragment } from './yaml-messages';

/**
 * Anchors (`&name`) and aliases (`*name`) let YAML repeat a value without writing it out, and an
 * alias of an alias of an alias ("billion laughs") makes a few lines stand for billions of values.
 * Course files never need much of that, so data that aliases would grow beyond this many values
 * is refused, at the alias where it does.
 */
export const MAX_ALIAS_EXPANSION = 10_000;

export interface AliasProblem {
  kind: 'unknown-anchor' | 'inside-itself' | 'too-large';
  /** The alias as written, e.g. `*c`. */
  alias: string;
  /** Offset of the alias in the YAML text. */
  offset: number;
}

/**
 * Walks the document in source order, as `yaml` resolves aliases (to the last anchor of that name
 * before the alias), counting the values each alias adds. Returns the first problem, if any.
 */
export function findAliasProblem(doc: Document): AliasProblem | undefined {
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  const open = new Set<Node>();
  let added = 0;
  let problem: AliasProblem | undefined;

  const size = (node: unknown): number => {
    if (problem || node === null || typeof node !== 'object') return 0;
    if (isPair(node)) return size(node.key) + size(node.value);
    if (isAlias(node)) {
      const fail = (kind: AliasProblem['kind']) => {
        problem = { kind, alias: `*${node.source}`, offset: node.range?.[0] ?? 0 };
        return 0;
      };
      const target = anchors.get(node.source);
      if (!target) return fail('unknown-anchor');
      if (open.has(target)) return fail('inside-itself');
      const values = sizes.get(target) ?? 1;
      added += values;
      return added > MAX_ALIAS_EXPANSION ? fail('too-large') : values;
    }
    const anchored = node as Node;
    if (anchored.anchor) anchors.set(anchored.anchor, anchored);
    open.add(anchored);
    let total = 1;
    if (isCollection(anchored)) for (const item of anchored.items) total += size(item);
    open.delete(anchored);
    sizes.set(anchored, total);
    return total;
  };
  size(doc.contents);
  return problem;
}

/** The trainer's sentence for a problem. */
export function aliasMessage(problem: AliasProblem, fragment: string): string {
  const name = problem.alias.slice(1);
  const what = theFragment(fragment);
  switch (problem.kind) {
    case 'unknown-anchor':
      return `${problem.alias} in ${what} repeats the value marked &${name}, but there is no &${name} above it; write the value out (or mark it with &${name} first)`;
    case 'inside-itself':
      return `${problem.alias} in ${what} sits inside the value marked &${name} it repeats, which would make it endless; write the value out instead`;
    case 'too-large':
      return `${problem.alias} in ${what} repeats values through aliases (*) so often that the data would grow to more than ${MAX_ALIAS_EXPANSION} values; write the values out instead of using aliases`;
  }
}
