import type { ArcPathOptions } from '../../geo/great-circle.ts';
import type { ArcDatum } from './types.ts';

/** Arcs as flat typed arrays, which cross to a worker without copying object by object. */
export interface PackedArcs {
  /** `fromLon, fromLat, toLon, toLat` per arc, degrees. */
  ends: Float64Array;
  /** Signing year per arc; NaN when unknown. */
  years: Float64Array;
  hubs: Uint16Array;
  /** `region | relation << 4 | level << 6` per arc, in the bit widths the GPU attributes keep of them. */
  categories: Uint8Array;
}

/** What the arc geometry worker is asked: the arcs and the sampling to build them with. */
export interface GeometryRequest {
  arcs: PackedArcs;
  pathOptions: ArcPathOptions;
}

export function packArcs(arcs: readonly ArcDatum[]): PackedArcs {
  const packed: PackedArcs = {
    ends: new Float64Array(arcs.length * 4),
    years: new Float64Array(arcs.length),
    hubs: new Uint16Array(arcs.length),
    categories: new Uint8Array(arcs.length),
  };
  arcs.forEach((arc, i) => {
    packed.ends.set([arc.from[0], arc.from[1], arc.to[0], arc.to[1]], i * 4);
    packed.years[i] = arc.year ?? NaN;
    packed.hubs[i] = arc.hub;
    packed.categories[i] = (arc.region & 15) | ((arc.relation & 3) << 4) | ((arc.level & 1) << 6);
  });
  return packed;
}

export function unpackArcs(packed: PackedArcs): ArcDatum[] {
  const { ends, years, hubs, categories } = packed;
  return Array.from(years, (year, i): ArcDatum => {
    const category = categories[i]!;
    return {
      from: [ends[i * 4]!, ends[i * 4 + 1]!],
      to: [ends[i * 4 + 2]!, ends[i * 4 + 3]!],
      year: Number.isNaN(year) ? null : year,
      hub: hubs[i]!,
      region: category & 15,
      relation: ((category >> 4) & 3) as ArcDatum['relation'],
      level: ((category >> 6) & 1) as ArcDatum['level'],
    };
  });
}

/** The buffers to transfer rather than copy. */
export function packedBuffers(packed: PackedArcs): ArrayBuffer[] {
  return [
    packed.ends.buffer,
    packed.years.buffer,
    packed.hubs.buffer,
    packed.categories.buffer,
  ] as ArrayBuffer[];
}
