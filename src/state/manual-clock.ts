import type { Clock } from './clock.ts';

export interface ManualClock extends Clock {
  /** Moves time forward, firing due callbacks in order (callbacks may schedule more). */
  advance(ms: number): void;
  /** Callbacks scheduled and not yet fired or cleared. */
  pendingCount(): number;
}

/** A clock that only moves when told to: for tests of the kiosk's schedulers. */
export function createManualClock(start = 0): ManualClock {
  let now = start;
  let nextHandle = 1;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const nextDue = (until: number) => {
    let due: [number, { at: number; callback: () => void }] | null = null;
    for (const entry of pending) {
      if (entry[1].at <= until && (!due || entry[1].at < due[1].at)) due = entry;
    }
    return due;
  };
  return {
    now: () => now,
    setTimeout: (callback, ms) => {
      const handle = nextHandle++;
      pending.set(handle, { at: now + Math.max(0, ms), callback });
      return handle;
    },
    clearTimeout: (handle) => {
      pending.delete(handle);
    },
    advance: (ms) => {
      const until = now + ms;
      for (let due = nextDue(until); due; due = nextDue(until)) {
        pending.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = until;
    },
    pendingCount: () => pending.size,
  };
}
