import {
  arcPathBufferLength,
  countArcPathPoints,
  sampleArcMercator,
  type ArcPathOptions,
} from '../../geo/great-circle.ts';
import type { ArcDatum } from './types.ts';

/**
 * Vertex rows: `x, y` (Mercator 0..1, x unwrapped beyond 0..1 where the path crosses the antimeridian),
 * `along` (cumulative Mercator distance from the hub) as float32, and the arc index as uint32.
 * Every path point is stored twice (row 2k = left side, 2k + 1 = right side) because the vertex shader
 * pushes the two copies apart; it tells them apart by the parity of `gl_VertexID`.
 */
export const VERTEX_STRIDE_BYTES = 16;
export const WORDS_PER_VERTEX = 4;
/** Rows before and after the real ones, so the shader's "previous"/"next" attribute windows stay in range. */
export const PADDING_ROWS = 2;
/** Arc index of padding rows; never equal to a real arc, so they never count as neighbours. */
export const NO_ARC = 0xffffffff;
/**
 * Indices that join one arc's triangle strip to the next: the last index of the one and the first of the
 * other, which make only zero-area triangles. Arcs are not separated by primitive restart: SwiftShader, the
 * software WebGL of kiosks without a GPU and of the tests, draws every restarted strip as a draw of its own,
 * which cost a 50,000-arc frame most of a second.
 */
export const JOIN_INDICES = 2;
/** Per-arc attributes live in an RGBA32UI texture this many texels wide. */
export const ARC_TEXTURE_WIDTH = 2048;
export const WORDS_PER_ARC = 4;

/** Sampling for drawing: coarser than `buildArcPath`'s default, since every point costs two shaded vertices. */
export const LAYER_PATH_OPTIONS: ArcPathOptions = { degreesPerPoint: 3, minPoints: 6, maxPoints: 48 };
/**
 * Sampling for views of the whole world, where a 6° chord strays from the great circle by about a pixel at
 * most: about half the vertices, which software WebGL feels at 10,000 arcs.
 */
export const COARSE_PATH_OPTIONS: ArcPathOptions = { degreesPerPoint: 6, minPoints: 4, maxPoints: 24 };
/** Below this zoom the coarse geometry is drawn. */
export const COARSE_BELOW_ZOOM = 1.5;

export interface ArcGeometry {
  arcCount: number;
  /** Padded vertex rows; read as float32 (`x, y, along`) and uint32 (arc index). */
  vertexData: ArrayBuffer;
  /** Real vertex rows (padding excluded); equals the largest index + 1. */
  vertexCount: number;
  /**
   * One triangle strip per arc, in order of signing year (undated first, then stable: see
   * {@link YearBlocks}), each joined to the next by {@link JOIN_INDICES} indices.
   */
  indices: Uint32Array;
  /** Arc `i`'s own strip is `indices[arcIndexRanges[2i] .. arcIndexRanges[2i + 1])`. */
  arcIndexRanges: Uint32Array;
  /** Arc indices in the order their strips come in `indices`. */
  drawOrder: Uint32Array;
  yearBlocks: YearBlocks;
  /** {@link WORDS_PER_ARC} words per arc, laid out as {@link packArcAttributes} describes. */
  arcAttributes: Uint32Array;
  /** Mercator x range of all vertices, for choosing world copies. */
  minX: number;
  maxX: number;
}

/**
 * The strips of one year follow each other, so a year range is one span of the index buffer and a draw
 * covers only the arcs of its years: a playback that grows the range year by year shades a fraction of the
 * vertices a draw of every arc would (the shader still applies the whole filter within the span).
 * Block `b` holds the arcs of `years[b]` (0 = undated; ascending, each once): `indices[indexStart[b] ..
 * indexEnd[b])`, from the first index of its first arc's strip to the last of its last arc's, which come
 * after `arcStart[b]` arcs in drawing order.
 */
export interface YearBlocks {
  years: Uint16Array;
  indexStart: Uint32Array;
  indexEnd: Uint32Array;
  /** Length `years.length + 1`: the last is the number of arcs. */
  arcStart: Uint32Array;
}

/** Arc indices in drawing order: by year, undated (0) first, ties in their given order. */
function arcsByYear(arcs: readonly ArcDatum[]): Uint32Array {
  const order = Uint32Array.from(arcs.keys());
  const yearOf = (arc: number) => arcs[arc]!.year ?? 0;
  return order.sort((a, b) => yearOf(a) - yearOf(b) || a - b);
}

const floatScratch = new Float32Array(1);
const floatBitsScratch = new Uint32Array(floatScratch.buffer);

/**
 * Packs one arc into four uint32 words, mirrored by the shader:
 * word 0 = year (0 = undated) | hub << 16; word 1 = region | relation << 4 | level << 6;
 * word 2 = float32 bits of the arc's total `along` length; word 3 unused.
 */
export function packArcAttributes(arc: ArcDatum, totalLength: number, target: Uint32Array, arcIndex: number) {
  floatScratch[0] = totalLength;
  const base = arcIndex * WORDS_PER_ARC;
  target[base] = ((arc.year ?? 0) & 0xffff) | ((arc.hub & 0xffff) << 16);
  target[base + 1] = (arc.region & 15) | ((arc.relation & 3) << 4) | ((arc.level & 1) << 6);
  target[base + 2] = floatBitsScratch[0]!;
  target[base + 3] = 0;
}

export function unpackYear(words: Uint32Array, arcIndex: number): number | null {
  const year = words[arcIndex * WORDS_PER_ARC]! & 0xffff;
  return year === 0 ? null : year;
}

export function buildArcGeometry(arcs: readonly ArcDatum[], options = LAYER_PATH_OPTIONS): ArcGeometry {
  const pointCounts = arcs.map((arc) => countArcPathPoints(arc.from, arc.to, options));
  const totalPoints = pointCounts.reduce((sum, count) => sum + count, 0);
  const vertexCount = totalPoints * 2;
  const vertexData = new ArrayBuffer((vertexCount + 2 * PADDING_ROWS) * VERTEX_STRIDE_BYTES);
  const floats = new Float32Array(vertexData);
  const words = new Uint32Array(vertexData);
  const indices = new Uint32Array(vertexCount + JOIN_INDICES * Math.max(0, arcs.length - 1));
  const arcIndexRanges = new Uint32Array(arcs.length * 2);
  const drawOrder = arcsByYear(arcs);
  const arcAttributes = new Uint32Array(arcs.length * WORDS_PER_ARC);
  const blockYears: number[] = [];
  const blockIndexStart: number[] = [];
  const blockIndexEnd: number[] = [];
  const blockArcStart: number[] = [];
  const path = new Float64Array(arcPathBufferLength(options));
  for (let row = 0; row < PADDING_ROWS; row++) {
    words[row * WORDS_PER_VERTEX + 3] = NO_ARC;
    words[(vertexCount + PADDING_ROWS + row) * WORDS_PER_VERTEX + 3] = NO_ARC;
  }

  let row = 0;
  let index = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  for (let position = 0; position < drawOrder.length; position++) {
    const arcIndex = drawOrder[position]!;
    const arc = arcs[arcIndex]!;
    const year = arc.year ?? 0;
    if (position > 0) {
      indices[index] = indices[index - 1]!;
      indices[index + 1] = row;
      index += JOIN_INDICES;
    }
    if (blockYears[blockYears.length - 1] !== year) {
      if (position > 0) blockIndexEnd.push(index - JOIN_INDICES);
      blockYears.push(year);
      blockIndexStart.push(index);
      blockArcStart.push(position);
    }
    arcIndexRanges[2 * arcIndex] = index;
    let along = 0;
    let previousX = 0;
    let previousY = 0;
    const pointCount = sampleArcMercator(arc.from, arc.to, options, path);
    for (let pointIndex = 0; pointIndex < pointCount; pointIndex++) {
      const x = path[2 * pointIndex]!;
      const y = path[2 * pointIndex + 1]!;
      // Not Math.hypot, which guards against overflow at several times the cost.
      if (pointIndex > 0) along += Math.sqrt((x - previousX) ** 2 + (y - previousY) ** 2);
      previousX = x;
      previousY = y;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      for (let side = 0; side < 2; side++) {
        const base = (row + PADDING_ROWS) * WORDS_PER_VERTEX;
        floats[base] = x;
        floats[base + 1] = y;
        floats[base + 2] = along;
        words[base + 3] = arcIndex;
        indices[index++] = row++;
      }
    }
    arcIndexRanges[2 * arcIndex + 1] = index;
    packArcAttributes(arc, along, arcAttributes, arcIndex);
  }
  if (arcs.length > 0) blockIndexEnd.push(index);

  return {
    arcCount: arcs.length,
    vertexData,
    vertexCount,
    indices,
    arcIndexRanges,
    drawOrder,
    yearBlocks: {
      years: Uint16Array.from(blockYears),
      indexStart: Uint32Array.from(blockIndexStart),
      indexEnd: Uint32Array.from(blockIndexEnd),
      arcStart: Uint32Array.from([...blockArcStart, arcs.length]),
    },
    arcAttributes,
    minX: arcs.length > 0 ? minX : 0,
    maxX: arcs.length > 0 ? maxX : 1,
  };
}

/**
 * The spans of `blocks` a draw covers: undated arcs if `includeUndated`, and the years of `yearRange`
 * (inclusive, as the shader compares them); adjacent spans merged. Each span is `[firstBlock, endBlock)`.
 */
export function yearSpans(
  blocks: YearBlocks,
  yearRange: readonly [number, number],
  includeUndated: boolean,
): Array<[number, number]> {
  const { years } = blocks;
  const firstAtLeast = (year: number) => {
    let low = 0;
    let high = years.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (years[middle]! < year) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const spans: Array<[number, number]> = [];
  if (includeUndated && years[0] === 0) spans.push([0, 1]);
  const [min, max] = yearRange;
  const first = firstAtLeast(Math.max(1, min));
  const end = max >= min ? firstAtLeast(max + 1) : first;
  if (end > first) {
    const last = spans[spans.length - 1];
    if (last && last[1] === first) last[1] = end;
    else spans.push([first, end]);
  }
  return spans;
}

/** The span of `indices` that blocks `[firstBlock, endBlock)` draw as one triangle strip. */
export function stripSpan(blocks: YearBlocks, [firstBlock, endBlock]: readonly [number, number]) {
  return { start: blocks.indexStart[firstBlock]!, end: blocks.indexEnd[endBlock - 1]! };
}

/** The span of {@link centreLineSegments}' indices that the same blocks draw as lines. */
export function lineSpan(blocks: YearBlocks, span: readonly [number, number]) {
  const { start, end } = stripSpan(blocks, span);
  // An arc of n points has 2n strip indices and, but the first, a join before them; 2(n - 1) line indices.
  const arcsBefore = blocks.arcStart[span[0]]!;
  const arcsThrough = blocks.arcStart[span[1]]!;
  return { start: start - 4 * arcsBefore, end: end - 4 * arcsThrough + JOIN_INDICES };
}

/**
 * The centre line's vertex rows, for hairlines: each point's first row of `vertexData` (its two rows hold the
 * same values), in the same order, with no padding: half the bytes of `vertexData` to upload.
 */
export function centreLineRows(geometry: Pick<ArcGeometry, 'vertexData' | 'vertexCount'>): Uint32Array {
  const rows = new Uint32Array(geometry.vertexData);
  const points = geometry.vertexCount / 2;
  const centre = new Uint32Array(points * WORDS_PER_VERTEX);
  for (let point = 0; point < points; point++) {
    const from = (PADDING_ROWS + 2 * point) * WORDS_PER_VERTEX;
    for (let word = 0; word < WORDS_PER_VERTEX; word++)
      centre[point * WORDS_PER_VERTEX + word] = rows[from + word]!;
  }
  return centre;
}

/**
 * Line segments (`LINES`, two indices each) along each arc's centre line, indexing {@link centreLineRows},
 * in drawing order: each point is shaded once.
 */
export function centreLineSegments(geometry: Pick<ArcGeometry, 'indices' | 'arcIndexRanges' | 'drawOrder'>) {
  const { indices, arcIndexRanges, drawOrder } = geometry;
  const pointCount = (arc: number) => (arcIndexRanges[2 * arc + 1]! - arcIndexRanges[2 * arc]!) / 2;
  const total = drawOrder.reduce((sum, arc) => sum + 2 * Math.max(0, pointCount(arc) - 1), 0);
  const segments = new Uint32Array(total);
  let next = 0;
  for (const arc of drawOrder) {
    const start = arcIndexRanges[2 * arc]!;
    // Strip indices run 2k, 2k + 1 for point k: its centre-line row is k.
    for (let point = 1; point < pointCount(arc); point++) {
      segments[next++] = indices[start + 2 * (point - 1)]! / 2;
      segments[next++] = indices[start + 2 * point]! / 2;
    }
  }
  return segments;
}

/** Texture rows needed for `arcCount` arcs at {@link ARC_TEXTURE_WIDTH} texels per row (at least 1). */
export function arcTextureHeight(arcCount: number): number {
  return Math.max(1, Math.ceil(arcCount / ARC_TEXTURE_WIDTH));
}
