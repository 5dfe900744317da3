import { describe, expect, it } from 'vitest';
import { mercatorX, mercatorY } from '../geo/mercator.ts';
import {
  coveredBoxes,
  flatMercatorView,
  HUB_LABEL_GAP,
  keepPointsClear,
  labelBox,
  labelSpots,
  leastCoveredSpot,
  nearestWorldCopy,
  paddedBounds,
  PlacedBoxes,
  placeLabel,
  screenOfMercator,
} from './labels-overlay.ts';

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

describe('PlacedBoxes.isCertainlyTaken', () => {
  it('is true inside a placed box, false near its edge, outside the canvas and where nothing is', () => {
    const placed = new PlacedBoxes(64, { width: 200, height: 100 });
    placed.place(box(10, 10, 40, 20));
    expect(placed.isCertainlyTaken(30, 20)).toBe(true);
    expect(placed.isCertainlyTaken(10.5, 20)).toBe(false);
    expect(placed.isCertainlyTaken(70, 20)).toBe(false);
    placed.place(box(-50, -50, 400, 300));
    expect(placed.isCertainlyTaken(100, 50)).toBe(true);
    expect(placed.isCertainlyTaken(250, 50)).toBe(false);
    expect(new PlacedBoxes(64).isCertainlyTaken(30, 20)).toBe(false);
  });

  it('never says taken where a small box around the point would be free', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const placed = new PlacedBoxes(64, { width: 400, height: 300 });
    for (let i = 0; i < 150; i++)
      placed.tryPlace(box(random() * 420 - 20, random() * 320 - 20, 10 + random() * 60, 14));
    let taken = 0;
    for (let i = 0; i < 20_000; i++) {
      const [x, y] = [random() * 400, random() * 300];
      if (!placed.isCertainlyTaken(x, y)) continue;
      taken += 1;
      expect(placed.isFree({ x0: x - 0.01, y0: y - 0.01, x1: x + 0.01, y1: y + 0.01 })).toBe(false);
    }
    expect(taken).toBeGreaterThan(2_000);
  });
});

describe('flatMercatorView and screenOfMercator', () => {
  // A flat, north-up map as MapLibre lays it out: 512-px tiles, centre at the middle of the padded canvas.
  const zoom = 2.7;
  const worldSize = 512 * 2 ** zoom;
  const center = { lng: 170, lat: -20 };
  const middle = { x: 480 + 150, y: 300 - 40 };
  const project = ([lng, lat]: [number, number]) => ({
    x: middle.x + (mercatorX(lng) - mercatorX(center.lng)) * worldSize,
    y: middle.y + (mercatorY(lat) - mercatorY(center.lat)) * worldSize,
  });

  it("puts every place where the map's own projection puts it on the world copy nearest the centre", () => {
    const view = flatMercatorView(project, center);
    expect(view.scale).toBeCloseTo(worldSize, 6);
    for (const [lon, lat] of [
      [-175, -21],
      [179, 10],
      [10, 60],
      [-60, -70],
      [170, -20],
    ] as const) {
      const expected = project([nearestWorldCopy(lon, center.lng), lat]);
      const point = screenOfMercator(view, mercatorX(lon), mercatorY(lat));
      expect(point.x).toBeCloseTo(expected.x, 6);
      expect(point.y).toBeCloseTo(expected.y, 6);
    }
  });

  it('writes into the object it is given', () => {
    const out = { x: 0, y: 0 };
    expect(screenOfMercator(flatMercatorView(project, center), 0.5, 0.5, out)).toBe(out);
    expect(out.x).not.toBe(0);
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

describe('labelSpots', () => {
  it('puts a partner right of its point only', () => {
    expect(labelSpots(100, 50, 40, 14, 7, false)).toEqual([{ left: 107, top: 43 }]);
  });

  it('gives a hub the right, the left, above, below and the four corners, none of them over its point', () => {
    const spots = labelSpots(100, 50, 40, 14, 10, true);
    expect(spots).toEqual([
      { left: 110, top: 43 },
      { left: 50, top: 43 },
      { left: 80, top: 26 },
      { left: 80, top: 60 },
      { left: 107, top: 29 },
      { left: 107, top: 57 },
      { left: 53, top: 29 },
      { left: 53, top: 57 },
    ]);
    for (const spot of spots) {
      const { x0, y0, x1, y1 } = labelBox(spot, 40, 14);
      const coversPoint = x0 + 2 <= 100 && 100 <= x1 - 2 && y0 + 2 <= 50 && 50 <= y1 - 2;
      expect(coversPoint, JSON.stringify(spot)).toBe(false);
    }
  });

  it('lets the second of two close hubs move aside rather than be hidden', () => {
    const placed = new PlacedBoxes();
    const [first] = labelSpots(100, 50, 60, 18, 10, true);
    expect(placed.tryPlace(labelBox(first!, 60, 18))).toBe(true);
    // A hub 30 px to the right: its name would overlap the first one on the right, left or above; below is free.
    const spots = labelSpots(130, 56, 60, 18, 10, true);
    const free = spots.find((spot) => placed.tryPlace(labelBox(spot, 60, 18)));
    expect(free).toEqual(spots[3]);
  });
});

describe('leastCoveredSpot', () => {
  it('takes the first spot that overlaps nothing', () => {
    const placed = new PlacedBoxes();
    placed.place(labelBox({ left: 110, top: 43 }, 40, 14));
    const spots = labelSpots(100, 50, 40, 14, 10, true);
    expect(leastCoveredSpot(spots, placed, 40, 14)).toEqual({ spot: spots[1], coveredArea: 0 });
  });

  it('with every spot taken, takes the one it overlaps least, not the first', () => {
    const placed = new PlacedBoxes();
    const spots = labelSpots(100, 50, 40, 14, 10, true);
    // Each spot's box, shifted so it still overlaps the spot's by a different amount: the seventh least.
    spots.forEach((spot, index) =>
      placed.place(labelBox({ left: spot.left + (index === 6 ? 38 : 10), top: spot.top }, 40, 14)),
    );
    const found = leastCoveredSpot(spots, placed, 40, 14);
    expect(found?.spot).toEqual(spots[6]);
    expect(found?.coveredArea).toBeGreaterThan(0);
  });

  it('measures the area overlapped, each placed box once however many cells it spans', () => {
    const placed = new PlacedBoxes(8);
    placed.place({ x0: 0, y0: 0, x1: 20, y1: 20 });
    placed.place({ x0: 30, y0: 0, x1: 40, y1: 10 });
    expect(placed.coveredArea({ x0: 10, y0: 10, x1: 35, y1: 30 })).toBe(10 * 10 + 0);
    expect(placed.coveredArea({ x0: 10, y0: 5, x1: 35, y1: 30 })).toBe(10 * 15 + 5 * 5);
  });
});

describe('placeLabel', () => {
  const spots = labelSpots(100, 50, 40, 14, 10, true);
  const crowded = () => {
    const placed = new PlacedBoxes();
    for (const spot of spots) placed.place(labelBox({ left: spot.left + 20, top: spot.top }, 40, 14));
    return placed;
  };

  it('hides a label that has no free place, and marks nothing', () => {
    const placed = crowded();
    expect(placeLabel(spots, placed, 40, 14, false)).toBeNull();
    for (const spot of spots)
      expect(placed.coveredArea(labelBox(spot, 40, 14))).toBe(crowded().coveredArea(labelBox(spot, 40, 14)));
  });

  it('shows a label that is always shown where it overlaps least, and marks it taken', () => {
    const placed = crowded();
    const spot = placeLabel(spots, placed, 40, 14, true);
    expect(spot).toEqual(leastCoveredSpot(spots, crowded(), 40, 14)?.spot);
    expect(placed.coveredArea(labelBox(spot!, 40, 14))).toBeGreaterThan(
      crowded().coveredArea(labelBox(spot!, 40, 14)),
    );
  });

  it('takes the first free place either way', () => {
    const placed = new PlacedBoxes();
    placed.place(labelBox(spots[0]!, 40, 14));
    expect(placeLabel(spots, placed, 40, 14, false)).toEqual(spots[1]);
    expect(placeLabel(spots, placed, 40, 14, true)).toEqual(spots[2]);
  });
});

describe('keepPointsClear', () => {
  const [width, height, gap] = [60, 18, HUB_LABEL_GAP];

  it('keeps a hub name off a hub point just right of its own, and off nothing else', () => {
    const [own, other] = [
      { x: 100, y: 50 },
      { x: 112, y: 51 },
    ];
    const placed = new PlacedBoxes();
    keepPointsClear(placed, [own, other, null], gap / 2);
    const spots = labelSpots(own.x, own.y, width, height, gap, true);
    // Right of its point the name would begin over the other hub's point; left of it, it is clear.
    expect(leastCoveredSpot(spots, placed, width, height)).toEqual({ spot: spots[1], coveredArea: 0 });
  });

  it('never covers the own point from any spot', () => {
    const placed = new PlacedBoxes();
    keepPointsClear(placed, [{ x: 100, y: 50 }], gap / 2);
    for (const spot of labelSpots(100, 50, width, height, gap, true))
      expect(placed.coveredArea(labelBox(spot, width, height)), JSON.stringify(spot)).toBe(0);
  });
});

describe('PlacedBoxes.place', () => {
  it('places a box even over another, and later boxes avoid both', () => {
    const placed = new PlacedBoxes(64);
    placed.place(box(0, 0));
    placed.place(box(10, 5));
    expect(placed.isFree(box(45, 8))).toBe(false);
    expect(placed.isFree(box(60, 8))).toBe(true);
  });
});

describe('coveredBoxes', () => {
  const canvas = { left: 100, top: 50, right: 1380, bottom: 770 };

  it('gives a covering element as a box in the canvas’ pixels', () => {
    const caption = { left: 124, top: 517, right: 860, bottom: 730 };
    expect(coveredBoxes(canvas, [caption])).toEqual([{ x0: 24, y0: 467, x1: 760, y1: 680 }]);
  });

  it('leaves out hidden elements and those beside the canvas', () => {
    const hidden = { left: 0, top: 0, right: 0, bottom: 0 };
    const besideTheMap = { left: 0, top: 50, right: 100, bottom: 770 };
    const below = { left: 200, top: 770, right: 400, bottom: 800 };
    expect(coveredBoxes(canvas, [hidden, besideTheMap, below])).toEqual([]);
  });

  it('keeps partners’ names from under a cover, which no name is placed in', () => {
    const placed = new PlacedBoxes();
    for (const box of coveredBoxes(canvas, [{ left: 100, top: 650, right: 700, bottom: 770 }]))
      placed.place(box);
    const under = labelSpots(300, 650, 80, 14, 7, false);
    expect(placeLabel(under, placed, 80, 14, false)).toBeNull();
    const above = labelSpots(300, 560, 80, 14, 7, false);
    expect(placeLabel(above, placed, 80, 14, false)).not.toBeNull();
  });
});
