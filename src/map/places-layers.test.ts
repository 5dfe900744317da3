import { describe, expect, it } from 'vitest';
import { makeLink } from '../state/test-fixtures.ts';
import { layoutPoints, pointFlags, POINT_RING, POINT_SHOWN } from './points/point-layout.ts';
import { applyPartnerStates, hubPoints, partnerStateChanges, partnerStyles } from './places-layers.ts';

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

describe('partnerStyles', () => {
  it('gives a partner its first hub’s colour and counts every hub linked to it', () => {
    const styles = partnerStyles(links, colors);
    expect([...styles.keys()]).toEqual(['fr:paris', 'fr:lyon']);
    expect(styles.get('fr:paris')).toMatchObject({ color: '#111111', hubCount: 2 });
    expect(styles.get('fr:lyon')).toMatchObject({ color: '#222222', hubCount: 1 });
  });

  it('counts a hub once however many links it has to the partner', () => {
    const more = [
      ...links,
      makeLink({ id: '4', hubId: 'a', ...paris }),
      makeLink({ id: '5', hubId: 'b', partnerEn: 'Lyon', countryIso2: 'FR' }),
      makeLink({ id: '6', hubId: 'c', ...paris }),
      makeLink({ id: '7', hubId: 'c', ...paris }),
    ];
    const styles = partnerStyles(more, colors);
    expect(styles.get('fr:paris')).toMatchObject({ color: '#111111', hubCount: 3 });
    expect(styles.get('fr:lyon')).toMatchObject({ hubCount: 1 });
  });
});

describe('partnerStateChanges', () => {
  it('touches only the partners that leave, come or change style', () => {
    const all = partnerStyles(links, colors);
    const onlyHubB = partnerStyles(
      links.filter((link) => link.hubId === 'b'),
      colors,
    );
    expect(partnerStateChanges(new Map(), all)).toEqual([
      ['fr:paris', { shown: true, color: '#111111', hubCount: 2 }],
      ['fr:lyon', { shown: true, color: '#222222', hubCount: 1 }],
    ]);
    expect(partnerStateChanges(all, onlyHubB)).toEqual([
      ['fr:paris', { shown: true, color: '#222222', hubCount: 1 }],
    ]);
    expect(partnerStateChanges(onlyHubB, new Map())).toEqual([
      ['fr:paris', { shown: false }],
      ['fr:lyon', { shown: false }],
    ]);
    expect(partnerStateChanges(all, all)).toEqual([]);
  });
});

describe('applyPartnerStates', () => {
  it('writes the changes into the laid-out styles: colour, ring for several hubs, hidden', () => {
    const layout = layoutPoints(['fr:paris', 'fr:lyon', 'fr:nice'].map((key) => ({ key, lon: 2, lat: 48 })));
    applyPartnerStates(layout, partnerStateChanges(new Map(), partnerStyles(links, colors)));
    expect([...layout.styles]).toEqual([
      0x11,
      0x11,
      0x11,
      POINT_SHOWN | POINT_RING,
      0x22,
      0x22,
      0x22,
      POINT_SHOWN,
      0,
      0,
      0,
      0,
    ]);
    applyPartnerStates(layout, [['fr:paris', { shown: false }]]);
    expect(pointFlags(layout, 0)).toBe(0);
    expect(pointFlags(layout, 1)).toBe(POINT_SHOWN);
  });

  it('ignores partners that are not laid out', () => {
    const layout = layoutPoints([]);
    expect(() => applyPartnerStates(layout, [['xx:nowhere', { shown: true, color: '#fff' }]])).not.toThrow();
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
