import type { Clock } from './clock.ts';
import type { AppStore } from './store.ts';

/** Long waits are cut into pieces so a clock change (NTP, sleep) is noticed within the hour. */
const LONGEST_WAIT_MS = 60 * 60_000;

/**
 * The next local time `HH:MM` strictly after `nowMs` (ms since the epoch), as ms since the epoch: today if it
 * is still ahead, else tomorrow. A time skipped by a daylight-saving change falls on the next valid instant.
 */
export function nextReloadAt(nowMs: number, hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  const now = new Date(nowMs);
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes);
  if (today.getTime() > nowMs) return today.getTime();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, hours, minutes).getTime();
}

export interface SoftReloadOptions {
  clock: Clock;
  /** Local time "HH:MM". */
  at: string;
  /**
   * When the reload that loaded this page was due, if one did: the next one is a day after it. With a
   * sped-up clock, which starts again from the real time on every load, the same time would come round again.
   */
  lastDueAt?: number | null;
  /** Reloads the page with the kiosk's own URL (which carries mode, idle, reload and the home view). */
  reload: (dueAt: number) => void;
}

/**
 * A daily fresh start for a kiosk that runs for weeks: at `at` local time, or as soon after as nobody is
 * using it (the attract tour is running), the page reloads.
 */
export function scheduleSoftReload(store: AppStore, options: SoftReloadOptions): () => void {
  const { clock } = options;
  const dueAt = nextReloadAt(Math.max(clock.now(), options.lastDueAt ?? -Infinity), options.at);
  let timer: number | null = null;
  let unsubscribe: (() => void) | null = null;

  const reloadWhenUnattended = () => {
    if (store.getState().attract.phase === 'running') return options.reload(dueAt);
    unsubscribe = store.subscribe(
      (state) => state.attract.phase,
      (phase) => {
        if (phase !== 'running') return;
        unsubscribe?.();
        unsubscribe = null;
        options.reload(dueAt);
      },
    );
  };
  const wait = () => {
    const remaining = dueAt - clock.now();
    if (remaining <= 0) return reloadWhenUnattended();
    timer = clock.setTimeout(wait, Math.min(remaining, LONGEST_WAIT_MS));
  };
  wait();
  return () => {
    if (timer !== null) clock.clearTimeout(timer);
    unsubscribe?.();
  };
}
