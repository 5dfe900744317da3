import type { AppStore } from './store.ts';
import { selectYearDomain } from './timeline.ts';

export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

/** One year per second at 1×. */
const BASE_STEP_MS = 1000;

const firstYearOf = (yearFrom: number | null, domain: readonly [number, number]) =>
  Math.max(domain[0], yearFrom ?? domain[0]);

export interface Timer {
  setTimeout: (callback: () => void, ms: number) => number;
  clearTimeout: (handle: number) => void;
}

/**
 * Drives "play": the network grows year by year (the upper year handle advances; links stay once signed).
 * It starts from the first year when the range is already at the end, and loops or stops at the last year.
 */
export function drivePlayback(store: AppStore, timer: Timer = window): () => void {
  let handle: number | null = null;
  const stop = () => {
    if (handle !== null) timer.clearTimeout(handle);
    handle = null;
  };
  const step = () => {
    const state = store.getState();
    const domain = selectYearDomain(state);
    if (!domain || !state.playback.playing) return stop();
    const current = state.filters.yearTo ?? domain[1];
    if (current >= domain[1]) {
      if (!state.playback.loop) return state.setPlaying(false);
      state.setFilters({ yearTo: firstYearOf(state.filters.yearFrom, domain) });
    } else {
      state.setFilters({ yearTo: current + 1 });
    }
    schedule();
  };
  const schedule = () => {
    stop();
    handle = timer.setTimeout(step, BASE_STEP_MS / store.getState().playback.speed);
  };
  const unsubscribe = store.subscribe(
    (state) => state.playback,
    (playback, previous) => {
      if (!playback.playing) return stop();
      if (!previous.playing) {
        const state = store.getState();
        const domain = selectYearDomain(state);
        if (domain && (state.filters.yearTo ?? domain[1]) >= domain[1]) {
          state.setFilters({ yearTo: firstYearOf(state.filters.yearFrom, domain) });
        }
      }
      schedule();
    },
  );
  return () => {
    stop();
    unsubscribe();
  };
}
