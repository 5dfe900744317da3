import { describe, expect, it } from 'vitest';
import { buildArcGeometry, LAYER_PATH_OPTIONS } from './geometry-buffers.ts';
import { packArcs, packedBuffers, unpackArcs } from './packed-arcs.ts';
import type { ArcDatum } from './types.ts';

const ARCS: ArcDatum[] = [
  {
    from: [106.5503, 29.5636],
    to: [-122.3321, 47.6062],
    year: 1983,
    hub: 3,
    region: 7,
    relation: 0,
    level: 0,
  },
  { from: [125.104, 46.589], to: [179.99, -16.5], year: null, hub: 0, region: 15, relation: 2, level: 1 },
  { from: [112.7526, 37.688], to: [-67.1, -89.9], year: 2024, hub: 65_535, region: 0, relation: 1, level: 0 },
  { from: [115.9852, 36.4559], to: [-64.0148, -36.4559], year: 1, hub: 2, region: 9, relation: 2, level: 1 },
];

describe('packArcs', () => {
  it('round-trips every field', () => {
    expect(unpackArcs(packArcs(ARCS))).toEqual(ARCS);
  });

  it('builds the same geometry from the packed arcs as from the arcs', () => {
    const direct = buildArcGeometry(ARCS, LAYER_PATH_OPTIONS);
    const packed = buildArcGeometry(unpackArcs(packArcs(ARCS)), LAYER_PATH_OPTIONS);
    expect(new Uint8Array(packed.vertexData)).toEqual(new Uint8Array(direct.vertexData));
    expect(packed.indices).toEqual(direct.indices);
    expect(packed.arcAttributes).toEqual(direct.arcAttributes);
    expect([packed.minX, packed.maxX]).toEqual([direct.minX, direct.maxX]);
  });

  it('hands over four distinct buffers', () => {
    const buffers = packedBuffers(packArcs(ARCS));
    expect(new Set(buffers).size).toBe(4);
    expect(buffers.map((buffer) => buffer.byteLength)).toEqual([4 * 4 * 8, 4 * 8, 4 * 2, 4]);
  });

  it('packs no arcs into empty arrays', () => {
    expect(unpackArcs(packArcs([]))).toEqual([]);
  });
});
