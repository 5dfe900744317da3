import { describe, expect, it, vi } from 'vitest';
import type { Story, StoryStepView } from '../data/index.ts';
import { createManualClock } from './manual-clock.ts';
import { bindStoryToHistory } from './story-history.ts';
import { createAppStore } from './store.ts';
import { ALL_STORY_VIEW, makeLink } from './test-fixtures.ts';
import { bindViewToHistory } from './url-history.ts';

const VIEW: StoryStepView = { ...ALL_STORY_VIEW, camera: { center: [100, 20], zoom: 2 } };

const STORY: Story = {
  steps: [
    { id: 'all', title: { zh: '全部', en: 'All' }, caption: { zh: '', en: '' }, view: VIEW },
    {
      id: 'b',
      title: { zh: '乙', en: 'B' },
      caption: { zh: '', en: '' },
      view: { ...VIEW, hubs: ['b'], from: 2000 },
    },
    {
      id: 'fit',
      title: { zh: '适', en: 'Fit' },
      caption: { zh: '', en: '' },
      view: { ...VIEW, camera: 'fit' },
    },
  ],
};

/** Just enough of `window` for the URL bindings: a location that history entries move, and timers. */
function fakeWindow(search: string) {
  const clock = createManualClock(0);
  const entries = [search];
  let current = 0;
  const listeners: Array<() => void> = [];
  const location = { pathname: '/', hash: '', search };
  const move = (url: string, replace: boolean) => {
    const next = url.slice(url.indexOf('?'));
    if (replace) entries[current] = next;
    else entries.splice(++current, entries.length, next);
    location.search = next;
  };
  const win = {
    location,
    history: {
      pushState: vi.fn((_: unknown, __: string, url: string) => move(url, false)),
      replaceState: vi.fn((_: unknown, __: string, url: string) => move(url, true)),
    },
    setTimeout: (callback: () => void, ms: number) => clock.setTimeout(callback, ms),
    clearTimeout: (handle: number) => clock.clearTimeout(handle),
    addEventListener: (type: string, listener: () => void) => type === 'popstate' && listeners.push(listener),
    removeEventListener: () => undefined,
  };
  const back = () => {
    location.search = entries[--current] ?? '';
    listeners.forEach((listener) => listener());
  };
  /** Lets the view binding's deferred URL write happen, if it has one to make. */
  const settle = () => clock.advance(1000);
  return { win: win as unknown as Window, history: win.history, location, back, settle };
}

function setUp(search: string) {
  const store = createAppStore({
    mode: {
      kind: new URLSearchParams(search).get('mode') === 'present' ? 'present' : 'normal',
      embed: false,
      idleSeconds: 60,
      reloadAt: null,
      dataUrl: null,
      timeScale: 1,
    },
  });
  store.getState().setDataset({
    hubs: [
      { id: 'a', nameZh: '甲', nameEn: 'A', lat: 30, lon: 110 },
      { id: 'b', nameZh: '乙', nameEn: 'B', lat: 40, lon: 120 },
    ],
    links: [makeLink({ id: '1', hubId: 'a', partnerEn: 'Paris', countryIso2: 'FR' })],
    claims: [],
    countryNames: {},
  });
  const fake = fakeWindow(search);
  bindViewToHistory(store, fake.win);
  bindStoryToHistory(store, STORY, fake.win);
  return { store, ...fake };
}

describe('bindStoryToHistory', () => {
  it('opens the step the URL names, with its view, without adding a history entry', () => {
    const { store, history, location, settle } = setUp('?mode=present&step=2&lang=en');
    settle();
    expect(store.getState().storyStep).toBe(1);
    expect(store.getState().filters).toMatchObject({ hubs: ['b'], yearFrom: 2000 });
    expect(history.pushState).not.toHaveBeenCalled();
    expect(location.search).toMatch(/^\?mode=present&step=2&lang=en&hubs=b&from=2000&center=100.000,20.000/);
  });

  it('pushes exactly one entry per step, and going back restores the previous step and its view', () => {
    const { store, history, location, back, settle } = setUp('?mode=present&step=1&lang=en');
    store.getState().showStoryStep(1);
    settle();
    expect(history.pushState).toHaveBeenCalledTimes(1);
    expect(location.search).toContain('step=2');
    expect(location.search).toContain('hubs=b');
    back();
    expect(store.getState().storyStep).toBe(0);
    expect(store.getState().filters.hubs).toBeNull();
    expect(location.search).toContain('step=1');
  });

  it('keeps the camera move that follows a step in the entry of that step', () => {
    const { store, history, location, settle } = setUp('?mode=present&step=1&lang=en');
    store.getState().showStoryStep(2);
    store.getState().setCamera({ center: [10, 50], zoom: 4 });
    settle();
    expect(history.pushState).toHaveBeenCalledTimes(1);
    expect(location.search).toContain('step=3');
    expect(location.search).toContain('zoom=4.00');
  });

  it('asks the map to frame the selection for a step without a camera', () => {
    const { store } = setUp('?mode=present&step=1');
    const before = store.getState().fitRequest;
    store.getState().showStoryStep(2);
    expect(store.getState().fitRequest).toBe(before + 1);
  });

  it('leaves present mode with the same view, and back re-enters it', () => {
    const { store, history, location, back, settle } = setUp('?mode=present&step=2&lang=en');
    store.getState().leavePresentMode();
    settle();
    expect(history.pushState).toHaveBeenCalledTimes(1);
    expect(location.search).not.toMatch(/mode=|step=/);
    expect(location.search).toContain('hubs=b');
    expect(store.getState().filters.hubs).toEqual(['b']);
    back();
    expect(store.getState().mode.kind).toBe('present');
    expect(store.getState().storyStep).toBe(1);
  });

  it('enters present mode at the first step from the normal app', () => {
    const { store, location } = setUp('?lang=en&hubs=a');
    expect(store.getState().mode.kind).toBe('normal');
    store.getState().enterPresentMode();
    expect(location.search).toMatch(/mode=present&step=1/);
    expect(store.getState().filters.hubs).toBeNull();
  });
});
