import { describe, expect, it } from 'vitest';
import { selectWorldCopies } from './world-copies.ts';

describe('selectWorldCopies', () => {
  it('draws only the main world when the view lies inside the data', () => {
    expect(selectWorldCopies(0.1, 1.4, 0.7, 0.9)).toEqual([0]);
  });

  it('adds the copy to the west when a Pacific-centred view reaches the Americas past 180°', () => {
    // Data from China (x ≈ 0.8) to the Americas unwrapped (x ≈ 1.3); views around 150° E and 180°.
    expect(selectWorldCopies(0.55, 1.3, 0.6, 1.2)).toEqual([0]);
    expect(selectWorldCopies(0.0, 1.3, 0.6, 1.2)).toEqual([0, 1]);
    expect(selectWorldCopies(0.55, 1.3, 1.2, 1.6)).toEqual([0, 1]);
    expect(selectWorldCopies(0.55, 1.3, -0.3, 0.3)).toEqual([-1]);
  });

  it('orders copies nearest first and caps how many it returns', () => {
    expect(selectWorldCopies(0, 1, -2.5, 3.5)).toEqual([0, -1, 1, -2, 2]);
    expect(selectWorldCopies(0, 1, -2.5, 3.5, 3)).toEqual([0, -1, 1]);
  });

  it('returns nothing for a view that is not a number', () => {
    expect(selectWorldCopies(0, 1, Number.NaN, Number.NaN)).toEqual([]);
  });
});
