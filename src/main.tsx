import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import countriesUrl from '@surbowl/world-geo-json-zh/world.zh.json?url';
import { loadDefaultDataset } from './data/default-dataset.ts';
import { detectLang, messagesFor } from './i18n/index.ts';
import { createArcMap } from './map/create-map.ts';
import { createAppStore } from './state/store.ts';
import { parseAppMode } from './state/app-mode.ts';
import { parseViewFromQuery } from './state/url.ts';
import { drivePlayback } from './state/playback.ts';
import { bindViewToHistory } from './state/url-history.ts';
import { loadAppConfig } from './app-config.ts';
import { browserClock, scaleClock } from './state/clock.ts';
import { startKiosk } from './kiosk/start-kiosk.ts';
import { registerServiceWorker } from './pwa/register-service-worker.ts';
import { App } from './ui/app.tsx';
import { StoreContext } from './ui/store-context.tsx';
import './ui/styles.css';

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const early = parseViewFromQuery(window.location.search, []).view;
const parsedMode = parseAppMode(window.location.search, window.location.href);
parsedMode.warnings.forEach((warning) => console.warn(warning));
const store = createAppStore({
  lang: early.lang ?? detectLang(navigator.languages),
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
const clock = scaleClock(browserClock(), isKiosk ? parsedMode.mode.timeScale : 1);
if (import.meta.env.PROD) registerServiceWorker();

const mountMap = (container: HTMLElement) => {
  let dispose: (() => void) | null = null;
  let isCancelled = false;
  void configPromise.then((config) => {
    if (isCancelled) return;
    dispose = createArcMap(container, store, { countriesUrl, styleUrl: config.basemapStyleUrl }).dispose;
  });
  return () => {
    isCancelled = true;
    dispose?.();
  };
};

loadDefaultDataset()
  .then((dataset) => {
    store.getState().setDataset(dataset);
    bindViewToHistory(store);
    drivePlayback(store, clock);
    if (isKiosk) startKiosk(store, clock);
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
