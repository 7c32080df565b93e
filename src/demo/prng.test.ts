import { describe, expect, it } from 'vitest';
import { Rng, hashSeed } from './prng.js';

describe('Rng', () => {
  it('repeats its sequence for the same seed and label', () => {
    const a = new Rng(1, 'x');
    const b = new Rng(1, 'x');
    const seqA = Array.from({ length: 20 }, () => a.nextUint32());
    expect(Array.from({ length: 20 }, () => b.nextUint32())).toEqual(seqA);
    const c = new Rng(1, 'y');
    expect(Array.from({ length: 20 }, () => c.nextUint32())).not.toEqual(seqA);
    expect(hashSeed(1, 'kalteng')).not.toBe(hashSeed(2, 'kalteng'));
  });

  it('keeps forks independent of later draws of the parent', () => {
    const a = new Rng(5);
    const forkA = a.fork('org');
    a.nextUint32();
    const b = new Rng(5);
    const forkB = b.fork('org');
    expect(forkA.uuid()).toBe(forkB.uuid());
  });

  it('draws within bounds and near the asked distribution', () => {
    const rng = new Rng(42);
    let sum = 0;
    let hits = 0;
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 20_000; i++) {
      const n = rng.int(3, 7);
      expect(n >= 3 && n <= 7 && Number.isInteger(n)).toBe(true);
      sum += rng.normal(10, 2);
      if (rng.chance(0.25)) hits++;
      counts[
        rng.weighted([
          ['a', 1],
          ['b', 3],
        ] as const)
      ]++;
    }
    expect(sum / 20_000).toBeCloseTo(10, 0);
    expect(hits / 20_000).toBeCloseTo(0.25, 1);
    expect(counts.b / 20_000).toBeCloseTo(0.75, 1);
    expect(rng.choice(['x', 'y'], [0, 1])).toBe('y');
  });

  it('makes version-4 UUIDs and SIASN-style hex ids', () => {
    const rng = new Rng(7);
    const ids = new Set<string>();
    for (let i = 0; i < 1_000; i++) {
      const id = rng.uuid();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      ids.add(id);
    }
    expect(ids.size).toBe(1_000);
    expect(rng.hex(32)).toMatch(/^[0-9A-F]{32}$/);
  });
});
