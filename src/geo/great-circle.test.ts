import { geoDistance, geoInterpolate } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
  arcPathBufferLength,
  buildArcPath,
  countArcPathPoints,
  countArcPoints,
  greatCircleAngle,
  sampleArcMercator,
  sampleArcPath,
  type LonLat,
} from './great-circle.ts';
import { mercatorX, mercatorY } from './mercator.ts';

const CHONGQING: LonLat = [106.55, 29.56];
const SEATTLE: LonLat = [-122.33, 47.61];
const LIAOCHENG: LonLat = [115.98, 36.45];
const NEIAFU: LonLat = [-173.98, -18.65];

function largestLongitudeStep(path: readonly LonLat[]): number {
  let largest = 0;
  for (let i = 1; i < path.length; i++) {
    largest = Math.max(largest, Math.abs(path[i]![0] - path[i - 1]![0]));
  }
  return largest;
}

function pathLength(path: readonly LonLat[]): number {
  let length = 0;
  for (let i = 1; i < path.length; i++) length += geoDistance(path[i - 1]!, path[i]!);
  return length;
}

describe('buildArcPath', () => {
  it('takes a trans-Pacific arc over the Pacific, past 180° east, not across Europe', () => {
    const path = buildArcPath(CHONGQING, SEATTLE);
    const longitudes = path.map(([longitude]) => longitude);
    expect(Math.min(...longitudes)).toBeCloseTo(106.55, 6);
    expect(Math.max(...longitudes)).toBeGreaterThan(180);
    expect(path.at(-1)![0]).toBeCloseTo(360 - 122.33, 6);
    expect(path.at(-1)![1]).toBeCloseTo(47.61, 6);
    expect(largestLongitudeStep(path)).toBeLessThan(180);
  });

  it('keeps an arc to Tonga continuous and unwraps its endpoint to 186.02', () => {
    const path = buildArcPath(LIAOCHENG, NEIAFU);
    expect(path[0]).toEqual(LIAOCHENG);
    expect(path.at(-1)![0]).toBeCloseTo(186.02, 6);
    expect(path.at(-1)![1]).toBeCloseTo(-18.65, 6);
    expect(largestLongitudeStep(path)).toBeLessThan(10);
  });

  it('samples about one point per 2° of arc within the 8..64 bounds', () => {
    const angle = geoDistance(LIAOCHENG, NEIAFU);
    const path = buildArcPath(LIAOCHENG, NEIAFU);
    expect(path).toHaveLength(Math.ceil((angle * 180) / Math.PI / 2) + 1);
    expect(buildArcPath([0, 0], [1, 0])).toHaveLength(8);
    expect(buildArcPath([0, 0], [179, 0])).toHaveLength(64);
    expect(buildArcPath([0, 0], [30, 0], { degreesPerPoint: 5, minPoints: 2, maxPoints: 100 })).toHaveLength(
      7,
    );
  });

  it('announces its point count before sampling, antipodal pairs included', () => {
    for (const to of [SEATTLE, NEIAFU, CHONGQING, [-73.45, -29.56]] satisfies LonLat[]) {
      expect(countArcPathPoints(CHONGQING, to)).toBe(buildArcPath(CHONGQING, to).length);
    }
  });

  it('returns two identical points when both endpoints are the same', () => {
    const path = buildArcPath(CHONGQING, CHONGQING);
    expect(path).toEqual([CHONGQING, CHONGQING]);
    expect(countArcPoints(0)).toBe(2);
  });

  it('stays finite and continuous for near-antipodal and exactly antipodal endpoints', () => {
    for (const to of [
      [-73.5, -29.5],
      [-73.45, -29.56],
    ] satisfies LonLat[]) {
      const path = buildArcPath(CHONGQING, to);
      expect(path.flat().every(Number.isFinite)).toBe(true);
      expect(largestLongitudeStep(path)).toBeLessThanOrEqual(180);
      const end = path.at(-1)!;
      expect(geoDistance(end, to)).toBeLessThan(1e-6);
      expect(pathLength(path)).toBeCloseTo(geoDistance(CHONGQING, to), 5);
    }
  });

  it('crosses a pole without a longitude step larger than 180°', () => {
    const path = buildArcPath([-100, 70], [80, 75]);
    const highestLatitude = Math.max(...path.map(([, latitude]) => latitude));
    expect(highestLatitude).toBeGreaterThan(85);
    expect(largestLongitudeStep(path)).toBeLessThanOrEqual(180);
    expect(path.flat().every(Number.isFinite)).toBe(true);
  });

  it('puts the middle point on the great circle between the endpoints', () => {
    const path = buildArcPath(CHONGQING, SEATTLE, { minPoints: 9, maxPoints: 9 });
    const middle = path[4]!;
    const total = geoDistance(CHONGQING, SEATTLE);
    expect(geoDistance(CHONGQING, middle) + geoDistance(middle, SEATTLE)).toBeCloseTo(total, 9);
    expect(geoDistance(CHONGQING, middle)).toBeCloseTo(total / 2, 9);
  });
});

describe('sampleArcPath', () => {
  it('gives d3-geo’s geoInterpolate points exactly, longitudes unwrapped', () => {
    const pairs: Array<[LonLat, LonLat]> = [
      [
        [106.55, 29.56],
        [-122.33, 47.61],
      ],
      [
        [125.1, 46.59],
        [-175.2, -21.13],
      ],
      [
        [0, 89],
        [180, 88],
      ],
      [
        [10, 10],
        [10.0001, 10],
      ],
    ];
    const out = new Float64Array(arcPathBufferLength());
    for (const [from, to] of pairs) {
      const count = sampleArcPath(from, to, {}, out);
      const interpolate = geoInterpolate(from, to);
      for (let i = 1; i < count; i++) {
        const [longitude, latitude] = interpolate(i / (count - 1));
        expect(out[2 * i + 1]).toBe(latitude);
        const unwrapped = out[2 * i]!;
        expect(Math.abs(unwrapped - longitude) % 360).toBeCloseTo(0, 9);
      }
    }
  });

  it('writes no more values than arcPathBufferLength says, whatever the options', () => {
    const options = { degreesPerPoint: 0.1, maxPoints: 20 };
    const out = new Float64Array(arcPathBufferLength(options) + 4).fill(-1);
    const count = sampleArcPath([0, 0], [170, 0], options, out);
    expect(count).toBe(20);
    expect([...out.subarray(40)]).toEqual([-1, -1, -1, -1]);
  });
});

describe('sampleArcMercator', () => {
  it('is sampleArcPath projected to Web Mercator, to 1e-12, across the antimeridian, near the poles and for tiny, empty and antipodal arcs', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pairs: Array<[LonLat, LonLat]> = [
      [CHONGQING, SEATTLE],
      [LIAOCHENG, NEIAFU],
      [
        [0, 89],
        [180, 88],
      ],
      [
        [10, -86],
        [100, -87],
      ],
      [
        [10, 10],
        [10.0001, 10],
      ],
      [LIAOCHENG, LIAOCHENG],
      [
        [0, 0],
        [180, 0],
      ],
    ];
    for (let i = 0; i < 500; i++)
      pairs.push([
        [random() * 360 - 180, random() * 180 - 90],
        [random() * 360 - 180, random() * 180 - 90],
      ]);
    for (const options of [{}, { degreesPerPoint: 6, minPoints: 4, maxPoints: 24 }]) {
      const lonLat = new Float64Array(arcPathBufferLength(options));
      const mercator = new Float64Array(arcPathBufferLength(options));
      for (const [from, to] of pairs) {
        const count = sampleArcPath(from, to, options, lonLat);
        expect(sampleArcMercator(from, to, options, mercator)).toBe(count);
        for (let i = 0; i < count; i++) {
          const latitude = lonLat[2 * i + 1]!;
          expect(mercator[2 * i + 1]).toBeCloseTo(mercatorY(latitude), 12);
          // At a pole the longitude is whatever rounding makes it (the antipodal pair passes over one).
          if (Math.abs(latitude) < 89.99) expect(mercator[2 * i]).toBeCloseTo(mercatorX(lonLat[2 * i]!), 12);
        }
      }
    }
  });
});

describe('greatCircleAngle', () => {
  it('is d3-geo’s geoDistance, to the last bit', () => {
    const places: LonLat[] = [
      [106.55, 29.56],
      [-122.33, 47.61],
      [0, 90],
      [180, -90],
      [-175.2, -21.13],
      [10, 10],
      [10.0000001, 10],
      [-10, -10],
    ];
    for (const from of places)
      for (const to of places) expect(greatCircleAngle(from, to)).toBe(geoDistance(from, to));
  });
});
