import { describe, expect, it } from 'vitest';
import { certificateId } from './certificate-id';

const ANA = '3f0c8a52-6a55-4c57-9b87-0a3d1d2f8e11';
const base = certificateId(ANA, 'safety', '2025-03-14T10:00:00.000Z');

describe('certificateId', () => {
  it('looks like four groups of four hex digits', () => {
    expect(base).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
  });

  it.each([
    ['a later time the same day', ANA, 'safety', '2025-03-14T18:45:00.000Z', true],
    ['the same instant at another offset', ANA, 'safety', '2025-03-14T12:00:00.000+02:00', true],
    ['another day', ANA, 'safety', '2025-03-15T10:00:00.000Z', false],
    ['another course', ANA, 'fire-safety', '2025-03-14T10:00:00.000Z', false],
    ['another learner', '9b2f7c1e-0d4a-4f7e-8c11-2a6b5e3d9f00', 'safety', '2025-03-14T10:00:00.000Z', false],
  ])('%s: same id is %s', (_label, learnerId, courseId, completedAt, same) => {
    expect(certificateId(learnerId, courseId, completedAt) === base).toBe(same);
  });

  it('keeps the parts apart', () => {
    expect(certificateId('ab', 'c', '2025-03-14T10:00:00Z')).not.toBe(certificateId('a', 'bc', '2025-03-14T10:00:00Z'));
  });
});
