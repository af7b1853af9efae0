/**
 * The monthly audit sample. The draw is a pure function of the population, the share and a
 * recorded seed, so anyone can re-run it later and get the same cases: the sample cannot be quietly
 * steered towards or away from a case.
 */

export interface SampleCandidate {
  /** A stable, unique sort key (the case number): the population's order must not depend on the query. */
  key: string;
  outlet: string;
}

/** FNV-1a: spreads any seed string over 32 bits. */
function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and identical on every JavaScript engine, unlike Math.random. */
export function seededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Fisher–Yates driven by the seeded generator: every order equally likely, the same seed the same order. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** ceil(share × population), in integers: the share is kept as percent × 100 (5 % → 500). */
export function sampleSize(population: number, sharePercentX100: number): number {
  return Math.ceil((population * sharePercentX100) / 10_000);
}

/**
 * Draws ceil(share × population) cases, raised so that every outlet with closures has at least one.
 * Outlets are covered first by their earliest case in the shuffled order, the rest filled from the top.
 */
export function drawSample<T extends SampleCandidate>(
  population: readonly T[],
  sharePercentX100: number,
  seed: string,
): T[] {
  const ordered = [...population].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const shuffled = seededShuffle(ordered, seed);
  const outlets = new Set(ordered.map((c) => c.outlet));
  const target = Math.max(sampleSize(ordered.length, sharePercentX100), outlets.size);
  const picked = new Set<T>();
  const covered = new Set<string>();
  for (const c of shuffled) {
    if (covered.has(c.outlet)) continue;
    covered.add(c.outlet);
    picked.add(c);
  }
  for (const c of shuffled) {
    if (picked.size >= target) break;
    picked.add(c);
  }
  return shuffled.filter((c) => picked.has(c));
}
