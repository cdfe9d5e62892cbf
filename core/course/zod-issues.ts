import * as z from 'zod';
import { closest, type DiagnosticSink } from './diagnostics';
import type { YamlPath, YamlSource } from './yaml-source';

/**
 * Validates YAML data against a zod schema and turns each issue into a diagnostic placed on the
 * YAML node it is about. Messages are written for trainers: they name the key and the thing it
 * belongs to ("'points' of quiz 'pitch-1' must be a number"), never zod's internal wording.
 */
export function validateYaml<S extends z.ZodType>(
  schema: S,
  source: YamlSource,
  sink: DiagnosticSink,
  what: string,
): z.output<S> | undefined {
  const result = schema.safeParse(source.value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) reportIssue(schema, issue, source, sink, what);
  return undefined;
}

function reportIssue(schema: z.ZodType, issue: z.core.$ZodIssue, source: YamlSource, sink: DiagnosticSink, what: string) {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schema, path);
    for (const key of issue.keys) {
      const suggestion = closest(key, known);
      const hint = suggestion ? `; did you mean '${suggestion}'?` : known.length > 0 ? `; known keys: ${known.join(', ')}` : '';
      sink.error('unknown-key', source.keyAt([...path, key]), `unknown key '${key}' in ${describe(path, what)}${hint}`);
    }
    return;
  }
  const key = path[path.length - 1];
  const subject = typeof key === 'string' ? `'${key}' in ${describe(path.slice(0, -1), what)}` : describe(path, what);
  if (path.length > 0 && !source.has(path)) {
    const code = key === 'id' ? 'missing-id' : 'missing-key';
    const parent = path.slice(0, -1);
    sink.error(code, source.at(parent), `${describe(parent, what)} is missing the required key '${String(key)}'`);
    return;
  }
  const at = source.at(path);
  if (issue.code === 'invalid_type') {
    sink.error('bad-value', at, `${subject} must be ${expectedLabel(issue.expected)}`);
  } else if (issue.code === 'invalid_value') {
    sink.error('bad-value', at, `${subject} must be one of: ${issue.values.map(String).join(', ')}`);
  } else {
    // Every other check in our schemas carries its own "must ..." sentence.
    sink.error('bad-value', at, `${subject} ${issue.message}`);
  }
}

const singular: Record<string, string> = {
  choices: 'choice',
  steps: 'step',
  outcomes: 'outcome',
  items: 'item',
  left: 'left-hand item',
  right: 'right-hand item',
  objectives: 'objective',
  modules: 'module entry',
  accept: 'accepted answer',
  patterns: 'pattern',
};

/** "choice 2 of steps 1" style description of where in the fragment a path points. */
export function describe(path: YamlPath, what: string): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const next = path[i + 1];
    if (typeof segment === 'string' && typeof next === 'number') {
      parts.unshift(`${singular[segment] ?? segment} ${next + 1}`);
      i++;
    } else if (typeof segment === 'string') {
      parts.unshift(`'${segment}'`);
    }
  }
  return parts.length === 0 ? what : `${parts.join(' of ')} in ${what}`;
}

function expectedLabel(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list (lines starting with "- ")';
    case 'object':
      return 'a set of "key: value" lines';
    default:
      return `a ${expected}`;
  }
}

/** The keys an object schema accepts at `path`, for "did you mean" suggestions. */
function knownKeys(schema: z.ZodType, path: YamlPath): string[] {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    if (current instanceof z.ZodArray && typeof segment === 'number') current = unwrap(current.element as z.ZodType);
    else if (current instanceof z.ZodObject && typeof segment === 'string') {
      const shape = current.shape as Record<string, z.ZodType>;
      current = shape[segment] ? unwrap(shape[segment]) : undefined;
    } else current = undefined;
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape as object) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else return current;
  }
}
