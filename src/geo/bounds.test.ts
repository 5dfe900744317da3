import { describe, expect, it } from 'vitest';
import { boundingBox } from './bounds.ts';

describe('boundingBox', () => {
  it('boxes points on one side of the antimeridian normally', () => {
    expect(
      boundingBox([
        [10, 50],
        [20, 40],
      ]),
    ).toEqual([
      [10, 40],
      [20, 50],
    ]);
  });

  it('crosses the antimeridian when that is the short way (Fiji to Samoa)', () => {
    expect(
      boundingBox([
        [178, -18],
        [-172, -14],
      ]),
    ).toEqual([
      [178, -18],
      [188, -14],
    ]);
  });

  it('spans China to the Americas across the Pacific, not across Europe', () => {
    const box = boundingBox([
      [106.55, 29.56],
      [-122.33, 47.61],
      [115.98, 36.45],
    ]);
    expect(box?.[0][0]).toBeCloseTo(106.55);
    expect(box?.[1][0]).toBeCloseTo(237.67);
  });

  it('is a point for a single point and null for none', () => {
    expect(boundingBox([[5, 6]])).toEqual([
      [5, 6],
      [5, 6],
    ]);
    expect(boundingBox([])).toBeNull();
  });
});
