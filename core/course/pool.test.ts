import { describe, expect, it } from 'vitest';
import { drawFromPool } from './pool';
import { seededRandom } from './random';

/** Draws `attempts` times in a row, each attempt seeing the earlier draws. */
function drawMany(quizIds: string[], draw: number, attempts: number, seed: number): string[][] {
  const random = seededRandom(seed);
  const draws: string[][] = [];
  for (let i = 0; i < attempts; i++) draws.push(drawFromPool({ id: 'p', draw, quizIds }, draws, random));
  return draws;
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `q${i + 1}`);

describe('drawFromPool', () => {
  it.each([
    [6, 2],
    [6, 3],
    [5, 2],
    [7, 3],
    [4, 4],
    [9, 1],
  ])('pool of %i drawing %i: no repeats until the pool is exhausted, then a fresh cycle', (size, draw) => {
    for (let seed = 1; seed <= 20; seed++) {
      const draws = drawMany(ids(size), draw, 12, seed);
      for (const attempt of draws) {
        expect(attempt).toHaveLength(draw);
        expect(new Set(attempt).size).toBe(draw);
      }
      // Every window of size/draw attempts (a whole cycle) covers distinct quizzes.
      const flat = draws.flat();
      const cycle = flat.slice(0, size);
      expect(new Set(cycle).size).toBe(size);
      const whole = Math.floor(size / draw) * draw;
      expect(new Set(flat.slice(0, whole)).size).toBe(whole);
    }
  });

  it('starts a fresh cycle after the pool is used up exactly', () => {
    const draws = [
      ['q1', 'q2'],
      ['q3', 'q4'],
    ];
    const next = drawFromPool({ id: 'p', draw: 2, quizIds: ids(4) }, draws, seededRandom(3));
    expect(next).toHaveLength(2);
    expect(next.every((id) => ids(4).includes(id))).toBe(true);
  });

  it('finishes a cycle with what is left, then fills from a new cycle without repeating within the draw', () => {
    const next = drawFromPool({ id: 'p', draw: 2, quizIds: ids(3) }, [['q1', 'q2']], seededRandom(5));
    expect(next[0]).toBe('q3');
    expect(['q1', 'q2']).toContain(next[1]);
    // The quiz that filled the draw counts as used in the new cycle.
    const after = drawFromPool({ id: 'p', draw: 2, quizIds: ids(3) }, [['q1', 'q2'], next], seededRandom(6));
    expect(after).not.toContain(next[1]);
  });

  it.each([
    ['ignores ids no longer in the pool', { draw: 2, quizIds: ['a', 'b', 'c'] }, [['gone', 'a']], ['b', 'c']],
    ['caps the draw at the pool size', { draw: 5, quizIds: ['a', 'b'] }, [], ['a', 'b']],
    ['draws nothing from an empty pool', { draw: 2, quizIds: [] }, [], []],
  ])('%s', (_name, pool, previous, expected) => {
    expect(drawFromPool({ id: 'p', ...pool }, previous, seededRandom(1)).sort()).toEqual(expected);
  });

  it('is deterministic for a given random source', () => {
    expect(drawMany(ids(8), 3, 5, 42)).toEqual(drawMany(ids(8), 3, 5, 42));
  });
});
