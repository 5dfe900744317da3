import { describe, expect, it } from 'vitest';
import { better, median, range, ratio } from './stats.ts';

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });

  it('skips missing and non-finite values, and is null when nothing is left', () => {
    expect(median([null, 2, Number.NaN, 4, null])).toBe(3);
    expect(median([null, Number.NaN])).toBeNull();
    expect(median([])).toBeNull();
  });
});

describe('range', () => {
  it('gives the smallest and largest finite value', () => {
    expect(range([3, null, 1, 7])).toEqual([1, 7]);
    expect(range([null])).toBeNull();
  });
});

describe('ratio', () => {
  it('divides app by baseline', () => {
    expect(ratio(50, 200)).toBe(0.25);
  });

  it('is null when a side is missing or the baseline is zero', () => {
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(2, null)).toBeNull();
    expect(ratio(2, 0)).toBeNull();
  });
});

describe('better', () => {
  const values = [
    { page: 'geojson', value: 300 },
    { page: 'deckgl', value: 200 },
    { page: 'other', value: null },
  ];

  it('picks the lowest cost or the highest rate', () => {
    expect(better(values, 'lower')).toEqual({ page: 'deckgl', value: 200 });
    expect(better(values, 'higher')).toEqual({ page: 'geojson', value: 300 });
  });

  it('is null when no baseline has the figure', () => {
    expect(better([{ page: 'geojson', value: null }], 'lower')).toBeNull();
  });
});
