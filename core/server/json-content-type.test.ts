import { describe, expect, it } from 'vitest';
import { isJsonContentType } from './json-content-type';

describe('isJsonContentType', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON;charset="UTF-8"', true],
    ['application/json ; charset = utf8 ', true],
    [undefined, false],
    ['', false],
    ['application/jsonx', false],
    ['application/json-seq', false],
    ['application/json+evil', false],
    ['application/jsonp', false],
    ['text/json', false],
    ['text/plain', false],
    ['application/x-www-form-urlencoded', false],
    ['application/json; charset=latin1', false],
    ['application/json; charset=', false],
    ['application/json; boundary=x', false],
    ['application/json; charset=utf-8; charset=utf-16', false],
  ])('%j → %s', (header, expected) => {
    expect(isJsonContentType(header)).toBe(expected);
  });
});
