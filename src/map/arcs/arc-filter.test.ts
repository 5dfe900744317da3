import { describe, expect, it } from 'vitest';
import {
  buildHubColors,
  buildHubVisibility,
  countVisibleArcs,
  HUB_TEXTURE_WIDTH,
  isArcVisible,
  shaderYearRange,
  SHOW_ALL,
} from './arc-filter.ts';
import { buildArcGeometry } from './geometry-buffers.ts';
import type { ArcDatum, ArcFilter } from './types.ts';

function arc(overrides: Partial<ArcDatum>): ArcDatum {
  return { from: [116, 36], to: [2, 48], year: 2000, hub: 0, region: 0, relation: 0, level: 0, ...overrides };
}

const ARCS: ArcDatum[] = [
  arc({ year: 1985, hub: 0, region: 1 }),
  arc({ year: 2010, hub: 1, region: 3, relation: 1 }),
  arc({ year: null, hub: 2, region: 3, relation: 2, level: 1 }),
  arc({ year: 2025, hub: 300, region: 15 }),
];
const words = buildArcGeometry(ARCS).arcAttributes;
const visibleIndices = (filter: ArcFilter) =>
  ARCS.map((_, i) => i).filter((i) => isArcVisible(words, i, filter));

describe('isArcVisible', () => {
  it('shows every arc without a filter', () => {
    expect(countVisibleArcs(words, ARCS.length, SHOW_ALL)).toBe(4);
  });

  it('applies an inclusive year range to dated arcs and the undated toggle to the rest', () => {
    expect(visibleIndices({ ...SHOW_ALL, yearMin: 1985, yearMax: 2010 })).toEqual([0, 1, 2]);
    expect(visibleIndices({ ...SHOW_ALL, yearMin: 1986, yearMax: 2010, includeUndated: false })).toEqual([1]);
  });

  it('keeps only the hubs in the set, including hub indices above 255', () => {
    expect(visibleIndices({ ...SHOW_ALL, hubs: new Set([1, 300]) })).toEqual([1, 3]);
    expect(visibleIndices({ ...SHOW_ALL, hubs: new Set() })).toEqual([]);
  });

  it('applies region, relation and level bit masks', () => {
    expect(visibleIndices({ ...SHOW_ALL, regionMask: 1 << 3 })).toEqual([1, 2]);
    expect(visibleIndices({ ...SHOW_ALL, relationMask: 0b001 })).toEqual([0, 3]);
    expect(visibleIndices({ ...SHOW_ALL, levelMask: 0b10 })).toEqual([2]);
  });
});

describe('shaderYearRange', () => {
  it('turns infinite bounds into the full uint16 range, excluding the undated marker 0', () => {
    expect(shaderYearRange(SHOW_ALL)).toEqual([1, 0xffff]);
    expect(shaderYearRange({ ...SHOW_ALL, yearMin: 1990.5, yearMax: 2015 })).toEqual([1991, 2015]);
  });
});

describe('hub textures', () => {
  it('marks visible hubs with 255 and hides the rest', () => {
    const texels = buildHubVisibility(new Set([0, 300]), 2);
    expect(texels).toHaveLength(2 * HUB_TEXTURE_WIDTH);
    expect(texels[0]).toBe(255);
    expect(texels[1]).toBe(0);
    expect(texels[300]).toBe(255);
    expect(buildHubVisibility(null, 1).every((texel) => texel === 255)).toBe(true);
  });

  it('writes one opaque RGBA texel per hub colour', () => {
    const texels = buildHubColors([[10, 20, 30]], 1);
    expect(Array.from(texels.subarray(0, 8))).toEqual([10, 20, 30, 255, 136, 136, 136, 255]);
  });
});
