import { describe, expect, it } from 'vitest';
import { createManualClock } from './manual-clock.ts';
import { createAppStore } from './store.ts';
import type { AppMode } from './app-mode.ts';
import { bindViewToHistory } from './url-history.ts';

/** Just enough of a window for the binding: a location, a history that records calls, timers, events. */
function fakeWindow(search: string) {
  const clock = createManualClock(0);
  const calls: Array<{ kind: 'push' | 'replace'; url: string }> = [];
  const location = { pathname: '/map/', search, hash: '' };
  const write = (kind: 'push' | 'replace') => (_state: unknown, _title: string, url: string) => {
    calls.push({ kind, url });
    location.search = url.slice(url.indexOf('?'));
  };
  const win = {
    location,
    history: { pushState: write('push'), replaceState: write('replace') },
    setTimeout: (callback: () => void, ms: number) => clock.setTimeout(callback, ms),
    clearTimeout: (handle: number) => clock.clearTimeout(handle),
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  return { win: win as unknown as Window, calls, clock, location };
}

const kiosk: AppMode = {
  kind: 'kiosk',
  embed: false,
  idleSeconds: 60,
  reloadAt: null,
  dataUrl: null,
  timeScale: 1,
};

describe('bindViewToHistory', () => {
  it('pushes a history entry for a deliberate change on a normal page, just after the change', () => {
    const store = createAppStore();
    const { win, calls, clock } = fakeWindow('?lang=en');
    bindViewToHistory(store, win);
    store.getState().setFilters({ yearTo: 2000 });
    expect(calls, 'not while the change is being drawn').toEqual([]);
    clock.advance(150);
    expect(calls).toEqual([{ kind: 'push', url: '/map/?lang=en&to=2000' }]);
  });

  it('gives a quick burst of changes one entry, and a camera move no entry of its own', () => {
    const store = createAppStore();
    const { win, calls, clock } = fakeWindow('?lang=en');
    bindViewToHistory(store, win);
    store.getState().setFilters({ yearTo: 2000 });
    store.getState().setFilters({ yearFrom: 1990 });
    clock.advance(150);
    store.getState().setCamera({ center: [100, 30], zoom: 3 });
    clock.advance(150);
    expect(calls.map((call) => call.kind)).toEqual(['push', 'replace']);
    expect(calls[0]?.url).toBe('/map/?lang=en&from=1990&to=2000');
    expect(calls[1]?.url).toContain('zoom=3');
  });

  it('keeps one history entry for a whole playback run', () => {
    const store = createAppStore();
    const { win, calls, clock } = fakeWindow('?lang=en');
    bindViewToHistory(store, win);
    store.getState().setFilters({ yearTo: 1990 });
    clock.advance(150);
    store.getState().setPlaying(true);
    for (let year = 1991; year <= 2000; year += 1) {
      store.getState().setFilters({ yearTo: year });
      clock.advance(150);
    }
    store.getState().setPlaying(false);
    store.getState().setFilters({ yearTo: 1999 });
    clock.advance(150);
    expect(calls.map((call) => call.kind)).toEqual(['push', ...Array<string>(10).fill('replace'), 'push']);
    expect(calls[10]?.url).toBe('/map/?lang=en&to=2000');
  });

  it('writes nothing when a burst of changes ends where it began', () => {
    const store = createAppStore();
    const { win, calls, clock } = fakeWindow('?lang=en');
    bindViewToHistory(store, win);
    store.getState().setFilters({ yearTo: 2000 });
    store.getState().setFilters({ yearTo: null });
    clock.advance(150);
    expect(calls).toEqual([]);
  });

  it('in a kiosk, reads the URL and never writes it: a restored tab comes back to the home view', () => {
    const store = createAppStore({ mode: kiosk });
    const { win, calls, clock, location } = fakeWindow('?mode=kiosk&idle=30&lang=en&to=2010');
    bindViewToHistory(store, win);
    expect(store.getState().filters.yearTo, 'the home view comes from the URL').toBe(2010);
    for (let year = 1990; year <= 2020; year += 1) store.getState().setFilters({ yearTo: year });
    store.getState().setCamera({ center: [100, 30], zoom: 3 });
    clock.advance(60_000);
    expect(calls).toEqual([]);
    expect(location.search).toBe('?mode=kiosk&idle=30&lang=en&to=2010');
  });
});
