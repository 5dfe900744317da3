import { describe, expect, it } from 'vitest';
import { createManualClock } from './manual-clock.ts';
import { nextReloadAt, scheduleSoftReload } from './soft-reload.ts';
import { createAppStore } from './store.ts';

// Vitest runs in Asia/Shanghai (vite.config.ts), so local times below are Beijing time.
const local = (day: number, hours: number, minutes = 0) => new Date(2024, 2, day, hours, minutes).getTime();

describe('nextReloadAt', () => {
  it('is later today when the time is still ahead', () => {
    expect(nextReloadAt(local(10, 1, 30), '03:00')).toBe(local(10, 3));
  });

  it('is tomorrow when the time has passed or is now', () => {
    expect(nextReloadAt(local(10, 3, 1), '03:00')).toBe(local(11, 3));
    expect(nextReloadAt(local(10, 3), '03:00')).toBe(local(11, 3));
  });

  it('rolls over the end of a month', () => {
    expect(nextReloadAt(local(31, 23, 59), '00:00')).toBe(new Date(2024, 3, 1, 0, 0).getTime());
  });

  it('reads minutes', () => {
    expect(nextReloadAt(local(10, 12), '23:45')).toBe(local(10, 23, 45));
  });
});

describe('scheduleSoftReload', () => {
  it('reloads at the time when the tour is running', () => {
    const store = createAppStore();
    const clock = createManualClock(local(10, 2));
    let reloads = 0;
    scheduleSoftReload(store, { clock, at: '03:00', reload: () => (reloads += 1) });
    store.getState().setAttract({ phase: 'running', step: 0, caption: null });
    clock.advance(60 * 60_000 - 1);
    expect(reloads).toBe(0);
    clock.advance(1);
    expect(reloads).toBe(1);
  });

  it('waits for the visitor to leave (the tour to start) when the time comes', () => {
    const store = createAppStore();
    const clock = createManualClock(local(10, 2));
    let reloads = 0;
    scheduleSoftReload(store, { clock, at: '03:00', reload: () => (reloads += 1) });
    clock.advance(2 * 60 * 60_000);
    store.getState().setAttract({ phase: 'countdown', secondsLeft: 3 });
    expect(reloads).toBe(0);
    store.getState().setAttract({ phase: 'running', step: 0, caption: null });
    expect(reloads).toBe(1);
    store.getState().setAttract({ phase: 'idle' });
    store.getState().setAttract({ phase: 'running', step: 0, caption: null });
    expect(reloads).toBe(1);
  });

  it('after a reload, waits for the next day rather than the time that just passed', () => {
    const store = createAppStore();
    // A sped-up clock restarts from the real time: it is "before" the reload that just happened.
    const clock = createManualClock(local(10, 2));
    const reloads: number[] = [];
    scheduleSoftReload(store, {
      clock,
      at: '03:00',
      lastDueAt: local(10, 3),
      reload: (due) => reloads.push(due),
    });
    store.getState().setAttract({ phase: 'running', step: 0, caption: null });
    clock.advance(2 * 60 * 60_000);
    expect(reloads).toEqual([]);
    clock.advance(24 * 60 * 60_000);
    expect(reloads).toEqual([local(11, 3)]);
  });

  it('cancels cleanly', () => {
    const store = createAppStore();
    const clock = createManualClock(local(10, 2));
    let reloads = 0;
    const cancel = scheduleSoftReload(store, { clock, at: '03:00', reload: () => (reloads += 1) });
    cancel();
    store.getState().setAttract({ phase: 'running', step: 0, caption: null });
    clock.advance(24 * 60 * 60_000);
    expect(reloads).toBe(0);
    expect(clock.pendingCount()).toBe(0);
  });
});
