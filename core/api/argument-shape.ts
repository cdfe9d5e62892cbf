import type { ApiErrorInfo } from './errors';
import { formatCount, limits } from './limits';

/**
 * Sentences for an argument whose shape no real call has: nested too deep, too many fields, too
 * many list items. Both transports use them (the HTTP host while the body arrives, the IPC handler
 * on the argument), so a caller gets the same answer from either.
 */

export type ShapeLimit = 'depth' | 'keys' | 'items';

const sentences: Readonly<Record<ShapeLimit, string>> = {
  depth: `The request is nested more than ${limits.json.depth} levels deep, which no Course Studio action needs.`,
  keys: `The request has more than ${formatCount(limits.json.keys)} fields, which no Course Studio action needs.`,
  items: `The request has more than ${formatCount(limits.json.items)} list items, which no Course Studio action needs.`,
};

export function shapeRefusal(limit: ShapeLimit): ApiErrorInfo {
  return { code: 'bad-request', message: sentences[limit] };
}
