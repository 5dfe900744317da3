import { describe, expect, it } from 'vitest';
import { makeLink } from '../state/test-fixtures.ts';
import { forEachLinkIndex } from './link-indices.ts';

const links = ['a', 'b', 'c', 'd'].map((id) =>
  makeLink({ id, hubId: 'h', partnerEn: id, countryIso2: 'FR' }),
);
const indicesOf = (subset: typeof links) => {
  const found: number[] = [];
  forEachLinkIndex(links, subset, (index) => found.push(index));
  return found;
};

describe('forEachLinkIndex', () => {
  it('finds the links of a filtered subset in the dataset', () => {
    expect(indicesOf(links.filter((link) => link.id !== 'b'))).toEqual([0, 2, 3]);
    expect(indicesOf([])).toEqual([]);
  });

  it('finds links given in another order, and skips links not in the dataset', () => {
    const stranger = makeLink({ id: 'z', hubId: 'h', partnerEn: 'z', countryIso2: 'FR' });
    expect(indicesOf([links[2]!, links[0]!, stranger, links[3]!])).toEqual([2, 0, 3]);
  });
});
