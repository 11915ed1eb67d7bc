// Drawing a sample of reported values to verify. The draw must be reproducible from what is
// recorded (the seed and the population), so the PRNG is a fixed, seeded one, never Math.random.

export const VERIFICATION_STATUS_LABELS = {
  niet_geverifieerd: "Niet geverifieerd",
  geverifieerd: "Geverifieerd",
  betwist: "Betwist",
} as const;
export type VerificationStatus = keyof typeof VERIFICATION_STATUS_LABELS;

/** mulberry32: a small 32-bit PRNG; the same seed gives the same sequence on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `size` ids out of the population, by a partial Fisher–Yates shuffle. The population is sorted
 * first, so the order it was read in does not matter: same seed + same population = same sample.
 */
export function drawSample(population: readonly string[], size: number, seed: number): string[] {
  const pool = [...new Set(population)].sort();
  const random = mulberry32(seed);
  const take = Math.min(Math.max(0, Math.floor(size)), pool.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, take);
}

/** A new seed when the coordinator gives none: a positive 31-bit integer. */
export function newSeed(): number {
  return 1 + Math.floor(Math.random() * 2_147_483_646);
}
