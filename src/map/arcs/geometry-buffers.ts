import { buildArcPath, countArcPathPoints, type ArcPathOptions } from '../../geo/great-circle.ts';
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
/** WebGL 2 always restarts a triangle strip at the maximum index value. */
export const PRIMITIVE_RESTART_INDEX = 0xffffffff;
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
   * One triangle strip per arc, each followed by {@link PRIMITIVE_RESTART_INDEX}, in order of signing year
   * (undated first, then stable): see {@link YearBlocks}.
   */
  indices: Uint32Array;
  /** Arc `i` uses `indices[arcIndexRanges[2i] .. arcIndexRanges[2i + 1])`. */
  arcIndexRanges: Uint32Array;
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
 * Block `b` holds the arcs of `years[b]` (0 = undated; ascending, each once): strip indices
 * `indexStart[b] .. indexStart[b + 1]`, which come after `arcStart[b]` arcs.
 */
export interface YearBlocks {
  years: Uint16Array;
  /** Length `years.length + 1`. */
  indexStart: Uint32Array;
  /** Length `years.length + 1`. */
  arcStart: Uint32Array;
}

/** Arc indices in drawing order: by year, undated (0) first, ties in their given order. */
function arcsByYear(arcs: readonly ArcDatum[]): Uint32Array {
  const order = Uint32Array.from(arcs.keys());
  const yearOf = (arc: number) => arcs[arc]!.year ?? 0;
  return order.sort((a, b) => yearOf(a) - yearOf(b) || a - b);
}

const MAX_MERCATOR_LATITUDE = 85.051129;
const floatScratch = new Float32Array(1);
const floatBitsScratch = new Uint32Array(floatScratch.buffer);

export function mercatorX(longitude: number): number {
  return (longitude + 180) / 360;
}

/** Web Mercator y in 0..1 (north at 0), with latitude clamped to the square's ±85.05°. */
export function mercatorY(latitude: number): number {
  const clamped = Math.max(-MAX_MERCATOR_LATITUDE, Math.min(MAX_MERCATOR_LATITUDE, latitude));
  const radians = (clamped * Math.PI) / 180;
  return 0.5 - Math.log(Math.tan(Math.PI / 4 + radians / 2)) / (2 * Math.PI);
}

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
  const indices = new Uint32Array(vertexCount + arcs.length);
  const arcIndexRanges = new Uint32Array(arcs.length * 2);
  const arcAttributes = new Uint32Array(arcs.length * WORDS_PER_ARC);
  const blockYears: number[] = [];
  const blockIndexStart: number[] = [];
  const blockArcStart: number[] = [];
  for (let row = 0; row < PADDING_ROWS; row++) {
    words[row * WORDS_PER_VERTEX + 3] = NO_ARC;
    words[(vertexCount + PADDING_ROWS + row) * WORDS_PER_VERTEX + 3] = NO_ARC;
  }

  let row = 0;
  let index = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  arcsByYear(arcs).forEach((arcIndex, position) => {
    const arc = arcs[arcIndex]!;
    const year = arc.year ?? 0;
    if (blockYears[blockYears.length - 1] !== year) {
      blockYears.push(year);
      blockIndexStart.push(index);
      blockArcStart.push(position);
    }
    arcIndexRanges[2 * arcIndex] = index;
    let along = 0;
    let previousX = 0;
    let previousY = 0;
    buildArcPath(arc.from, arc.to, options).forEach(([longitude, latitude], pointIndex) => {
      const x = mercatorX(longitude);
      const y = mercatorY(latitude);
      if (pointIndex > 0) along += Math.hypot(x - previousX, y - previousY);
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
    });
    indices[index++] = PRIMITIVE_RESTART_INDEX;
    arcIndexRanges[2 * arcIndex + 1] = index;
    packArcAttributes(arc, along, arcAttributes, arcIndex);
  });

  return {
    arcCount: arcs.length,
    vertexData,
    vertexCount,
    indices,
    arcIndexRanges,
    yearBlocks: {
      years: Uint16Array.from(blockYears),
      indexStart: Uint32Array.from([...blockIndexStart, index]),
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

/** Offset in {@link centreLineIndices}' output of the strip index `stripOffset`, which follows `arcsBefore` arcs. */
export function centreLineOffset(stripOffset: number, arcsBefore: number): number {
  // Each arc before it had twice as many strip indices as centre-line ones, plus one restart in both.
  return (stripOffset - arcsBefore) / 2 + arcsBefore;
}

/**
 * Indices of one line strip per arc along its centre line: the first copy of every point of each
 * triangle strip in `stripIndices`, each strip again ended by {@link PRIMITIVE_RESTART_INDEX}. Drawn as
 * `LINE_STRIP`, each point is shaded once.
 */
export function centreLineIndices(stripIndices: Uint32Array): Uint32Array {
  const restarts = stripIndices.reduce(
    (count, index) => count + (index === PRIMITIVE_RESTART_INDEX ? 1 : 0),
    0,
  );
  // A strip holds both copies of each point: twice as many indices as its centre line.
  const lines = new Uint32Array((stripIndices.length - restarts) / 2 + restarts);
  let next = 0;
  let position = 0;
  for (const index of stripIndices) {
    const isRestart = index === PRIMITIVE_RESTART_INDEX;
    if (isRestart || position % 2 === 0) lines[next++] = index;
    position = isRestart ? 0 : position + 1;
  }
  return lines;
}

/** Texture rows needed for `arcCount` arcs at {@link ARC_TEXTURE_WIDTH} texels per row (at least 1). */
export function arcTextureHeight(arcCount: number): number {
  return Math.max(1, Math.ceil(arcCount / ARC_TEXTURE_WIDTH));
}
