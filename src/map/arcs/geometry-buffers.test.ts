import { describe, expect, it } from 'vitest';
import { buildArcPath, countArcPathPoints } from '../../geo/great-circle.ts';
import { mercatorX, mercatorY } from '../../geo/mercator.ts';
import {
  buildArcGeometry,
  centreLineRows,
  centreLineSegments,
  JOIN_INDICES,
  lineSpan,
  COARSE_BELOW_ZOOM,
  COARSE_PATH_OPTIONS,
  LAYER_PATH_OPTIONS,
  NO_ARC,
  PADDING_ROWS,
  unpackYear,
  WORDS_PER_ARC,
  stripSpan,
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

  it('gives each arc its own strip, joined to the next by zero-area triangles only', () => {
    const geometry = buildArcGeometry([CHONGQING_SEATTLE, DAQING_NEARBY]);
    const { indices, arcIndexRanges } = geometry;
    const spans = [0, 1].map((arc) => [arcIndexRanges[2 * arc]!, arcIndexRanges[2 * arc + 1]!] as const);
    // The undated arc is drawn first, so it comes first in the index buffer.
    expect(spans[1]![0]).toBe(0);
    expect(spans[0]![0]).toBe(spans[1]![1] + JOIN_INDICES);
    expect(spans[0]![1]).toBe(indices.length);
    const row = rowsOf(geometry);
    for (const [arc, [start, end]] of spans.entries()) {
      const strip = Array.from(indices.subarray(start, end));
      expect(strip.length % 2).toBe(0);
      expect(strip[0]! % 2).toBe(0);
      strip.forEach((index, i) => expect(index).toBe(strip[0]! + i));
      strip.forEach((index) => expect(row(index).arc).toBe(arc));
    }
    // Every triangle of the strip that touches both arcs has two equal corners.
    for (let i = 0; i + 2 < indices.length; i++) {
      const corners = [indices[i]!, indices[i + 1]!, indices[i + 2]!];
      const arcsOf = new Set(corners.map((index) => row(index).arc));
      if (arcsOf.size > 1) expect(new Set(corners).size).toBeLessThan(3);
    }
  });

  it('orders the strips by year, undated first and ties as given, in one block per year', () => {
    const arcs = [1995, null, 1990, 1995, null, 2001].map((year) => ({ ...CHONGQING_SEATTLE, year }));
    const { arcIndexRanges, yearBlocks, drawOrder } = buildArcGeometry(arcs);
    const [startOf, endOf] = [
      (arc: number) => arcIndexRanges[2 * arc]!,
      (arc: number) => arcIndexRanges[2 * arc + 1]!,
    ];
    expect([...drawOrder]).toEqual([1, 4, 2, 0, 3, 5]);
    expect([...arcs.keys()].sort((a, b) => startOf(a) - startOf(b))).toEqual([...drawOrder]);
    expect([...yearBlocks.years]).toEqual([0, 1990, 1995, 2001]);
    expect([...yearBlocks.arcStart]).toEqual([0, 2, 3, 5, 6]);
    expect([...yearBlocks.indexStart]).toEqual([1, 2, 0, 5].map(startOf));
    expect([...yearBlocks.indexEnd]).toEqual([4, 2, 3, 5].map(endOf));
  });

  it('has no year blocks for no arcs', () => {
    const { yearBlocks } = buildArcGeometry([]);
    expect([...yearBlocks.years]).toEqual([]);
    expect([...yearBlocks.indexStart]).toEqual([]);
    expect([...yearBlocks.indexEnd]).toEqual([]);
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

  it('keeps each point once for the centre line: its first row, in order, without padding', () => {
    const geometry = buildArcGeometry([CHONGQING_SEATTLE, DAQING_NEARBY]);
    const centre = centreLineRows(geometry);
    const row = rowsOf(geometry);
    expect(centre).toHaveLength((geometry.vertexCount / 2) * WORDS_PER_VERTEX);
    const floats = new Float32Array(centre.buffer);
    for (let point = 0; point < geometry.vertexCount / 2; point++) {
      const base = point * WORDS_PER_VERTEX;
      const { x, y, along, arc } = row(2 * point);
      expect([floats[base], floats[base + 1], floats[base + 2], centre[base + 3]]).toEqual([
        x,
        y,
        along,
        arc,
      ]);
    }
    expect(centreLineRows(buildArcGeometry([]))).toHaveLength(0);
  });

  it('draws each arc’s centre line as segments between its successive centre-line rows', () => {
    const geometry = buildArcGeometry([CHONGQING_SEATTLE, DAQING_NEARBY]);
    const segments = Array.from(centreLineSegments(geometry));
    const row = rowsOf(geometry);
    const centreRow = (point: number) => row(2 * point);
    const points = (arc: number) =>
      (geometry.arcIndexRanges[2 * arc + 1]! - geometry.arcIndexRanges[2 * arc]!) / 2;
    expect(segments).toHaveLength(2 * (points(0) - 1) + 2 * (points(1) - 1));
    // In drawing order: the undated arc (1), then the dated one (0).
    const arcOfSegment = (i: number) => centreRow(segments[2 * i]!).arc;
    expect(arcOfSegment(0)).toBe(1);
    expect(arcOfSegment(segments.length / 2 - 1)).toBe(0);
    for (let i = 0; i < segments.length; i += 2) {
      const [from, to] = [segments[i]!, segments[i + 1]!];
      expect(to).toBe(from + 1);
      expect(centreRow(to).arc).toBe(centreRow(from).arc);
      expect(centreRow(to).along).toBeGreaterThan(centreRow(from).along);
    }
    expect(centreLineSegments(buildArcGeometry([]))).toHaveLength(0);
  });

  it('finds the strip and line spans of any run of year blocks', () => {
    const years = [2001, null, 1990, 1995, 1990, 2001];
    const arcs = years.map((year, i) => ({
      ...CHONGQING_SEATTLE,
      to: [10 * i, 40] as [number, number],
      year,
    }));
    const geometry = buildArcGeometry(arcs);
    const { indices, yearBlocks } = geometry;
    const segments = centreLineSegments(geometry);
    const row = rowsOf(geometry);
    const blockCount = yearBlocks.years.length;
    for (let first = 0; first < blockCount; first++) {
      for (let end = first + 1; end <= blockCount; end++) {
        const wanted = new Set(yearBlocks.years.slice(first, end));
        const yearOfRow = (index: number) => arcs[row(index).arc]!.year ?? 0;
        const strip = stripSpan(yearBlocks, [first, end]);
        const lines = lineSpan(yearBlocks, [first, end]);
        const stripYears = new Set(Array.from(indices.subarray(strip.start, strip.end), yearOfRow));
        const lineYears = new Set(
          Array.from(segments.subarray(lines.start, lines.end), (point) => yearOfRow(2 * point)),
        );
        expect(stripYears).toEqual(wanted);
        expect(lineYears).toEqual(wanted);
        // Whole arcs: every point of the run's arcs, and nothing more.
        const runArcs = arcs.filter((arc) => wanted.has(arc.year ?? 0));
        const pointsOf = (arc: ArcDatum) => countArcPathPoints(arc.from, arc.to, LAYER_PATH_OPTIONS);
        expect(lines.end - lines.start).toBe(runArcs.reduce((sum, arc) => sum + 2 * (pointsOf(arc) - 1), 0));
        expect(strip.end - strip.start).toBe(
          runArcs.reduce((sum, arc) => sum + 2 * pointsOf(arc), 0) + JOIN_INDICES * (runArcs.length - 1),
        );
      }
    }
  });

  it('builds empty buffers for no arcs', () => {
    const geometry = buildArcGeometry([]);
    expect(geometry.vertexCount).toBe(0);
    expect(geometry.indices).toHaveLength(0);
    expect(Array.from(geometry.arcIndexRanges)).toEqual([]);
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
