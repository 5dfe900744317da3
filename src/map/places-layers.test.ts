import { describe, expect, it } from 'vitest';
import { makeLink } from '../state/test-fixtures.ts';
import { pointFlags, POINT_RING, POINT_SHOWN } from './points/point-layout.ts';
import { hubPoints, indexPartners, partnerIndexOf, stylePartners } from './places-layers.ts';

const colors = new Map([
  ['a', '#111111'],
  ['b', '#222222'],
]);
const paris = { partnerEn: 'Paris', countryIso2: 'FR' };
const links = [
  makeLink({ id: '1', hubId: 'a', ...paris }),
  makeLink({ id: '2', hubId: 'b', ...paris }),
  makeLink({ id: '3', hubId: 'b', partnerEn: 'Lyon', countryIso2: 'FR' }),
];

/** Each partner point's colour (its red byte) and flags, by partner key. */
function stylesByKey(index: ReturnType<typeof indexPartners>) {
  return Object.fromEntries(
    index.layout.keys.map((key, point) => [
      key,
      { red: index.layout.styles[point * 4], flags: pointFlags(index.layout, point) },
    ]),
  );
}

describe('indexPartners and stylePartners', () => {
  it('shows a partner in the colour of its first shown link’s hub, ringed when a second hub links it', () => {
    const index = indexPartners(links);
    expect(index.layout.keys).toEqual(['fr:paris', 'fr:lyon']);
    stylePartners(index, links, colors);
    expect(stylesByKey(index)).toEqual({
      'fr:paris': { red: 0x11, flags: POINT_SHOWN | POINT_RING },
      'fr:lyon': { red: 0x22, flags: POINT_SHOWN },
    });
  });

  it('restyles for another selection: colour of the hub left, no ring, hidden partners', () => {
    const index = indexPartners(links);
    stylePartners(index, links, colors);
    stylePartners(
      index,
      links.filter((link) => link.id === '2'),
      colors,
    );
    expect(stylesByKey(index)).toEqual({
      'fr:paris': { red: 0x22, flags: POINT_SHOWN },
      'fr:lyon': { red: 0x22, flags: 0 },
    });
    stylePartners(index, [], colors);
    expect(Object.values(stylesByKey(index)).map((style) => style.flags)).toEqual([0, 0]);
  });

  it('counts a hub once however many links it has, and finds shown links in any order', () => {
    const more = [
      ...links,
      makeLink({ id: '4', hubId: 'a', ...paris }),
      makeLink({ id: '5', hubId: 'b', partnerEn: 'Lyon', countryIso2: 'FR' }),
    ];
    const index = indexPartners(more);
    const lyonTwiceFromB = [more[4]!, more[2]!];
    stylePartners(index, lyonTwiceFromB, colors);
    expect(stylesByKey(index)['fr:lyon']).toEqual({ red: 0x22, flags: POINT_SHOWN });
    stylePartners(index, [more[3]!, more[0]!], colors);
    expect(stylesByKey(index)['fr:paris'], 'two links, one hub: no ring').toEqual({
      red: 0x11,
      flags: POINT_SHOWN,
    });
  });
});

describe('partnerIndexOf', () => {
  it('indexes a dataset once for points and labels alike, and again for another dataset', () => {
    const index = partnerIndexOf(links);
    expect(partnerIndexOf(links)).toBe(index);
    expect([...index.pointOfLink]).toEqual([0, 0, 1]);
    expect(partnerIndexOf(links.slice(1)).pointOfLink).toEqual(new Int32Array([0, 1]));
  });
});

describe('hubPoints', () => {
  it('shows every hub in its colour, without a ring', () => {
    const layout = hubPoints(
      [
        { id: 'a', nameZh: '甲', nameEn: 'A', lat: 30, lon: 110 },
        { id: 'b', nameZh: '乙', nameEn: 'B', lat: 40, lon: 120 },
      ],
      colors,
    );
    expect(layout.keys).toEqual(['a', 'b']);
    expect([...layout.styles]).toEqual([0x11, 0x11, 0x11, POINT_SHOWN, 0x22, 0x22, 0x22, POINT_SHOWN]);
  });
});
