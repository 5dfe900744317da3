import { describe, expect, it } from 'vitest';
import { postEventsToParent } from './parent-events.ts';
import type { ParentEvent } from './parent-events.ts';
import { dated, makeLink, storeWithLinks } from './test-fixtures.ts';

function recordingParent() {
  const events: ParentEvent[] = [];
  return { events, postMessage: (message: unknown) => events.push(message as ParentEvent) };
}

describe('postEventsToParent', () => {
  const links = [
    makeLink({
      id: 'a1',
      hubId: 'a',
      partnerEn: 'One',
      countryIso2: 'JP',
      region: 'east-asia',
      date: dated(2001),
    }),
    makeLink({
      id: 'b1',
      hubId: 'b',
      partnerEn: 'Two',
      countryIso2: 'FR',
      region: 'europe',
      date: dated(2010),
    }),
  ];

  it('posts ready with the current selection, then one selection event per change', () => {
    const store = storeWithLinks(links);
    const parent = recordingParent();
    let query = '?lang=zh';
    postEventsToParent(store, parent, () => query);
    expect(parent.events).toHaveLength(1);
    expect(parent.events[0]).toMatchObject({
      source: 'sister-city-map',
      type: 'ready',
      selection: { query: '?lang=zh', links: 2, partners: 2, countries: 2, regions: 2, partner: null },
    });

    query = '?lang=zh&hubs=a';
    store.getState().toggleFilterValue('hubs', 'b');
    expect(parent.events).toHaveLength(2);
    expect(parent.events[1]).toMatchObject({
      type: 'selection',
      selection: { query, links: 1, countries: 1 },
    });
    expect(parent.events[1]?.selection.perHub).toEqual([
      { id: 'a', links: 1, partners: 1, countries: 1 },
      { id: 'b', links: 0, partners: 0, countries: 0 },
    ]);

    store.getState().setLang('en');
    expect(parent.events).toHaveLength(2);
  });

  it('stops posting when disposed', () => {
    const store = storeWithLinks(links);
    const parent = recordingParent();
    const dispose = postEventsToParent(store, parent, () => '');
    dispose();
    store.getState().selectPartner('jp:one');
    expect(parent.events).toHaveLength(1);
  });
});
