import { describe, expect, it } from 'vitest';
import { makeLink } from '../state/test-fixtures.ts';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { PartnerPoints, partnerStateChanges, partnerStyles } from './places-layers.ts';

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

/** The few calls PartnerPoints makes of a map, recorded. */
function recordingMap() {
  const calls = { data: [] as unknown[], states: [] as [unknown, unknown][], removed: 0 };
  const map = {
    getSource: () => ({ setData: (data: unknown) => calls.data.push(data) }),
    setFeatureState: (feature: unknown, state: unknown) => calls.states.push([feature, state]),
    removeFeatureState: () => (calls.removed += 1),
  };
  return { map: map as unknown as MapLibreMap, calls };
}

describe('PartnerPoints', () => {
  it('lays out every partner once and sets no state while the whole dataset is shown', () => {
    const { map, calls } = recordingMap();
    const points = new PartnerPoints(map);
    points.show(links, links, colors);
    expect(calls.data).toHaveLength(1);
    expect(calls.states).toEqual([]);
    expect(points.isShown('fr:lyon')).toBe(true);
  });

  it('then states only what a selection changes, and lays out again for new data', () => {
    const { map, calls } = recordingMap();
    const points = new PartnerPoints(map);
    points.show(links, [...links], colors);
    expect(calls.states).toEqual([]);
    points.show(
      links,
      links.filter((link) => link.hubId === 'a'),
      colors,
    );
    expect(calls.states.map(([feature, state]) => [(feature as { id: string }).id, state])).toEqual([
      ['fr:lyon', { shown: false }],
      ['fr:paris', { shown: true, color: '#111111', hubCount: 1 }],
    ]);
    expect(points.isShown('fr:lyon')).toBe(false);
    const other = [makeLink({ id: '9', hubId: 'b', partnerEn: 'Nice', countryIso2: 'FR' })];
    points.show(other, other, colors);
    expect(calls.data).toHaveLength(2);
    expect(calls.removed).toBe(2);
    expect(points.isShown('fr:nice')).toBe(true);
    expect(points.isShown('fr:paris')).toBe(false);
  });
});
