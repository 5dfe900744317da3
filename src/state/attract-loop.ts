import { fitCameraToBox } from '../geo/fit-camera.ts';
import { buildAttractTour } from './attract-tour.ts';
import type { TourStep } from './attract-tour.ts';
import type { Clock } from './clock.ts';
import { selectDataset } from './selectors.ts';
import type { AppStore } from './store.ts';
import type { ViewState } from './view-state.ts';

/** Anything that tells the loop a visitor is there (pointer, touch, key, wheel in the browser). */
export interface InputSource {
  subscribe(onInput: () => void): () => void;
}

export interface AttractLoopOptions {
  clock: Clock;
  input: InputSource;
  /** Time without input before the tour starts, ms; the countdown is its last part. */
  idleMs: number;
  /** The view a visitor gets back, and the selection the tour stays within: the kiosk's own URL. */
  home: ViewState;
  /** The map's size in CSS pixels, and how much of its bottom the captions cover, to frame each step. */
  measureViewport: () => { width: number; height: number; bottomInset?: number };
}

const LONGEST_COUNTDOWN_MS = 10_000;
const MIN_COUNTDOWN_MS = 1000;
const STEP_MAX_ZOOM = 5;

/** The visible countdown: the last 10 s of the idle time, or its last half when that is shorter. */
export function countdownMsFor(idleMs: number): number {
  return Math.min(LONGEST_COUNTDOWN_MS, Math.ceil(idleMs / 2000) * 1000);
}

/**
 * The kiosk's attract loop: idle → countdown → running, and back to idle on any input, with the view reset to
 * `home`. It keeps one timer and one input subscription for its whole life and plans the tour once per
 * dataset, so it can cycle for days without growing.
 */
export function driveAttractLoop(store: AppStore, options: AttractLoopOptions): () => void {
  const { clock, idleMs, home } = options;
  const countdownMs = countdownMsFor(idleMs);
  let lastInputAt = clock.now();
  let timer: number | null = null;
  let stepIndex = 0;
  /** Set while the countdown is showing: when it ends. */
  let countdownEndsAt: number | null = null;
  let tour: { dataset: unknown; steps: readonly TourStep[] } | null = null;

  const schedule = (callback: () => void, ms: number) => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = clock.setTimeout(() => {
      timer = null;
      callback();
    }, ms);
  };
  const phase = () => store.getState().attract.phase;
  const goHome = () =>
    store.getState().applyViewState({
      lang: home.lang,
      labels: home.labels,
      theme: home.theme,
      projection: home.projection,
      filters: home.filters,
      partner: null,
      camera: home.camera,
    });

  const stepsOfTour = (): readonly TourStep[] => {
    const dataset = selectDataset(store.getState());
    if (!dataset) return [];
    if (tour?.dataset !== dataset) tour = { dataset, steps: buildAttractTour(dataset, home.filters) };
    return tour.steps;
  };

  const showStep = () => {
    const steps = stepsOfTour();
    const step = steps[stepIndex];
    if (!step) {
      store.getState().setAttract({ phase: 'running', step: 0, caption: null });
      return;
    }
    const viewport = options.measureViewport();
    const margin = Math.round(Math.min(viewport.width, viewport.height) * 0.08);
    const paddingPx = {
      top: margin,
      right: margin,
      bottom: margin + (viewport.bottomInset ?? 0),
      left: margin,
    };
    const camera = fitCameraToBox(step.focus, viewport, { paddingPx, maxZoom: STEP_MAX_ZOOM });
    const state = store.getState();
    state.applyViewState({ filters: step.filters, partner: null, camera });
    state.setAttract({ phase: 'running', step: stepIndex, caption: step.caption });
    schedule(() => {
      stepIndex = (stepIndex + 1) % steps.length;
      showStep();
    }, step.durationMs);
  };

  const startTour = () => {
    const state = store.getState();
    state.setPlaying(false);
    state.hoverPartner(null);
    goHome();
    stepIndex = 0;
    showStep();
  };

  const watchIdle = () => {
    const now = clock.now();
    const idleEndsAt = lastInputAt + idleMs;
    if (countdownEndsAt === null) {
      if (idleEndsAt - now > countdownMs) {
        if (phase() !== 'idle') store.getState().setAttract({ phase: 'idle' });
        return schedule(watchIdle, idleEndsAt - countdownMs - now);
      }
      // A wake-up late by more than the countdown (a busy machine) still shows its last second.
      countdownEndsAt = Math.max(idleEndsAt, now + MIN_COUNTDOWN_MS);
    }
    const remaining = countdownEndsAt - now;
    if (remaining <= 0) {
      countdownEndsAt = null;
      return startTour();
    }
    const secondsLeft = Math.ceil(remaining / 1000);
    const current = store.getState().attract;
    if (current.phase !== 'countdown' || current.secondsLeft !== secondsLeft)
      store.getState().setAttract({ phase: 'countdown', secondsLeft });
    // Wake when the displayed second changes (or the countdown is over).
    schedule(watchIdle, remaining - (secondsLeft - 1) * 1000);
  };

  const onInput = () => {
    lastInputAt = clock.now();
    const current = phase();
    // While idle, the pending wake-up re-reads lastInputAt: a flood of pointer moves costs nothing.
    if (current === 'idle') return;
    if (current === 'running') goHome();
    countdownEndsAt = null;
    store.getState().setAttract({ phase: 'idle' });
    watchIdle();
  };

  const unsubscribeInput = options.input.subscribe(onInput);
  store.getState().setAttract({ phase: 'idle' });
  watchIdle();
  return () => {
    unsubscribeInput();
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };
}
