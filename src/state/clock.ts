/** Time as the kiosk's schedulers see it: injectable, so tests and `timescale=` can drive it. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

export function browserClock(win: Pick<Window, 'setTimeout' | 'clearTimeout'> = window): Clock {
  return {
    now: () => Date.now(),
    setTimeout: (callback, ms) => win.setTimeout(callback, ms),
    clearTimeout: (handle) => win.clearTimeout(handle),
  };
}

/**
 * A clock that runs `scale` times faster than `base`: delays shrink and `now()` advances faster, starting
 * from the real time. A simulated day of the kiosk then takes a day divided by `scale`.
 */
export function scaleClock(base: Clock, scale: number): Clock {
  if (scale === 1) return base;
  const startedAt = base.now();
  return {
    now: () => startedAt + (base.now() - startedAt) * scale,
    setTimeout: (callback, ms) => base.setTimeout(callback, ms / scale),
    clearTimeout: (handle) => base.clearTimeout(handle),
  };
}
