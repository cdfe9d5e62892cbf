import { describe, expect, it } from 'vitest';
import { IDLE_EXPIRY_MS, TrainerTokens } from './trainer-tokens';

function tokens() {
  const clock = { now: 1_000_000 };
  return { clock, tokens: new TrainerTokens({ now: () => clock.now }) };
}

const forbidden = expect.objectContaining({ code: 'forbidden', message: 'This needs the trainer passcode.' });

describe('TrainerTokens', () => {
  it('issues 32 random bytes as base64url, different each time', () => {
    const { tokens: store } = tokens();
    const [a, b] = [store.issue(), store.issue()];
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(a).not.toBe(b);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a number', 42],
    ['an empty string', ''],
    ['an unknown token', 'A'.repeat(43)],
    ['an object', { token: 'x' }],
  ])('refuses %s', (_label, token) => {
    const { tokens: store } = tokens();
    store.issue();
    expect(() => store.require(token)).toThrow(forbidden);
  });

  it('expires after the idle time, and each use starts the idle time again', () => {
    const { clock, tokens: store } = tokens();
    const token = store.issue();
    clock.now += IDLE_EXPIRY_MS - 1;
    store.require(token);
    clock.now += IDLE_EXPIRY_MS - 1;
    store.require(token);
    clock.now += IDLE_EXPIRY_MS;
    expect(() => store.require(token)).toThrow(forbidden);
    clock.now -= IDLE_EXPIRY_MS; // an expired token stays dead even if the clock goes back
    expect(() => store.require(token)).toThrow(forbidden);
  });

  it('stops a revoked token and only that one', () => {
    const { tokens: store } = tokens();
    const [a, b] = [store.issue(), store.issue()];
    store.revoke(a);
    expect(() => store.require(a)).toThrow(forbidden);
    store.require(b);
  });

  it('revokes every token but the one kept', () => {
    const { tokens: store } = tokens();
    const [a, b, c] = [store.issue(), store.issue(), store.issue()];
    store.revokeAllExcept(b);
    expect(() => store.require(a)).toThrow(forbidden);
    expect(() => store.require(c)).toThrow(forbidden);
    store.require(b);
  });
});
