import { describe, expect, it } from 'vitest';
import { drawSample, sampleSize, seededShuffle } from './sample.js';

const population = (counts: Record<string, number>) =>
  Object.entries(counts).flatMap(([outlet, n]) =>
    Array.from({ length: n }, (_, i) => ({ key: `${outlet}-${String(i).padStart(4, '0')}`, outlet })),
  );

describe('R-23 seeded audit sample', () => {
  it('R-23 the same seed gives the same shuffle; another seed another one', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(seededShuffle(items, 'abc')).toEqual(seededShuffle(items, 'abc'));
    expect(seededShuffle(items, 'abc')).not.toEqual(seededShuffle(items, 'abd'));
    expect([...seededShuffle(items, 'abc')].sort((a, b) => a - b)).toEqual(items);
  });

  it('R-23 the size is ceil(share × population)', () => {
    expect(sampleSize(0, 500)).toBe(0);
    expect(sampleSize(1, 500)).toBe(1);
    expect(sampleSize(20, 500)).toBe(1);
    expect(sampleSize(21, 500)).toBe(2);
    expect(sampleSize(47, 500)).toBe(3);
    expect(sampleSize(200, 250)).toBe(5);
    expect(sampleSize(201, 250)).toBe(6);
  });

  it('R-23 the draw is reproducible from the seed whatever order the population comes in', () => {
    const pop = population({ B01: 60, B02: 25, B03: 5 });
    const first = drawSample(pop, 500, 'seed-2026-11');
    const again = drawSample([...pop].reverse(), 500, 'seed-2026-11');
    expect(again.map((c) => c.key)).toEqual(first.map((c) => c.key));
    expect(first).toHaveLength(5);
    expect(new Set(first.map((c) => c.key)).size).toBe(5);
  });

  it('R-23 every outlet with closures gets at least one case, even beyond the share', () => {
    const pop = population({ B01: 30, B02: 1, B03: 2 });
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const drawn = drawSample(pop, 500, seed);
      expect(drawn).toHaveLength(3);
      expect(new Set(drawn.map((c) => c.outlet))).toEqual(new Set(['B01', 'B02', 'B03']));
    }
  });

  it('R-23 nothing to draw from an empty month; all of a tiny one when the share asks for it', () => {
    expect(drawSample([], 500, 'x')).toEqual([]);
    expect(drawSample(population({ B01: 3 }), 10_000, 'x')).toHaveLength(3);
  });
});
