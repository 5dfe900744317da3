import { WORDS_PER_ARC } from './geometry-buffers.ts';
import type { ArcFilter } from './types.ts';

export const SHOW_ALL: ArcFilter = {
  yearMin: -Infinity,
  yearMax: Infinity,
  includeUndated: true,
  hubs: null,
  regionMask: 0xffff,
  relationMask: 0b111,
  levelMask: 0b11,
};

/** Hub lookup textures (visibility, colour) are this many texels wide; hub `h` sits at `(h % 256, h / 256)`. */
export const HUB_TEXTURE_WIDTH = 256;

/**
 * The filter rule, written once for the CPU; the vertex shader (`shaders.ts`, `isArcVisible`) applies the
 * same rule to the same packed words: an undated arc follows `includeUndated`, a dated one must lie in the
 * inclusive year range; hub, region, relation and level must each be enabled.
 */
export function isArcVisible(words: Uint32Array, arcIndex: number, filter: ArcFilter): boolean {
  const base = arcIndex * WORDS_PER_ARC;
  const yearAndHub = words[base]!;
  const categories = words[base + 1]!;
  const year = yearAndHub & 0xffff;
  const hub = yearAndHub >>> 16;
  const yearVisible = year === 0 ? filter.includeUndated : year >= filter.yearMin && year <= filter.yearMax;
  return (
    yearVisible &&
    (filter.hubs === null || filter.hubs.has(hub)) &&
    ((filter.regionMask >>> (categories & 15)) & 1) === 1 &&
    ((filter.relationMask >>> ((categories >>> 4) & 3)) & 1) === 1 &&
    ((filter.levelMask >>> ((categories >>> 6) & 1)) & 1) === 1
  );
}

export function countVisibleArcs(words: Uint32Array, arcCount: number, filter: ArcFilter): number {
  let visible = 0;
  for (let arcIndex = 0; arcIndex < arcCount; arcIndex++) {
    if (isArcVisible(words, arcIndex, filter)) visible++;
  }
  return visible;
}

/** Rows of a hub lookup texture covering `hubCount` hubs (at least 1). */
export function hubTextureHeight(hubCount: number): number {
  return Math.max(1, Math.ceil(hubCount / HUB_TEXTURE_WIDTH));
}

/** R8 texels, 255 = hub visible, 0 = hidden, for `rows` rows of {@link HUB_TEXTURE_WIDTH}. */
export function buildHubVisibility(hubs: ReadonlySet<number> | null, rows: number): Uint8Array {
  const texels = new Uint8Array(rows * HUB_TEXTURE_WIDTH);
  if (hubs === null) return texels.fill(255);
  for (const hub of hubs) {
    if (Number.isInteger(hub) && hub >= 0 && hub < texels.length) texels[hub] = 255;
  }
  return texels;
}

/** RGBA8 texels, one per hub colour; hubs without a colour get mid grey. */
export function buildHubColors(colors: ReadonlyArray<readonly [number, number, number]>, rows: number) {
  const texels = new Uint8Array(rows * HUB_TEXTURE_WIDTH * 4);
  for (let hub = 0; hub < rows * HUB_TEXTURE_WIDTH; hub++) {
    const [r, g, b] = colors[hub] ?? [136, 136, 136];
    texels.set([r, g, b, 255], hub * 4);
  }
  return texels;
}

/**
 * Year bounds as the shader compares them (uint years, 1..65535); infinite or out-of-range bounds clamp,
 * and an empty range stays empty.
 */
export function shaderYearRange(filter: ArcFilter): [number, number] {
  const clamp = (year: number) => Math.max(0, Math.min(0xffff, Math.round(year)));
  const min = filter.yearMin === -Infinity ? 1 : Math.max(1, clamp(Math.ceil(filter.yearMin)));
  const max = filter.yearMax === Infinity ? 0xffff : clamp(Math.floor(filter.yearMax));
  return [min, max];
}
