/** The fields of a Chrome trace event that the main-thread sum needs. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds on the trace clock. */
  ts: number;
  dur?: number;
}

/**
 * Main-thread busy time between two user-timing marks, in ms: the union of the renderer main thread's
 * top-level tasks (category `toplevel`) clipped to the marks. The main thread is the one that recorded
 * the marks. A task still open at the end of the trace (a `B` without its `E`) runs to the end mark.
 * Null when either mark is missing.
 */
export function mainThreadBusyMs(
  events: readonly TraceEvent[],
  startMark: string,
  endMark: string,
): number | null {
  const start = events.find((event) => event.name === startMark);
  const end = events.find((event) => event.name === endMark);
  if (!start || !end || end.ts < start.ts) return null;
  const onMain = (event: TraceEvent) =>
    event.pid === start.pid && event.tid === start.tid && event.cat.split(',').includes('toplevel');
  const intervals: Array<[number, number]> = [];
  const open: number[] = [];
  for (const event of [...events].filter(onMain).sort((a, b) => a.ts - b.ts)) {
    if (event.ph === 'X') intervals.push([event.ts, event.ts + (event.dur ?? 0)]);
    else if (event.ph === 'B') open.push(event.ts);
    else if (event.ph === 'E') {
      const began = open.pop();
      intervals.push([began ?? start.ts, event.ts]);
    }
  }
  for (const began of open) intervals.push([began, end.ts]);
  const clipped = intervals
    .map(([from, to]): [number, number] => [Math.max(from, start.ts), Math.min(to, end.ts)])
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  let busy = 0;
  let coveredTo = -Infinity;
  for (const [from, to] of clipped) {
    if (to <= coveredTo) continue;
    busy += to - Math.max(from, coveredTo);
    coveredTo = to;
  }
  return busy / 1000;
}
