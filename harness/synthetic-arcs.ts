import type { ArcDatum } from '../src/map/arcs-layer.ts';

/** The four hubs of the product, `[longitude, latitude]`. */
export const HUBS: ReadonlyArray<{ name: string; position: [number, number] }> = [
  { name: 'Daqing', position: [125.1, 46.59] },
  { name: 'Jinzhong', position: [112.75, 37.69] },
  { name: 'Liaocheng', position: [115.98, 36.45] },
  { name: 'Chongqing', position: [106.55, 29.56] },
];

/** mulberry32: a small, fast, seeded PRNG returning [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` hub → partner links: partners uniform over longitude -180..180 and latitude -45..65 (as in
 * perf-floor.md), years 1973..2025 with about 5 % undated, regions 0..9 by partner longitude.
 */
export function createSyntheticArcs(count: number, seed = 42): ArcDatum[] {
  const random = createRandom(seed);
  const arcs: ArcDatum[] = [];
  for (let i = 0; i < count; i++) {
    const hub = Math.floor(random() * HUBS.length);
    const longitude = -180 + 360 * random();
    const latitude = -45 + 110 * random();
    const undated = random() < 0.05;
    const year = 1973 + Math.floor(random() * 53);
    const relationRoll = random();
    arcs.push({
      from: HUBS[hub]!.position,
      to: [longitude, latitude],
      year: undated ? null : year,
      hub,
      region: Math.min(9, Math.floor(((longitude + 180) / 360) * 10)),
      relation: relationRoll < 0.6 ? 0 : relationRoll < 0.85 ? 1 : 2,
      level: random() < 0.3 ? 1 : 0,
    });
  }
  return arcs;
}
