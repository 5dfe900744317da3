import { describe, expect, it } from 'vitest';
import { makeLink } from '../state/test-fixtures.ts';
import { partnerStateChanges, partnerStyles } from './places-layers.ts';

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
