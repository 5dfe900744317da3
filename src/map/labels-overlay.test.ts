import { describe, expect, it } from 'vitest';
import { nearestWorldCopy, paddedBounds, PlacedBoxes } from './labels-overlay.ts';

const box = (x0: number, y0: number, width = 40, height = 14) => ({
  x0,
  y0,
  x1: x0 + width,
  y1: y0 + height,
});

describe('PlacedBoxes', () => {
  it('refuses a box that overlaps one placed before, in the same or a neighbouring cell', () => {
    const placed = new PlacedBoxes(64);
    expect(placed.tryPlace(box(10, 10))).toBe(true);
    expect(placed.tryPlace(box(30, 20))).toBe(false);
    // Crosses into the next cells: still caught.
    expect(placed.tryPlace(box(45, 60, 40, 14))).toBe(true);
    expect(placed.tryPlace(box(70, 65, 10, 5))).toBe(false);
  });

  it('places boxes that only touch, and boxes off the canvas edge', () => {
    const placed = new PlacedBoxes(64);
    expect(placed.tryPlace(box(0, 0, 50, 10))).toBe(true);
    expect(placed.tryPlace(box(50, 0, 50, 10))).toBe(true);
    expect(placed.tryPlace(box(-45, -5, 30, 10))).toBe(true);
    expect(placed.tryPlace(box(-40, -2, 10, 4))).toBe(false);
  });

  it('agrees with a linear scan on many random boxes', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 1000 - 100;
    const placed = new PlacedBoxes(64);
    const linear: ReturnType<typeof box>[] = [];
    for (let i = 0; i < 2000; i++) {
      const candidate = box(random(), random(), 20 + (i % 7) * 15, 14);
      const free = !linear.some(
        (other) =>
          candidate.x0 < other.x1 &&
          other.x0 < candidate.x1 &&
          candidate.y0 < other.y1 &&
          other.y0 < candidate.y1,
      );
      if (free) linear.push(candidate);
      expect(placed.tryPlace(candidate)).toBe(free);
    }
    expect(linear.length).toBeGreaterThan(50);
  });
});

describe('paddedBounds', () => {
  it('widens the view by a fifth of its span on every side', () => {
    const bounds = { getWest: () => 100, getEast: () => 150, getSouth: () => 10, getNorth: () => 40 };
    expect(paddedBounds(bounds)).toEqual({ west: 90, east: 160, south: 4, north: 46 });
  });
});

describe('nearestWorldCopy', () => {
  it('moves a longitude to the world copy nearest the view centre', () => {
    expect(nearestWorldCopy(-170, 170)).toBe(190);
    expect(nearestWorldCopy(170, -170)).toBe(-190);
    expect(nearestWorldCopy(30, 100)).toBe(30);
  });
});
