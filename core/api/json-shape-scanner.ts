import type { ShapeLimit } from './argument-shape';
import { limits } from './limits';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;
const SPACE = 0x20;
const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Measures the shape of a JSON body while it arrives, before anything parses it: how deep it nests,
 * how many object fields and list items it has. `JSON.parse` of 8 MB of `[` takes seconds and
 * holds the whole server meanwhile; this scanner refuses such a body at its 33rd byte.
 *
 * It reads UTF-8 bytes, so chunks may split characters anywhere: every byte it looks at is ASCII,
 * and no byte of a multi-byte UTF-8 character is. It does not check that the body is valid JSON
 * (JSON.parse does that next); for valid JSON its counts are exact.
 */
export class JsonShapeScanner {
  #depth = 0;
  #keys = 0;
  #items = 0;
  /** One entry per open container: true for a list, false for an object. */
  readonly #inList: boolean[] = [];
  /** A list was just opened: its first value, if any, is an item no comma announces. */
  #listJustOpened = false;
  #inString = false;
  /** The last byte of the previous chunk was a backslash inside a string. */
  #escaping = false;
  #scanned = 0;
  #passed: ShapeLimit | null = null;

  /** How many bytes were looked at: a body refused early was not read to its end. */
  get scannedBytes(): number {
    return this.#scanned;
  }

  /** Looks at the next piece of the body; answers the first limit the body passes, or null. */
  push(chunk: Uint8Array): ShapeLimit | null {
    if (this.#passed) return this.#passed;
    const end = chunk.length;
    // Where the next quote and backslash are; found once and reused, so a string full of escapes
    // does not search ahead again for every escape.
    let quote = -2;
    let backslash = -2;
    let at = 0;
    while (at < end) {
      if (this.#inString) {
        if (this.#escaping) {
          this.#escaping = false;
          at += 1;
          continue;
        }
        if (quote !== -1 && quote < at) quote = chunk.indexOf(QUOTE, at);
        if (backslash !== -1 && backslash < at) backslash = chunk.indexOf(BACKSLASH, at);
        if (backslash !== -1 && (quote === -1 || backslash < quote)) {
          this.#escaping = true;
          at = backslash + 1;
          continue;
        }
        if (quote === -1) {
          at = end;
          continue;
        }
        this.#inString = false;
        at = quote + 1;
        continue;
      }
      const passed = this.#structural(chunk[at] ?? SPACE);
      at += 1;
      if (passed) {
        this.#passed = passed;
        this.#scanned += at;
        return passed;
      }
    }
    this.#scanned += end;
    return null;
  }

  #structural(byte: number): ShapeLimit | null {
    switch (byte) {
      case SPACE:
      case TAB:
      case LINE_FEED:
      case CARRIAGE_RETURN:
        return null;
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        this.#listJustOpened = false;
        this.#inList.pop();
        this.#depth = Math.max(0, this.#depth - 1);
        return null;
      case COLON:
        this.#keys += 1;
        return this.#keys > limits.json.keys ? 'keys' : null;
      case COMMA:
        if (this.#inList.at(-1) !== true) return null;
        this.#items += 1;
        return this.#items > limits.json.items ? 'items' : null;
      default: {
        // The first byte of a value: a string, a container, a number or a literal.
        const passed = this.#valueStarts();
        if (passed) return passed;
        if (byte === QUOTE) this.#inString = true;
        if (byte !== OPEN_OBJECT && byte !== OPEN_ARRAY) return null;
        this.#depth += 1;
        if (this.#depth > limits.json.depth) return 'depth';
        this.#inList.push(byte === OPEN_ARRAY);
        this.#listJustOpened = byte === OPEN_ARRAY;
        return null;
      }
    }
  }

  #valueStarts(): ShapeLimit | null {
    if (!this.#listJustOpened) return null;
    this.#listJustOpened = false;
    this.#items += 1;
    return this.#items > limits.json.items ? 'items' : null;
  }
}
