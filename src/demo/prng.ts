/**
 * A small seeded pseudo-random generator for the demo data. The demo must be reproducible (same seed and
 * scale → identical rows, on any machine), so nothing here reads Math.random, the clock or the platform's
 * transcendental functions: sfc32 is pure 32-bit integer arithmetic and the "normal" draw is a sum of
 * uniforms (Irwin–Hall), not Box–Muller.
 */

/** FNV-1a over a string, mixed with a seed: turns (seed, label) into an independent stream's seed. */
export function hashSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Final avalanche (murmur3 fmix32) so that near-identical labels give unrelated streams.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

const HEX = '0123456789abcdef';
/** Two hex digits per byte value, so a UUID is 16 lookups rather than 32 string appends. */
const BYTE_HEX = Array.from({ length: 256 }, (_, i) => (HEX[i >> 4] ?? '0') + (HEX[i & 15] ?? '0'));

function hex8(n: number): string {
  return (
    (BYTE_HEX[n >>> 24] ?? '') +
    (BYTE_HEX[(n >>> 16) & 255] ?? '') +
    (BYTE_HEX[(n >>> 8) & 255] ?? '') +
    (BYTE_HEX[n & 255] ?? '')
  );
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128-bit state, passes PractRand. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, label = '') {
    const s = hashSeed(seed >>> 0, label);
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = s;
    // Warm-up rounds spread the seed over the whole state.
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  /** An independent stream for a part of the data (an instansi, a table): adding draws in one part never
   * shifts the values of another, so `only` and streaming give the same rows as a full run. */
  fork(label: string): Rng {
    return new Rng(this.nextUint32(), label);
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [min, max] (both included). */
  int(min: number, max: number): number {
    if (max < min) return min;
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Uniform real in [min, max). */
  real(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick dari daftar kosong');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight; `entries` are [value, weight] pairs with weights ≥ 0 (not all zero). */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of entries) total += w;
    let r = this.next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new RangeError('weighted dari daftar kosong');
    return last[0];
  }

  /** Picks `values[i]` with probability proportional to `weights[i]` (compact form of `weighted`). */
  choice<T>(values: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < values.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return values[i] as T;
    }
    if (values.length === 0) throw new RangeError('choice dari daftar kosong');
    return values[values.length - 1] as T;
  }

  /** Approximately normal (sum of 6 uniforms), cut at ±3 sd: enough for ages, scores and levels. */
  normal(mean = 0, sd = 1): number {
    let s = 0;
    for (let i = 0; i < 6; i++) s += this.next();
    // The sum has mean 3 and variance 6/12; scale to unit variance.
    return mean + (s - 3) * Math.SQRT2 * sd;
  }

  /** A normal draw clamped to [min, max]. */
  normalIn(mean: number, sd: number, min: number, max: number): number {
    return Math.min(max, Math.max(min, this.normal(mean, sd)));
  }

  /** A random-format (version 4, variant 10xx) UUID built from this stream, so rows link without a round trip. */
  uuid(): string {
    const a = this.nextUint32();
    const b = ((this.nextUint32() & 0xffff0fff) | 0x00004000) >>> 0;
    const c = ((this.nextUint32() & 0x3fffffff) | 0x80000000) >>> 0;
    const d = this.nextUint32();
    const h = hex8(b);
    const l = hex8(c);
    return `${hex8(a)}-${h.slice(0, 4)}-${h.slice(4)}-${l.slice(0, 4)}-${l.slice(4)}${hex8(d)}`;
  }

  /** Upper-case hex string of `length` characters (SIASN-style unor ids). */
  hex(length: number): string {
    let s = '';
    while (s.length < length) s += hex8(this.nextUint32());
    return s.slice(0, length).toUpperCase();
  }

  /** Fisher–Yates shuffle of a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = out[i] as T;
      out[i] = out[j] as T;
      out[j] = t;
    }
    return out;
  }
}
