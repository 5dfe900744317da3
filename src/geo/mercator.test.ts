import { describe, expect, it } from 'vitest';
import { MAX_MERCATOR_LATITUDE, mercatorX, mercatorY, mercatorYOfSine } from './mercator.ts';

const sineOf = (degrees: number) => Math.sin((degrees * Math.PI) / 180);

describe('Web Mercator', () => {
  it('puts the antimeridian at the edges, the equator half way and the square’s corners at 0 and 1', () => {
    expect(mercatorX(-180)).toBe(0);
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorX(180)).toBe(1);
    expect(mercatorY(0)).toBeCloseTo(0.5, 15);
    expect(mercatorY(MAX_MERCATOR_LATITUDE)).toBeCloseTo(0, 6);
    expect(mercatorY(-MAX_MERCATOR_LATITUDE)).toBeCloseTo(1, 6);
  });

  it('clamps latitudes beyond the square to its edge, the poles included', () => {
    expect(mercatorY(90)).toBe(mercatorY(MAX_MERCATOR_LATITUDE));
    expect(mercatorY(-89)).toBe(mercatorY(-MAX_MERCATOR_LATITUDE));
    expect(mercatorY(90)).toBeCloseTo(0, 6);
    expect(mercatorY(-90)).toBeCloseTo(1, 6);
  });

  it('gives the same y from a latitude’s sine as from the latitude, clamped alike', () => {
    for (let latitude = -90; latitude <= 90; latitude += 0.25)
      expect(mercatorYOfSine(sineOf(latitude))).toBeCloseTo(mercatorY(latitude), 12);
  });
});
