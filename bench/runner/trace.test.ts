import { describe, expect, it } from 'vitest';
import { mainThreadBusyMs } from './trace.ts';
import type { TraceEvent } from './trace.ts';

const MAIN = { pid: 1, tid: 1 };
const mark = (name: string, ts: number): TraceEvent => ({
  name,
  cat: 'blink.user_timing',
  ph: 'I',
  ts,
  ...MAIN,
});
const task = (ts: number, dur: number, where = MAIN): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  cat: 'toplevel',
  ph: 'X',
  ts,
  dur,
  ...where,
});

describe('mainThreadBusyMs', () => {
  it('sums top-level tasks between the marks, in ms', () => {
    const events = [mark('start', 1000), task(2000, 3000), task(10_000, 1000), mark('end', 20_000)];
    expect(mainThreadBusyMs(events, 'start', 'end')).toBe(4);
  });

  it('clips tasks that straddle a mark and counts nested or overlapping tasks once', () => {
    const events = [
      task(0, 2000),
      mark('start', 1000),
      task(5000, 4000),
      { ...task(6000, 1000), name: 'BlinkScheduler_PerformMicrotaskCheckpoint' },
      task(8000, 2000),
      task(11_000, 5000),
      mark('end', 12_000),
    ];
    expect(mainThreadBusyMs(events, 'start', 'end')).toBe(1 + 5 + 1);
  });

  it('ignores other threads and other categories', () => {
    const events = [
      mark('start', 0),
      task(1000, 1000, { pid: 1, tid: 2 }),
      task(1000, 1000, { pid: 2, tid: 1 }),
      { ...task(3000, 1000), cat: 'devtools.timeline' },
      task(5000, 500),
      mark('end', 10_000),
    ];
    expect(mainThreadBusyMs(events, 'start', 'end')).toBe(0.5);
  });

  it('runs an unfinished task to the end mark and pairs B/E events', () => {
    const events = [
      mark('start', 0),
      { ...task(1000, 0), ph: 'B' },
      { ...task(3000, 0), ph: 'E' },
      { ...task(8000, 0), ph: 'B' },
      mark('end', 10_000),
    ];
    expect(mainThreadBusyMs(events, 'start', 'end')).toBe(4);
  });

  it('is null without both marks', () => {
    expect(mainThreadBusyMs([mark('start', 0), task(1, 1)], 'start', 'end')).toBeNull();
  });
});
