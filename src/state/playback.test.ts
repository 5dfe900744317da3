import { describe, expect, it } from 'vitest';
import { drivePlayback } from './playback.ts';
import type { Timer } from './playback.ts';
import { dated, makeLink, storeWithLinks } from './test-fixtures.ts';

/** A timer the test advances by hand: each tick runs the one pending callback. */
function manualTimer() {
  let pending: { callback: () => void; ms: number } | null = null;
  const timer: Timer = {
    setTimeout: (callback, ms) => {
      pending = { callback, ms };
      return 1;
    },
    clearTimeout: () => {
      pending = null;
    },
  };
  return {
    timer,
    get delay() {
      return pending?.ms ?? null;
    },
    tick() {
      const next = pending;
      pending = null;
      next?.callback();
    },
  };
}

const links = [2000, 2001, 2002].map((year) =>
  makeLink({ id: String(year), hubId: 'a', partnerEn: `P${year}`, countryIso2: 'FR', date: dated(year) }),
);

describe('drivePlayback', () => {
  it('starts from the first year and grows the range one year per tick, then stops', () => {
    const store = storeWithLinks(links);
    const clock = manualTimer();
    drivePlayback(store, clock.timer);
    store.getState().setPlaying(true);
    expect(store.getState().filters.yearTo).toBe(2000);
    clock.tick();
    expect(store.getState().filters.yearTo).toBe(2001);
    clock.tick();
    expect(store.getState().filters.yearTo).toBe(2002);
    clock.tick();
    expect(store.getState().playback.playing).toBe(false);
    expect(clock.delay).toBeNull();
  });

  it('loops back to the first year when loop is on', () => {
    const store = storeWithLinks(links);
    const clock = manualTimer();
    drivePlayback(store, clock.timer);
    store.getState().setPlaybackLoop(true);
    store.getState().setFilters({ yearTo: 2002 });
    store.getState().setPlaying(true);
    expect(store.getState().filters.yearTo).toBe(2000);
    clock.tick();
    clock.tick();
    expect(store.getState().filters.yearTo).toBe(2002);
    clock.tick();
    expect(store.getState().filters.yearTo).toBe(2000);
    expect(store.getState().playback.playing).toBe(true);
  });

  it('steps faster at a higher speed', () => {
    const store = storeWithLinks(links);
    const clock = manualTimer();
    drivePlayback(store, clock.timer);
    store.getState().setPlaybackSpeed(4);
    store.getState().setPlaying(true);
    expect(clock.delay).toBe(250);
  });

  it('pausing cancels the pending step', () => {
    const store = storeWithLinks(links);
    const clock = manualTimer();
    drivePlayback(store, clock.timer);
    store.getState().setPlaying(true);
    store.getState().setPlaying(false);
    expect(clock.delay).toBeNull();
  });
});
