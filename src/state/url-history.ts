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

/** A kiosk writes its URL at most this often: its tour may change the view faster than browsers allow. */
const KIOSK_URL_INTERVAL_MS = 500;

const sameExceptCamera = (a: ViewState, b: ViewState) => NON_CAMERA_KEYS.every((key) => a[key] === b[key]);

/**
 * Two-way binding between the store and the address bar. A deliberate change (filter, language, card…)
 * pushes a history entry; a camera move replaces the current one, so back/forward step through choices,
 * not through every pan or every year of a playback. Back/forward re-read the URL into the store. A kiosk only ever replaces, at most
 * every {@link KIOSK_URL_INTERVAL_MS}: it has no back button, and its attract tour (sped up by `timescale=`)
 * changes the view all day long, faster than the browsers' history rate limits.
 */
export function bindViewToHistory(store: AppStore, win: Window = window): () => void {
  let isApplyingUrl = false;
  const applyUrl = () => {
    const hubIds = selectHubs(store.getState()).map((hub) => hub.id);
    const { view, warnings } = parseViewFromQuery(win.location.search, hubIds);
    warnings.forEach((warning) => console.warn(warning));
    isApplyingUrl = true;
    store.getState().applyViewState({ filters: DEFAULT_FILTERS, partner: null, ...view });
    isApplyingUrl = false;
  };
  applyUrl();
  const kioskUrl =
    store.getState().mode.kind === 'kiosk'
      ? coalesceReplaceState(win, () => serializeViewToQuery(viewOf(store.getState()), win.location.search))
      : null;

  const unsubscribe = store.subscribe(
    viewOf,
    (view, previous) => {
      if (isApplyingUrl) return;
      if (kioskUrl) return kioskUrl.request();
      const query = serializeViewToQuery(view, win.location.search);
      if (`?${query}` === win.location.search) return;
      const url = `${win.location.pathname}?${query}${win.location.hash}`;
      // Playback moves the years many times a second: one history entry for the whole run, not one per year.
      if (sameExceptCamera(view, previous) || store.getState().playback.playing)
        win.history.replaceState(null, '', url);
      else win.history.pushState(null, '', url);
    },
    { equalityFn: (a, b) => sameExceptCamera(a, b) && a.camera === b.camera },
  );
  win.addEventListener('popstate', applyUrl);
  return () => {
    unsubscribe();
    kioskUrl?.cancel();
    win.removeEventListener('popstate', applyUrl);
  };
}

/** Replaces the URL with the then-current query once per interval, however many changes came in between. */
function coalesceReplaceState(win: Window, currentQuery: () => string) {
  let timer = 0;
  const flush = () => {
    timer = 0;
    const query = currentQuery();
    if (`?${query}` !== win.location.search)
      win.history.replaceState(null, '', `${win.location.pathname}?${query}${win.location.hash}`);
  };
  return {
    request() {
      if (!timer) timer = win.setTimeout(flush, KIOSK_URL_INTERVAL_MS);
    },
    cancel() {
      win.clearTimeout(timer);
      timer = 0;
    },
  };
}
