import { selectHubs } from './selectors.ts';
import type { AppStore } from './store.ts';
import { parseViewFromQuery, serializeViewToQuery } from './url.ts';
import { DEFAULT_FILTERS } from './view-state.ts';
import type { ViewState } from './view-state.ts';

const NON_CAMERA_KEYS = ['lang', 'labels', 'theme', 'projection', 'filters', 'partner'] as const;

/** The part of the state that the URL carries. */
export const viewOf = (state: ViewState): ViewState => ({
  lang: state.lang,
  labels: state.labels,
  theme: state.theme,
  projection: state.projection,
  filters: state.filters,
  partner: state.partner,
  camera: state.camera,
});

/**
 * The URL follows a change this much later. `history.pushState` costs several ms of main-thread time
 * in Chromium; done at once it would delay the frame that shows the change. Changes within the delay share
 * one history entry.
 */
const URL_WRITE_DELAY_MS = 100;

const sameExceptCamera = (a: ViewState, b: ViewState) => NON_CAMERA_KEYS.every((key) => a[key] === b[key]);

/** The address of the current page showing `view`: its query rewritten, everything else kept. */
export function addressOf(view: ViewState, location: Pick<Location, 'pathname' | 'search' | 'hash'>): string {
  return `${location.pathname}?${serializeViewToQuery(view, location.search)}${location.hash}`;
}

/**
 * Two-way binding between the store and the address bar. A deliberate change (filter, language, card…)
 * pushes a history entry; a camera move replaces the current one, so back/forward step through choices,
 * not through every pan or every year of a playback. Back/forward re-read the URL into the store.
 * Writes come {@link URL_WRITE_DELAY_MS} after the change.
 *
 * A kiosk reads its URL and never writes it: that URL is its home. A browser that restores the tab after a
 * crash or a restart then brings back the home view, not whichever view of the attract tour was showing, and
 * a tour running for days does not rewrite the address (and re-fetch the favicon) several times a minute.
 */
export function bindViewToHistory(store: AppStore, win: Window = window): () => void {
  let isApplyingUrl = false;
  const writes = coalesceHistoryWrites(
    win,
    () => addressOf(viewOf(store.getState()), win.location),
    URL_WRITE_DELAY_MS,
  );
  const applyUrl = () => {
    // Back/forward wins over a change not written yet.
    writes.cancel();
    const hubIds = selectHubs(store.getState()).map((hub) => hub.id);
    const { view, warnings } = parseViewFromQuery(win.location.search, hubIds);
    warnings.forEach((warning) => console.warn(warning));
    isApplyingUrl = true;
    store.getState().applyViewState({ filters: DEFAULT_FILTERS, partner: null, ...view });
    isApplyingUrl = false;
  };
  applyUrl();
  if (store.getState().mode.kind === 'kiosk') return () => undefined;

  const unsubscribe = store.subscribe(
    viewOf,
    (view, previous) => {
      if (isApplyingUrl) return;
      // Already there: a presentation step writes its own URL before it changes the view.
      if (addressOf(view, win.location) === currentAddress(win)) return;
      // Playback moves the years many times a second: one history entry for the whole run, not one per year.
      const isDeliberate = !sameExceptCamera(view, previous) && !store.getState().playback.playing;
      writes.request(isDeliberate ? 'push' : 'replace');
    },
    { equalityFn: (a, b) => sameExceptCamera(a, b) && a.camera === b.camera },
  );
  win.addEventListener('popstate', applyUrl);
  win.addEventListener('pagehide', writes.flush);
  return () => {
    unsubscribe();
    writes.cancel();
    win.removeEventListener('popstate', applyUrl);
    win.removeEventListener('pagehide', writes.flush);
  };
}

const currentAddress = (win: Window) => `${win.location.pathname}${win.location.search}${win.location.hash}`;

/**
 * Writes the then-current address once, `delayMs` after the first of a burst of changes: as a new entry if
 * any change in the burst asked for one, else over the current entry. Nothing is written when the address
 * came back to the one the page has.
 */
function coalesceHistoryWrites(win: Window, wantedAddress: () => string, delayMs: number) {
  let timer = 0;
  let kind: 'push' | 'replace' | null = null;
  const flush = () => {
    win.clearTimeout(timer);
    timer = 0;
    const wanted = kind;
    kind = null;
    if (!wanted) return;
    const address = wantedAddress();
    if (address === currentAddress(win)) return;
    if (wanted === 'push') win.history.pushState(null, '', address);
    else win.history.replaceState(null, '', address);
  };
  return {
    request(next: 'push' | 'replace') {
      kind = kind === 'push' ? 'push' : next;
      if (!timer) timer = win.setTimeout(flush, delayMs);
    },
    flush,
    cancel() {
      win.clearTimeout(timer);
      timer = 0;
      kind = null;
    },
  };
}
