import { describe, expect, it } from 'vitest';
import {
  layoutPoints,
  PLACE_LOOKS,
  pointFlags,
  pointOuterRadius,
  pointRadius,
  POINT_RING,
  POINT_SHOWN,
  stylePoint,
} from './point-layout.ts';

describe('layoutPoints', () => {
  it('lays each key out once, in Mercator, hidden until styled', () => {
    const layout = layoutPoints([
      { key: 'greenwich', lon: 0, lat: 0 },
      { key: 'tonga', lon: -175.2, lat: -21.1 },
      { key: 'greenwich', lon: 10, lat: 10 },
    ]);
    expect(layout.keys).toEqual(['greenwich', 'tonga']);
    expect(layout.indexOf.get('tonga')).toBe(1);
    expect([...layout.positions.slice(0, 2)]).toEqual([0.5, 0.5]);
    expect(layout.positions[2]).toBeCloseTo((180 - 175.2) / 360, 6);
    expect(layout.positions[3]).toBeGreaterThan(0.5); // south is down
    expect([...layout.styles]).toEqual(new Array(8).fill(0));
  });
});

describe('stylePoint', () => {
  it('packs colour and flags into four bytes, and hiding keeps the colour', () => {
    const layout = layoutPoints([
      { key: 'a', lon: 0, lat: 0 },
      { key: 'b', lon: 1, lat: 1 },
    ]);
    stylePoint(layout, 1, { shown: true, rgb: [230, 159, 0], hasRing: true });
    expect([...layout.styles.slice(4)]).toEqual([230, 159, 0, POINT_SHOWN | POINT_RING]);
    expect(pointFlags(layout, 0)).toBe(0);
    stylePoint(layout, 1, { shown: false });
    expect([...layout.styles.slice(4)]).toEqual([230, 159, 0, 0]);
  });
});

describe('pointRadius', () => {
  it('interpolates partners from 3.5 px at zoom 1 to 7 px at zoom 6, constant beyond', () => {
    const look = PLACE_LOOKS.partners;
    expect(pointRadius(look, 0)).toBe(3.5);
    expect(pointRadius(look, 1)).toBe(3.5);
    expect(pointRadius(look, 3.5)).toBeCloseTo(5.25, 10);
    expect(pointRadius(look, 6)).toBe(7);
    expect(pointRadius(look, 12)).toBe(7);
  });

  it('draws hubs from 6 to 11 px', () => {
    expect(pointRadius(PLACE_LOOKS.hubs, 1)).toBe(6);
    expect(pointRadius(PLACE_LOOKS.hubs, 6)).toBe(11);
  });

  it('adds the stroke: 1 px, or 2 px for a partner of several hubs', () => {
    const look = PLACE_LOOKS.partners;
    expect(pointOuterRadius(look, 1, POINT_SHOWN)).toBe(4.5);
    expect(pointOuterRadius(look, 1, POINT_SHOWN | POINT_RING)).toBe(5.5);
    expect(pointOuterRadius(PLACE_LOOKS.hubs, 6, POINT_SHOWN)).toBe(13);
  });
});
