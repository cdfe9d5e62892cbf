import { describe, expect, it } from 'vitest';
import { isoDuration, registrationOf, statementId, uuidV5 } from './xapi-ids';

describe('uuidV5', () => {
  it('matches the RFC 9562 example (DNS namespace, www.example.com)', () => {
    const dns = Buffer.from('6ba7b8109dad11d180b400c04fd430c8', 'hex');
    expect(uuidV5('www.example.com', dns)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('sets the version 5 and RFC variant bits', () => {
    expect(uuidV5('anything')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('statement ids', () => {
  const attemptA = '8d7e2f0a-93c1-4b7a-a2f4-1e0c5d6b7a89';
  const attemptB = '8d7e2f0a-93c1-4b7a-a2f4-1e0c5d6b7a8a';
  it.each([
    ['the same attempt and verb', statementId(attemptA, 'passed'), statementId(attemptA, 'passed'), true],
    ['another attempt', statementId(attemptA, 'passed'), statementId(attemptB, 'passed'), false],
    ['another verb', statementId(attemptA, 'attempted'), statementId(attemptA, 'passed'), false],
    ['another question', statementId(attemptA, 'answered', 'q1'), statementId(attemptA, 'answered', 'q2'), false],
    ['the same question', statementId(attemptA, 'answered', 'q1'), statementId(attemptA, 'answered', 'q1'), true],
  ])('%s: equal = %s', (_label, first, second, equal) => {
    expect(first === second).toBe(equal);
  });

  it('derives one registration per session', () => {
    expect(registrationOf('room-2-morning')).toBe(registrationOf('room-2-morning'));
    expect(registrationOf('room-2-morning')).not.toBe(registrationOf('room-2-afternoon'));
  });
});

describe('isoDuration', () => {
  it.each([
    [0, 'PT0S'],
    [3_723_000, 'PT1H2M3S'],
    [1_500, 'PT1.5S'],
    [60_000, 'PT1M'],
    [3_600_000, 'PT1H'],
    [90_061_234, 'PT25H1M1.23S'],
    [4, 'PT0S'],
  ])('%d ms → %s', (ms, expected) => {
    expect(isoDuration(ms)).toBe(expected);
  });
});
