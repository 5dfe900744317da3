import { describe, expect, it } from 'vitest';
import { countdownMsFor, driveAttractLoop } from './attract-loop.ts';
import type { InputSource } from './attract-loop.ts';
import { createManualClock } from './manual-clock.ts';
import { dated, makeLink, storeWithLinks } from './test-fixtures.ts';
import { DEFAULT_FILTERS } from './view-state.ts';
import type { ViewState } from './view-state.ts';

const links = [
  makeLink({ id: 'a-x', hubId: 'a', partnerEn: 'X', countryIso2: 'FR', date: dated(1990), lon: 2, lat: 48 }),
  makeLink({ id: 'b-y', hubId: 'b', partnerEn: 'Y', countryIso2: 'DE', date: dated(2005), lon: 13, lat: 52 }),
];

const home: ViewState = {
  lang: 'en',
  labels: 'lang',
  theme: 'default',
  projection: 'mercator',
  filters: DEFAULT_FILTERS,
  partner: null,
  camera: { center: [140, 28], zoom: 2 },
};

function fakeInput() {
  const listeners = new Set<() => void>();
  const source: InputSource = {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { source, touch: () => listeners.forEach((listener) => listener()), listeners };
}

function setup(idleMs = 30_000) {
  const store = storeWithLinks(links);
  store.getState().applyViewState(home);
  const clock = createManualClock(0);
  const input = fakeInput();
  const stop = driveAttractLoop(store, {
    clock,
    input: input.source,
    idleMs,
    home,
    measureViewport: () => ({ width: 1000, height: 500 }),
  });
  return { store, clock, input, stop, attract: () => store.getState().attract };
}

describe('countdownMsFor', () => {
  it('counts down the last 10 s, or the last half of a short idle time', () => {
    expect(countdownMsFor(60_000)).toBe(10_000);
    expect(countdownMsFor(5_000)).toBe(3_000);
  });
});

describe('driveAttractLoop', () => {
  it('stays idle, then counts down the last seconds, then starts the tour', () => {
    const { clock, attract } = setup(30_000);
    expect(attract()).toEqual({ phase: 'idle' });
    clock.advance(19_999);
    expect(attract().phase).toBe('idle');
    clock.advance(1);
    expect(attract()).toEqual({ phase: 'countdown', secondsLeft: 10 });
    clock.advance(1000);
    expect(attract()).toEqual({ phase: 'countdown', secondsLeft: 9 });
    clock.advance(8999);
    expect(attract()).toEqual({ phase: 'countdown', secondsLeft: 1 });
    clock.advance(1);
    expect(attract()).toMatchObject({ phase: 'running', step: 0 });
  });

  it('shows the first step: the first year, its filters and a camera on it', () => {
    const { store, clock, attract } = setup();
    clock.advance(30_000);
    expect(attract()).toEqual({
      phase: 'running',
      step: 0,
      caption: { kind: 'signings', year: 1990, hubId: 'a', newPartners: 1 },
    });
    const state = store.getState();
    expect(state.filters).toMatchObject({ yearTo: 1990, includeUndated: false });
    // Between hub a (110°E) and Paris (2°E).
    expect(state.camera?.center[0]).toBeCloseTo(56, 0);
  });

  it('moves on step by step and starts over after the last', () => {
    const { clock, attract } = setup();
    clock.advance(30_000);
    const seen: unknown[] = [];
    for (let i = 0; i < 60; i += 1) {
      const current = attract();
      if (current.phase === 'running') seen.push(current.caption);
      clock.advance(1000);
    }
    const kinds = seen.map((caption) => (caption as { kind: string }).kind);
    expect(new Set(kinds)).toEqual(new Set(['signings', 'overview', 'hub', 'region']));
    clock.advance(10 * 60_000);
    expect(attract().phase).toBe('running');
  });

  it('still counts down the last second when its timer wakes up late', () => {
    const store = storeWithLinks(links);
    const clock = createManualClock(0);
    const late = {
      ...clock,
      setTimeout: (callback: () => void, ms: number) => clock.setTimeout(callback, ms + 15_000),
    };
    const phases: string[] = [];
    store.subscribe((state) => phases.push(state.attract.phase));
    driveAttractLoop(store, {
      clock: late,
      input: fakeInput().source,
      idleMs: 30_000,
      home,
      measureViewport: () => ({ width: 1000, height: 500 }),
    });
    clock.advance(60_000);
    expect(phases.filter((phase, i) => phase !== phases[i - 1])).toEqual(['idle', 'countdown', 'running']);
  });

  it('goes back to idle on input during the countdown and waits the whole idle time again', () => {
    const { clock, input, attract } = setup(30_000);
    clock.advance(25_000);
    expect(attract().phase).toBe('countdown');
    input.touch();
    expect(attract()).toEqual({ phase: 'idle' });
    clock.advance(29_999);
    expect(attract().phase).toBe('countdown');
    clock.advance(1);
    expect(attract().phase).toBe('running');
  });

  it('keeps postponing while a visitor is active', () => {
    const { clock, input, attract } = setup(30_000);
    for (let i = 0; i < 100; i += 1) {
      clock.advance(5_000);
      input.touch();
    }
    expect(attract()).toEqual({ phase: 'idle' });
  });

  it('stops the tour on input and gives the home view back at once', () => {
    const { store, clock, input, attract } = setup();
    store.getState().setLang('zh');
    clock.advance(30_000 + 1_000);
    expect(store.getState().filters).not.toEqual(DEFAULT_FILTERS);
    input.touch();
    expect(attract()).toEqual({ phase: 'idle' });
    const state = store.getState();
    expect(state.filters).toBe(home.filters);
    expect(state.camera).toBe(home.camera);
    expect(state.lang).toBe('en');
    expect(state.partner).toBeNull();
  });

  it('stops playback and closes a card when the tour starts', () => {
    const { store, clock } = setup();
    store.getState().setPlaying(true);
    store.getState().selectPartner('fr:x');
    clock.advance(30_000);
    expect(store.getState().playback.playing).toBe(false);
    expect(store.getState().partner).toBeNull();
  });

  it('runs for a day with one timer and one input listener, reusing the planned steps', () => {
    const { store, clock, input, stop } = setup(10_000);
    clock.advance(10_000);
    const firstStepFilters = store.getState().filters;
    for (let hour = 0; hour < 24; hour += 1) {
      clock.advance(59 * 60_000);
      input.touch();
      clock.advance(60_000);
      expect(clock.pendingCount()).toBe(1);
      expect(input.listeners.size).toBe(1);
    }
    input.touch();
    clock.advance(10_000);
    expect(store.getState().filters).toBe(firstStepFilters);
    stop();
    expect(clock.pendingCount()).toBe(0);
    expect(input.listeners.size).toBe(0);
  });
});
