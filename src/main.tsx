import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import countriesUrl from '@surbowl/world-geo-json-zh/world.zh.json?url';
import { loadDefaultDataset } from './data/default-dataset.ts';
import type { DataIssue } from './data/issues.ts';
import type { Dataset } from './data/parse-dataset.ts';
import { detectLang, messagesFor } from './i18n/index.ts';
import { createArcMap } from './map/create-map.ts';
import { warmGeometryWorkerFor } from './map/arcs/geometry-off-thread.ts';
import { createAppStore } from './state/store.ts';
import { clockScaleOf, parseAppMode } from './state/app-mode.ts';
import { parseViewFromQuery, serializeViewToQuery } from './state/url.ts';
import { drivePlayback } from './state/playback.ts';
import { bindViewToHistory, viewOf } from './state/url-history.ts';
import { postEventsToParent } from './state/parent-events.ts';
import { loadAppConfig } from './app-config.ts';
import { browserClock, scaleClock } from './state/clock.ts';
import { registerServiceWorker } from './pwa/register-service-worker.ts';
import { App } from './ui/app.tsx';
import { StoreContext } from './ui/store-context.tsx';
import './ui/styles.css';
import './ui/projector-theme.css';

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const early = parseViewFromQuery(window.location.search, []).view;
const parsedMode = parseAppMode(window.location.search, window.location.href);
parsedMode.warnings.forEach((warning) => console.warn(warning));
const store = createAppStore({
  lang: early.lang ?? detectLang(navigator.languages),
  // The map opens while the data loads: where the URL puts it, and as it asks to be drawn.
  camera: early.camera ?? null,
  projection: early.projection ?? 'mercator',
  theme: early.theme ?? 'default',
  labels: early.labels ?? 'lang',
  flow: !reducedMotion,
  mode: parsedMode.mode,
});

store.subscribe(
  (state) => state.lang,
  (lang) => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = messagesFor(lang).appTitle;
  },
  { fireImmediately: true },
);

const configPromise = loadAppConfig();

const isKiosk = parsedMode.mode.kind === 'kiosk';
// `timescale=` speeds up the kiosk's idle timer, tour and playback alike (tests, simulated soak runs).
const clock = scaleClock(browserClock(), clockScaleOf(parsedMode.mode));
/**
 * Precaching every file of the build competes with the first view (about 0.2–0.3 s of the official data's
 * 1.7 s here, even when started as the arcs' first frame is sent: the GPU has yet to draw it). The service
 * worker is installed a moment after the map has drawn the data, or after a while if it never does.
 */
const SERVICE_WORKER_AFTER_FIRST_VIEW_MS = 2000;
const SERVICE_WORKER_AT_THE_LATEST_MS = 20_000;
let isServiceWorkerRequested = false;
const registerServiceWorkerOnce = () => {
  if (isServiceWorkerRequested || !import.meta.env.PROD) return;
  isServiceWorkerRequested = true;
  registerServiceWorker();
};
setTimeout(registerServiceWorkerOnce, SERVICE_WORKER_AT_THE_LATEST_MS);

const mountMap = (container: HTMLElement) => {
  let dispose: (() => void) | null = null;
  let isCancelled = false;
  void configPromise.then((config) => {
    if (isCancelled) return;
    dispose = createArcMap(container, store, {
      countriesUrl,
      styleUrl: config.basemapStyleUrl,
      onFirstViewDrawn: () => setTimeout(registerServiceWorkerOnce, SERVICE_WORKER_AFTER_FIRST_VIEW_MS),
    }).dispose;
  });
  return () => {
    isCancelled = true;
    dispose?.();
  };
};

/** Loads the official dataset, or the site's own file given by `?data=`; returns the official one. */
async function loadData(): Promise<Dataset> {
  const state = store.getState();
  const officialLoad = loadDefaultDataset();
  const { dataUrl } = parsedMode.mode;
  if (parsedMode.refusedDataUrl !== null) state.setRefusedDataUrl(parsedMode.refusedDataUrl);
  if (dataUrl === null) {
    const official = await officialLoad;
    state.setDataset(official);
    return official;
  }
  // The site's file, the parser and the official hubs it is checked against all load at once.
  const fetched = fetch(dataUrl, { credentials: 'same-origin' });
  fetched.then(
    (response) => warmGeometryWorkerFor(Number(response.headers.get('content-length'))),
    () => undefined, // its failure is reported once the parser has it
  );
  const siteLoad = import('./data/custom-dataset.ts')
    .then(({ loadSiteDataFile }) =>
      loadSiteDataFile(
        dataUrl,
        officialLoad.then((official) => official.hubs),
        fetched,
      ),
    )
    .catch((error: unknown) => {
      // As `dataIssue` words it (the reason alone), without loading the English texts for the first view.
      const reason = String(error);
      const issue: DataIssue = {
        file: dataUrl,
        line: 1,
        column: null,
        message: reason,
        detail: { code: 'loadFailed', reason },
        severity: 'error',
      };
      return { dataset: null, issues: [issue] };
    });
  const official = await officialLoad;
  const { dataset, issues } = await siteLoad;
  if (dataset) {
    state.setDataset(dataset, { kind: 'site-file', url: dataUrl });
  } else {
    state.setDataset(official);
    state.setDataProblems({ fileNames: [dataUrl], issues });
  }
  return official;
}

/** The presentation story, its schema and its history binding stay out of the first load. */
async function loadStory(official: Dataset): Promise<void> {
  const [{ loadDefaultStory }, { bindStoryToHistory }] = await Promise.all([
    import('./data/default-story.ts'),
    import('./state/story-history.ts'),
  ]);
  const story = await loadDefaultStory(official.hubs.map((hub) => hub.id));
  bindStoryToHistory(store, story);
  if (store.getState().presentRequested) store.getState().enterPresentMode();
}

/** Loads the story for a present-mode URL at once, otherwise when the presenter first asks for it. */
function bindStoryOnDemand(official: Dataset): void {
  let loading: Promise<void> | null = null;
  const ensureStory = () => {
    loading ??= loadStory(official).catch((error: unknown) => {
      loading = null;
      store.getState().setStoryError(error instanceof Error ? error.message : String(error));
    });
  };
  if (store.getState().mode.kind === 'present') ensureStory();
  store.subscribe(
    (state) => state.presentRequested,
    (requested) => requested && ensureStory(),
  );
}

loadData()
  .then((official) => {
    bindViewToHistory(store);
    drivePlayback(store, clock);
    if (window.parent !== window)
      // The view's query now: the address bar follows a change a moment later.
      postEventsToParent(
        store,
        window.parent,
        () => `?${serializeViewToQuery(viewOf(store.getState()), window.location.search)}`,
      );
    if (isKiosk) void import('./kiosk/start-kiosk.ts').then(({ startKiosk }) => startKiosk(store, clock));
    bindStoryOnDemand(official);
  })
  .catch((error: unknown) =>
    store.getState().setDataError(error instanceof Error ? error.message : String(error)),
  );

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App mountMap={mountMap} />
    </StoreContext.Provider>
  </StrictMode>,
);
