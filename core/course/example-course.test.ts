import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileBody } from './test-helpers';

const doc = readFileSync(new URL('../../docs/course-format.md', import.meta.url), 'utf8');
/** Every ````markdown example in the format documentation. */
const examples = [...doc.matchAll(/^````markdown\n([\s\S]*?)^````$/gm)].map((match) => match[1] ?? '');

describe('docs/course-format.md', () => {
  it('shows an example of every question type and construct', () => {
    const all = examples.join('\n');
    for (const type of ['single', 'multiple', 'true-false', 'text', 'order', 'match', 'scenario', 'reflection'])
      expect(all).toContain(`type: ${type}\n`);
    for (const construct of [
      '::: pool',
      '::: tip',
      '::: note',
      '::: warning',
      ':::: compare',
      '::: column',
      '![',
      '](https://',
      '](mailto:',
    ])
      expect(all).toContain(construct);
  });

  it.each(examples.map((example, i) => [i + 1, example.split('\n')[0], example] as const))(
    'example %i (%s) compiles without diagnostics',
    (_i, _first, example) => {
      // compileBody checks syntax without a course folder, so image files are not looked up.
      expect(compileBody(example).diagnostics).toEqual([]);
    },
  );
});
