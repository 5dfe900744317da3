import { describe, expect, it } from 'vitest';
import { buildArcPath, countArcPathPoints } from '../../geo/great-circle.ts';
import {
  buildArcGeometry,
  centreLineIndices,
  centreLineOffset,
  COARSE_BELOW_ZOOM,
  COARSE_PATH_OPTIONS,
  LAYER_PATH_OPTIONS,
  mercatorX,
  mercatorY,
  NO_ARC,
  PADDING_ROWS,
  PRIMITIVE_RESTART_INDEX,
  unpackYear,
  WORDS_PER_ARC,
  WORDS_PER_VERTEX,
  yearSpans,
} from './geometry-buffers.ts';
import type { ArcDatum } from './types.ts';

const CHONGQING_SEATTLE: ArcDatum = {
  from: [106.55, 29.56],
  to: [-122.33, 47.61],
  year: 1993,
  hub: 3,
  region: 7,
  relation: 1,
  level: 1,
};
const DAQING_NEARBY: ArcDatum = {
  from: [125.1, 46.59],
  to: [127, 45],
  year: null,
  hub: 0,
  region: 2,
  relation: 2,
  level: 0,
};

function rowsOf(geometry: ReturnType<typeof buildArcGeometry>) {
  const floats = new Float32Array(geometry.vertexData);
  const words = new Uint32Array(geometry.vertexData);
  return (row: number) => {
    const base = (row + PADDING_ROWS) * WORDS_PER_VERTEX;
    return { x: floats[base]!, y: floats[base + 1]!, along: floats[base + 2]!, arc: words[base + 3]! };
  };
}

describe('buildArcGeometry', () => {
  it('stores every path point twice and pads both ends with rows of no arc', () => {
    const geometry = buildArcGeometry([CHONGQING_SEATTLE, DAQING_NEARBY]);
    const points =
      countArcPathPoints(CHONGQING_SEATTLE.from, CHONGQING_SEATTLE.to, LAYER_PATH_OPTIONS) +
      countArcPathPoints(DAQING_NEARBY.from, DAQING_NEARBY.to, LAYER_PATH_OPTIONS);
    expect(geometry.vertexCount).toBe(points * 2);
    expect(geometry.vertexData.byteLength).toBe((points * 2 + 2 * PADDING_ROWS) * 16);
    const row = rowsOf(geometry);
    expect(row(-PADDING_ROWS).arc).toBe(NO_ARC);
    expect(row(-1).arc).toBe(NO_ARC);
    expect(row(geometry.vertexCount).arc).toBe(NO_ARC);
    expect(row(geometry.vertexCount + 1).arc).toBe(NO_ARC);
    expect(row(0)).toEqual(row(1));
  });

  it('packs Mercator positions, growing along-distance and the arc index', () => {
    const geometry = buildArcGeometry([CHONGQING_SEATTLE]);
    const row = rowsOf(geometry);
    const first = row(0);
    const last = row(geometry.vertexCount - 1);
    expect(first.x).toBeCloseTo(mercatorX(106.55), 6);
    expect(first.y).toBeCloseTo(mercatorY(29.56), 6);
    expect(first.along).toBe(0);
    expect(last.x).toBeCloseTo(mercatorX(360 - 122.33), 6);
    expect(last.x).toBeGreaterThan(1);
    for (let r = 2; r < geometry.vertexCount; r += 2) expect(row(r).along).toBeGreaterThan(row(r - 2).along);
    expect(geometry.maxX).toBeCloseTo(last.x, 6);
    expect(geometry.minX).toBeCloseTo(first.x, 6);
    expect(new Set(Array.from({ length: geometry.vertexCount }, (_, r) => row(r).arc))).toEqual(new Set([0]));
  });

  it('gives each arc one restart-terminated strip and records its index range', () => {
    const geometry = buildArcGeometry([CHONGQING_SEATTLE, DAQING_NEARBY]);
    const { indices, arcIndexRanges } = geometry;
    const spans = [0, 1].map((arc) => [arcIndexRanges[2 * arc]!, arcIndexRanges[2 * arc + 1]!] as const);
    // The undated arc is drawn first, so it comes first in the index buffer.
    expect(spans[1]![0]).toBe(0);
    expect(spans[1]![1]).toBe(spans[0]![0]);
    expect(spans[0]![1]).toBe(indices.length);
    for (const [arc, [start, end]] of spans.entries()) {
      expect(indices[end - 1]).toBe(PRIMITIVE_RESTART_INDEX);
      const strip = Array.from(indices.subarray(start, end - 1));
      expect(strip.length % 2).toBe(0);
      expect(strip[0]! % 2).toBe(0);
      strip.forEach((index, i) => expect(index).toBe(strip[0]! + i));
      const row = rowsOf(geometry);
      strip.forEach((index) => expect(row(index).arc).toBe(arc));
    }
  });

  it('orders the strips by year, undated first and ties as given, in one block per year', () => {
    const arcs = [1995, null, 1990, 1995, null, 2001].map((year) => ({ ...CHONGQING_SEATTLE, year }));
    const { arcIndexRanges, yearBlocks, indices } = buildArcGeometry(arcs);
    const startOf = (arc: number) => arcIndexRanges[2 * arc]!;
    const drawOrder = [...arcs.keys()].sort((a, b) => startOf(a) - startOf(b));
    expect(drawOrder).toEqual([1, 4, 2, 0, 3, 5]);
    expect([...yearBlocks.years]).toEqual([0, 1990, 1995, 2001]);
    expect([...yearBlocks.arcStart]).toEqual([0, 2, 3, 5, 6]);
    expect([...yearBlocks.indexStart]).toEqual([
      startOf(1),
      startOf(2),
      startOf(0),
      startOf(5),
      indices.length,
    ]);
  });

  it('has no year blocks for no arcs', () => {
    const { yearBlocks } = buildArcGeometry([]);
    expect([...yearBlocks.years]).toEqual([]);
    expect([...yearBlocks.indexStart]).toEqual([0]);
    expect([...yearBlocks.arcStart]).toEqual([0]);
  });

  it('packs year, hub and categories per arc, with 0 standing for an unknown year', () => {
    const { arcAttributes } = buildArcGeometry([CHONGQING_SEATTLE, DAQING_NEARBY]);
    expect(arcAttributes).toHaveLength(2 * WORDS_PER_ARC);
    expect(arcAttributes[0]).toBe(1993 | (3 << 16));
    expect(arcAttributes[1]).toBe(7 | (1 << 4) | (1 << 6));
    expect(unpackYear(arcAttributes, 0)).toBe(1993);
    expect(unpackYear(arcAttributes, 1)).toBeNull();
    expect(arcAttributes[WORDS_PER_ARC + 1]).toBe(2 | (2 << 4));
    const totalLength = new Float32Array(arcAttributes.buffer)[2]!;
    expect(totalLength).toBeGreaterThan(0.3);
  });

  it('uses fewer points for short arcs than for long ones', () => {
    const short = buildArcGeometry([DAQING_NEARBY]).vertexCount;
    const long = buildArcGeometry([CHONGQING_SEATTLE]).vertexCount;
    expect(short).toBe(2 * LAYER_PATH_OPTIONS.minPoints!);
    expect(long).toBeGreaterThan(short * 3);
  });

  it('gives each arc a centre-line strip through the first copy of each of its points', () => {
    const geometry = buildArcGeometry([CHONGQING_SEATTLE, DAQING_NEARBY]);
    const lines = Array.from(centreLineIndices(geometry.indices));
    const row = rowsOf(geometry);
    const restarts = lines.flatMap((index, i) => (index === PRIMITIVE_RESTART_INDEX ? [i] : []));
    expect(restarts).toHaveLength(2);
    expect(restarts[1]).toBe(lines.length - 1);
    const strips = [lines.slice(0, restarts[0]), lines.slice(restarts[0]! + 1, -1)];
    const { arcIndexRanges } = geometry;
    // In drawing order: the undated arc (1), then the dated one (0).
    [1, 0].forEach((arc, position) => {
      const strip = strips[position]!;
      expect(strip.length * 2).toBe(arcIndexRanges[2 * arc + 1]! - arcIndexRanges[2 * arc]! - 1);
      strip.forEach((index, i) => {
        expect(index % 2).toBe(0);
        if (i > 0) expect(index).toBe(strip[i - 1]! + 2);
        expect(row(index).arc).toBe(arc);
      });
    });
    expect(centreLineIndices(new Uint32Array(0))).toHaveLength(0);
  });

  it('finds where each year block starts among the centre-line indices', () => {
    const arcs = [2001, null, 1990, 1995].map((year, i) => ({
      ...CHONGQING_SEATTLE,
      to: [10 * i, 40],
      year,
    }));
    const { indices, yearBlocks } = buildArcGeometry(arcs as ArcDatum[]);
    const lines = centreLineIndices(indices);
    yearBlocks.indexStart.forEach((stripOffset, block) => {
      const lineOffset = centreLineOffset(stripOffset, yearBlocks.arcStart[block]!);
      expect(lineOffset).toBe(block === 0 ? 0 : lines.indexOf(PRIMITIVE_RESTART_INDEX, lineOffset - 1) + 1);
      if (block < yearBlocks.years.length) expect(lines[lineOffset]).toBe(indices[stripOffset]);
    });
    expect(centreLineOffset(indices.length, arcs.length)).toBe(lines.length);
  });

  it('builds empty buffers for no arcs', () => {
    const geometry = buildArcGeometry([]);
    expect(geometry.vertexCount).toBe(0);
    expect(geometry.indices).toHaveLength(0);
    expect(Array.from(geometry.arcIndexRanges)).toEqual([]);
  });
});

describe('mercatorY', () => {
  it('maps the equator to 0.5 and clamps the poles to the Mercator square', () => {
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
    expect(mercatorY(90)).toBeCloseTo(0, 6);
    expect(mercatorY(-90)).toBeCloseTo(1, 6);
  });
});

describe('the coarse level of detail', () => {
  it('has far fewer vertices, the same ends, and strays from the fine path by about a pixel at most where drawn', () => {
    const fine = buildArcGeometry([CHONGQING_SEATTLE]);
    const coarse = buildArcGeometry([CHONGQING_SEATTLE], COARSE_PATH_OPTIONS);
    expect(coarse.vertexCount).toBeLessThan(fine.vertexCount / 1.75);
    const fineRow = rowsOf(fine);
    const coarseRow = rowsOf(coarse);
    expect(coarseRow(0)).toMatchObject({ x: fineRow(0).x, y: fineRow(0).y });
    expect(coarseRow(coarse.vertexCount - 1)).toMatchObject({
      x: fineRow(fine.vertexCount - 1).x,
      y: fineRow(fine.vertexCount - 1).y,
    });

    // Distance, in pixels at the highest zoom that draws it, from each fine point to the coarse polyline.
    const worldPx = 512 * 2 ** COARSE_BELOW_ZOOM;
    const toPx = ([lon, lat]: [number, number]) =>
      [mercatorX(lon) * worldPx, mercatorY(lat) * worldPx] as const;
    const coarsePx = buildArcPath(CHONGQING_SEATTLE.from, CHONGQING_SEATTLE.to, COARSE_PATH_OPTIONS).map(
      toPx,
    );
    const distanceToSegment = (p: readonly number[], a: readonly number[], b: readonly number[]) => {
      const [dx, dy] = [b[0]! - a[0]!, b[1]! - a[1]!];
      const t = Math.max(0, Math.min(1, ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / (dx * dx + dy * dy)));
      return Math.hypot(p[0]! - (a[0]! + t * dx), p[1]! - (a[1]! + t * dy));
    };
    const worst = Math.max(
      ...buildArcPath(CHONGQING_SEATTLE.from, CHONGQING_SEATTLE.to, LAYER_PATH_OPTIONS).map((point) => {
        const p = toPx(point);
        return Math.min(...coarsePx.slice(1).map((b, i) => distanceToSegment(p, coarsePx[i]!, b)));
      }),
    );
    expect(worst).toBeLessThan(1.25);
  });
});

describe('yearSpans', () => {
  const blocks = buildArcGeometry(
    [1990, null, 1995, 2001, 1995].map((year) => ({ ...CHONGQING_SEATTLE, year })),
  ).yearBlocks; // blocks: 0 (undated), 1990, 1995, 2001

  it('covers the years of an inclusive range, and undated arcs only when included', () => {
    expect(yearSpans(blocks, [1991, 2001], false)).toEqual([[2, 4]]);
    expect(yearSpans(blocks, [1990, 1995], false)).toEqual([[1, 3]]);
    expect(yearSpans(blocks, [1995, 1995], true)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('merges undated arcs with a range that starts at the first year', () => {
    expect(yearSpans(blocks, [1, 0xffff], true)).toEqual([[0, 4]]);
    expect(yearSpans(blocks, [1985, 1990], true)).toEqual([[0, 2]]);
  });

  it('covers nothing for a range between the years, an empty range, or no arcs', () => {
    expect(yearSpans(blocks, [1991, 1994], false)).toEqual([]);
    expect(yearSpans(blocks, [2000, 1999], false)).toEqual([]);
    expect(yearSpans(blocks, [2000, 1999], true)).toEqual([[0, 1]]);
    expect(yearSpans(buildArcGeometry([]).yearBlocks, [1, 0xffff], true)).toEqual([]);
  });

  it('covers only dated years when no arc is undated', () => {
    const dated = buildArcGeometry([{ ...CHONGQING_SEATTLE, year: 1993 }]).yearBlocks;
    expect(yearSpans(dated, [1, 0xffff], true)).toEqual([[0, 1]]);
  });
});
