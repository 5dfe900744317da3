import { describe, expect, it } from 'vitest';
import { layoutHistogram } from './histogram-layout.ts';

const bin = (year: number, byHub: number[]) => ({
  year,
  byHub,
  total: byHub.reduce((sum, count) => sum + count, 0),
});

/** The rectangles of one hub's path, as [x, y, width, height]. */
const rectangles = (path: string) =>
  [...path.matchAll(/M([\d.]+) ([\d.]+)h([\d.]+)v([\d.]+)h-[\d.]+z/g)].map((match) =>
    match.slice(1).map(Number),
  );

describe('layoutHistogram', () => {
  // Two years 100 units apart, bars 85 wide (a gap of 15 %), the taller year 4 links high.
  const twoYears = [bin(2000, [1, 3]), bin(2001, [0, 2])];

  it('stacks each year bottom-up in hub order, the tallest year filling the height', () => {
    const layout = layoutHistogram(twoYears, 2, 185, 40, 2000, 2001);
    expect(rectangles(layout.inRange[0]!)).toEqual([[0, 30, 85, 10]]);
    expect(rectangles(layout.inRange[1]!)).toEqual([
      [0, 0, 85, 30],
      [100, 20, 85, 20],
    ]);
    expect(layout.outOfRange).toEqual(['', '']);
  });

  it('puts the years outside the range in paths of their own, laid out alike', () => {
    const layout = layoutHistogram(twoYears, 2, 185, 40, 2001, 2001);
    expect(rectangles(layout.outOfRange[0]!)).toEqual([[0, 30, 85, 10]]);
    expect(rectangles(layout.outOfRange[1]!)).toEqual([[0, 0, 85, 30]]);
    expect(layout.inRange[0]).toBe('');
    expect(rectangles(layout.inRange[1]!)).toEqual([[100, 20, 85, 20]]);
  });

  it('leaves a hub with no links without a path, and copes with no links at all', () => {
    expect(layoutHistogram([bin(2000, [0, 2])], 2, 100, 10, 2000, 2000).inRange[0]).toBe('');
    expect(layoutHistogram([bin(2000, [0, 0])], 2, 100, 10, 2000, 2000).inRange).toEqual(['', '']);
    expect(layoutHistogram([], 4, 100, 10, 2000, 2000).inRange).toEqual(['', '', '', '']);
  });
});
