import { describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin } from './request-guard';

describe('isAllowedHost', () => {
  it.each([
    ['127.0.0.1:4000', true],
    ['localhost:4000', true],
    ['LOCALHOST:4000', true],
    ['127.0.0.1:4001', false],
    ['127.0.0.1', false],
    ['evil.example:4000', false],
    ['127.0.0.1.evil.example:4000', false],
    [undefined, false],
  ])('%s → %s', (host, allowed) => {
    expect(isAllowedHost(host, 4000)).toBe(allowed);
  });
});

describe('isAllowedOrigin', () => {
  it.each([
    [undefined, true],
    ['http://127.0.0.1:4000', true],
    ['http://localhost:4000', true],
    ['https://127.0.0.1:4000', false],
    ['http://127.0.0.1:4001', false],
    ['http://evil.example', false],
    ['null', false],
  ])('%s → %s', (origin, allowed) => {
    expect(isAllowedOrigin(origin, 4000)).toBe(allowed);
  });
});
