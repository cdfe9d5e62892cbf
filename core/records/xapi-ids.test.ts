import { describe, expect, it } from 'vitest';
import { isoDuration, registrationOf, statementId, uuidV5 } from './xapi-ids';

describe('uuidV5', () => {
  it('matches the RFC 9562 example (DNS namespace, www.example.com)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('gives the ids earlier versions exported, so an LRS recognises a re-sent statement', () => {
    // Pinned from the hand-written implementation this replaced: a changed id would count an attempt twice.
    const attemptId = '0d9c0c4e-8a4b-4c8e-9d55-1f6b2a3c4d5e';
    expect(statementId(attemptId, 'passed')).toBe('5296f13a-20a3-529c-ab58-015e49a2f18d');
    expect(statementId(attemptId, 'answered', 'q1')).toBe('ac415c4c-c16a-5da7-9844-9ac17f3c7564');
    expect(registrationOf('session-1')).toBe('f1e5248f-c9f0-5f1a-a7b3-0ec9de39d341');
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
