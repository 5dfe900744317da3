import { driveAttractLoop } from '../state/attract-loop.ts';
import type { Clock } from '../state/clock.ts';
import { scheduleSoftReload } from '../state/soft-reload.ts';
import type { AppStore } from '../state/store.ts';
import { domInput } from './dom-input.ts';
import { guardKioskPage } from './page-guards.ts';

/** Survives the reload (same tab), not the kiosk being restarted. */
const LAST_RELOAD_KEY = 'sister-city-arcs:kiosk-reload-due';

function readLastReload(win: Window): number | null {
  try {
    const value = Number(win.sessionStorage.getItem(LAST_RELOAD_KEY));
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null; // storage disabled: at worst a sped-up test clock reloads once more
  }
}

function writeLastReload(win: Window, dueAt: number): void {
  try {
    win.sessionStorage.setItem(LAST_RELOAD_KEY, String(dueAt));
  } catch {
    // storage disabled; see readLastReload
  }
}

/** Tour captions take about this much of the map's bottom (kiosk.css), in rem. */
const CAPTION_BAND_REM = 7;

/** The map's size, which each tour step is framed for (the window's before the map exists). */
function measureMap(win: Window) {
  const rect = win.document.querySelector('.map')?.getBoundingClientRect();
  const rem = parseFloat(win.getComputedStyle(win.document.documentElement).fontSize) || 16;
  const size =
    rect && rect.width > 0 && rect.height > 0
      ? { width: rect.width, height: rect.height }
      : { width: win.innerWidth, height: win.innerHeight };
  return { ...size, bottomInset: CAPTION_BAND_REM * rem };
}

/**
 * Turns the page into an exhibition kiosk (`?mode=kiosk`): page guards, the attract loop and the optional
 * daily reload. Call once the dataset is in and the URL has been read: the view at that moment is the
 * kiosk's home, and the URL at that moment is what a reload comes back to.
 */
export function startKiosk(store: AppStore, clock: Clock, win: Window = window): () => void {
  const state = store.getState();
  const { mode } = state;
  const homeUrl = win.location.href;
  const disposers = [
    guardKioskPage(win),
    driveAttractLoop(store, {
      clock,
      input: domInput(win),
      idleMs: mode.idleSeconds * 1000,
      home: {
        lang: state.lang,
        labels: state.labels,
        theme: state.theme,
        projection: state.projection,
        filters: state.filters,
        partner: null,
        camera: state.camera,
      },
      measureViewport: () => measureMap(win),
    }),
  ];
  if (mode.reloadAt) {
    disposers.push(
      scheduleSoftReload(store, {
        clock,
        at: mode.reloadAt,
        lastDueAt: readLastReload(win),
        reload: (dueAt) => {
          writeLastReload(win, dueAt);
          win.location.replace(homeUrl);
        },
      }),
    );
  }
  return () => disposers.forEach((dispose) => dispose());
}
