import { describe, expect, it } from 'vitest';
import { JsonShapeScanner } from './json-shape-scanner';
import { limits } from './limits';

const { depth, keys, items } = limits.json;

function scan(text: string, chunkSize = Number.POSITIVE_INFINITY) {
  const bytes = Buffer.from(text);
  const scanner = new JsonShapeScanner();
  let passed = null;
  for (let at = 0; at < bytes.length && !passed; at += Math.min(chunkSize, bytes.length)) {
    passed = scanner.push(bytes.subarray(at, Math.min(at + chunkSize, bytes.length)));
  }
  return { passed, scanned: scanner.scannedBytes };
}

const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
const objectWith = (count: number) => `{${Array.from({ length: count }, (_, i) => `"k${i}":${i}`).join(',')}}`;

describe('JsonShapeScanner', () => {
  it.each([
    ['an empty body', '', null],
    [
      'a real call',
      JSON.stringify({ trainerToken: 't', query: { filters: { statuses: ['passed'] }, sort: { key: 'learnerName', direction: 'asc' } } }),
      null,
    ],
    [`${depth} levels`, nested(depth), null],
    [`${depth + 1} levels`, nested(depth + 1), 'depth'],
    [`${depth + 1} levels of objects`, '{"a":'.repeat(depth + 1) + '1' + '}'.repeat(depth + 1), 'depth'],
    [`${keys} fields`, objectWith(keys), null],
    [`${keys + 1} fields`, objectWith(keys + 1), 'keys'],
    [`${keys + 1} fields spread over objects`, JSON.stringify(Array.from({ length: keys + 1 }, () => ({ a: 1 }))), 'keys'],
    [`${items} list items`, JSON.stringify({ x: new Array(items).fill(0) }), null],
    [`${items + 1} list items`, JSON.stringify({ x: new Array(items + 1).fill(0) }), 'items'],
    [`${items + 1} list items in nested lists`, JSON.stringify(new Array(items + 1).fill([])), 'items'],
    ['empty lists, which hold no items', JSON.stringify(new Array(items).fill([])), null],
    ['brackets, colons and commas inside strings', JSON.stringify({ text: `${'[{'.repeat(depth * 2)}${':,'.repeat(keys * 2)}` }), null],
    ['escaped quotes inside strings', JSON.stringify({ text: `"[${'\\"['.repeat(depth * 2)}` }), null],
    ['a string ending in a backslash', JSON.stringify({ a: 'x\\', b: nested(depth + 1) }), null],
    ['a lone backslash escape before real nesting', `{"a":"\\\\"${',"b":'}${nested(depth + 1)}}`, 'depth'],
  ])('%s → %s', (_case, text, expected) => {
    expect(scan(text).passed).toBe(expected);
    // Chunk boundaries fall anywhere, inside escapes and multi-byte characters too.
    expect(scan(text, 1).passed).toBe(expected);
    expect(scan(text, 7).passed).toBe(expected);
  });

  it('counts text in other scripts without miscounting its bytes', () => {
    const text = JSON.stringify({ name: 'Zoë 中文 😀 [{:,', list: ['é', '[', 'ü'] });
    expect(scan(text, 1).passed).toBeNull();
  });

  it('refuses 8 MB of [ after looking at its first bytes only', () => {
    const result = scan('['.repeat(8 * 1024 * 1024), 64 * 1024);
    expect(result.passed).toBe('depth');
    expect(result.scanned).toBe(depth + 1);
  });

  it('refuses 300,000 fields after the one past the limit', () => {
    const body = objectWith(300_000);
    const result = scan(body, 64 * 1024);
    expect(result.passed).toBe('keys');
    expect(result.scanned).toBeLessThan(body.indexOf(`"k${keys + 1}"`));
  });

  it('keeps answering the limit it passed', () => {
    const scanner = new JsonShapeScanner();
    expect(scanner.push(Buffer.from(nested(depth + 1)))).toBe('depth');
    expect(scanner.push(Buffer.from('{}'))).toBe('depth');
  });
});
