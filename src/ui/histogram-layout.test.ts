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
  it('stacks each year bottom-up in hub order, the tallest year filling the height', () => {
    const layout = layoutHistogram([bin(2000, [1, 3]), bin(2001, [0, 2])], 2, 185, 40);
    expect(layout.step).toBeCloseTo(100);
    expect(layout.barWidth).toBeCloseTo(85);
    expect(rectangles(layout.hubPaths[0]!)).toEqual([[0, 30, 85, 10]]);
    expect(rectangles(layout.hubPaths[1]!)).toEqual([
      [0, 0, 85, 30],
      [100, 20, 85, 20],
    ]);
  });

  it('leaves a hub with no links without a path, and copes with no links at all', () => {
    expect(layoutHistogram([bin(2000, [0, 2])], 2, 100, 10).hubPaths[0]).toBe('');
    expect(layoutHistogram([bin(2000, [0, 0])], 2, 100, 10).hubPaths).toEqual(['', '']);
    expect(layoutHistogram([], 4, 100, 10).hubPaths).toEqual(['', '', '', '']);
  });
});
