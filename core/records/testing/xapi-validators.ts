import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import xapiValidation from 'xapi-validation';

/**
 * Independent checks of our xAPI statements: Learning Locker's conformance-tested validator and
 * Rustici's Tin Can JSON schema. Neither shares code or types with the exporter.
 */

const require = createRequire(import.meta.url);
// Both packages are CommonJS with a `default` export; depending on the loader's interop the import is either the function or the module object.
const validateWithLearningLocker = ((xapiValidation as unknown as { default?: unknown }).default ?? xapiValidation) as (
  data: unknown,
) => { name: string; path: string[]; data: unknown }[];
const addFormats = ((addFormatsPlugin as unknown as { default?: unknown }).default ?? addFormatsPlugin) as typeof addFormatsPlugin;

/** Problems Learning Locker's validator finds in one statement (empty when valid). */
export function learningLockerProblems(statement: unknown): string[] {
  return validateWithLearningLocker(statement).map(
    (warning) => `${warning.name} at ${warning.path.join('.')} (${JSON.stringify(warning.data)})`,
  );
}

/**
 * The Tin Can schema is JSON Schema draft-04, which names sub-schemas with `id: "#statement"`.
 * Ajv 8 dropped draft-04 (and its `schemaId: 'id'` option), so the schema is loaded with each
 * such `id` renamed to `$id`, which Ajv resolves the same way (`#statement` against the schema's
 * key); the `$schema` line naming draft-04 is dropped. Strict mode is off because the schema
 * uses keywords Ajv 8 reports as unknown, and unicodeRegExp off because its IRI patterns use
 * escapes that are invalid under the `u` flag. The schema's own formats (iso_date, iso_duration,
 * langtag…) are registered from its formats.json as its README asks; ajv-formats adds
 * `date-time` and `uuid`, which a second, stricter check uses on ids and timestamps.
 */
function tinCanValidator() {
  const schema = require('tin-can-json-schema/1.0.1.json') as Record<string, unknown>;
  const formats = require('tin-can-json-schema/formats.json') as Record<string, string>;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, unicodeRegExp: false });
  addFormats(ajv, ['date-time', 'uuid']);
  for (const [name, pattern] of Object.entries(formats)) ajv.addFormat(name, new RegExp(pattern));
  const { $schema: _draft04, ...withoutMeta } = draft4Ids(schema) as Record<string, unknown>;
  ajv.addSchema(withoutMeta, 'tcapi:1.0.1');
  const statement = ajv.compile({ $ref: 'tcapi:1.0.1#statement' });
  const stamps = ajv.compile({
    type: 'object',
    required: ['id', 'timestamp'],
    properties: {
      id: { type: 'string', format: 'uuid' },
      timestamp: { type: 'string', format: 'date-time' },
      context: { properties: { registration: { format: 'uuid' } } },
    },
  });
  return (data: unknown): string[] => {
    const problems: string[] = [];
    if (!statement(data)) problems.push(...(statement.errors ?? []).map((error) => `${error.instancePath} ${error.message}`));
    if (!stamps(data)) problems.push(...(stamps.errors ?? []).map((error) => `${error.instancePath} ${error.message}`));
    return problems;
  };
}

export const tinCanProblems = tinCanValidator();

/** Renames draft-04 `id` keywords to `$id`, leaving properties that happen to be called `id` alone. */
function draft4Ids(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(draft4Ids);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === 'id' && typeof value === 'string') return ['$id', value];
      if ((key === 'properties' || key === 'patternProperties') && typeof value === 'object' && value !== null) {
        return [key, Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, draft4Ids(schema)]))];
      }
      return [key, draft4Ids(value)];
    }),
  );
}
