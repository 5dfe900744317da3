import { describe, expect, it } from 'vitest';
import { smallest } from './smallest.ts';

interface Item {
  key: number;
  id: number;
}

const byKey = (a: Item, b: Item) => a.key - b.key;

/** Items with many equal keys, in a scrambled order. */
const items: Item[] = Array.from({ length: 500 }, (_, id) => ({ key: (id * 7919) % 37, id }));

describe('smallest', () => {
  it.each([1, 5, 36, 100, 499])('gives the first %i of a stable sort, ties in input order', (count) => {
    expect(smallest(items, count, byKey)).toEqual([...items].sort(byKey).slice(0, count));
  });

  it('sorts everything when asked for as many or more', () => {
    expect(smallest(items, 500, byKey)).toEqual([...items].sort(byKey));
    expect(smallest(items, Infinity, byKey)).toHaveLength(500);
  });

  it('gives nothing for a count of zero, and leaves the input as it was', () => {
    const before = [...items];
    expect(smallest(items, 0, byKey)).toEqual([]);
    smallest(items, 10, byKey);
    expect(items).toEqual(before);
  });

  it('compares far fewer times than a full sort for a short list of many', () => {
    let comparisons = 0;
    const many = Array.from({ length: 20_000 }, (_, id) => ({ key: (id * 104_729) % 20_011, id }));
    smallest(many, 50, (a, b) => (comparisons++, byKey(a, b)));
    expect(comparisons).toBeLessThan(3 * many.length);
  });
});
