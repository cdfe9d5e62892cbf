import { shapeRefusal } from './argument-shape';
import type { ApiErrorInfo } from './errors';
import { argumentSizeLimit, limits } from './limits';

/**
 * The limits of `limits.ts`, applied to an argument that arrived as a value: over Electron IPC the
 * renderer's argument is already deserialized, so there is no body to scan. Checks its size (as
 * JSON, in UTF-8 bytes, not counting escapes), depth, fields and list items, and that it is plain
 * data, before dispatch and zod look at it. Stops at the first limit passed, so a huge or cyclic
 * argument costs no more than the limit.
 */
export function checkArgument(method: string, argument: unknown): ApiErrorInfo | null {
  const size = argumentSizeLimit(method);
  let bytes = 0;
  let keys = 0;
  let items = 0;
  const pending: { value: unknown; depth: number }[] = [{ value: argument, depth: 0 }];

  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, depth } = next;
    if (value === undefined) {
      // JSON leaves it out.
    } else if (value === null || typeof value === 'boolean') {
      bytes += String(value).length;
    } else if (typeof value === 'number') {
      bytes += String(value).length;
    } else if (typeof value === 'string') {
      bytes += Buffer.byteLength(value) + 2;
    } else if (Array.isArray(value)) {
      if (depth + 1 > limits.json.depth) return shapeRefusal('depth');
      items += value.length;
      if (items > limits.json.items) return shapeRefusal('items');
      bytes += 2 + Math.max(0, value.length - 1);
      for (const item of value as unknown[]) pending.push({ value: item, depth: depth + 1 });
    } else if (isPlainObject(value)) {
      if (depth + 1 > limits.json.depth) return shapeRefusal('depth');
      const names = Object.keys(value);
      keys += names.length;
      if (keys > limits.json.keys) return shapeRefusal('keys');
      bytes += 2 + Math.max(0, names.length - 1);
      for (const name of names) {
        bytes += Buffer.byteLength(name) + 3;
        pending.push({ value: value[name], depth: depth + 1 });
      }
    } else {
      return { code: 'bad-request', message: 'The request holds something other than text, numbers, lists and fields.' };
    }
    if (bytes > size.bytes) return { code: 'bad-request', message: size.tooLarge };
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
