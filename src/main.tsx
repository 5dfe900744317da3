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
import { postEventsToParent } from './state/parent-events.ts';
import { loadAppConfig } from './app-config.ts';
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

async function loadData(): Promise<void> {
  const state = store.getState();
  const official = await loadDefaultDataset();
  const { dataUrl } = parsedMode.mode;
  if (parsedMode.refusedDataUrl !== null) state.setRefusedDataUrl(parsedMode.refusedDataUrl);
  if (dataUrl === null) {
    state.setDataset(official);
    return;
  }
  const { loadSiteDataFile } = await import('./data/custom-dataset.ts');
  const { dataset, issues } = await loadSiteDataFile(dataUrl, official.hubs).catch((error: unknown) => ({
    dataset: null,
    issues: [{ file: dataUrl, line: 1, column: null, message: String(error), severity: 'error' as const }],
  }));
  if (dataset) {
    state.setDataset(dataset, { kind: 'site-file', url: dataUrl });
  } else {
    state.setDataset(official);
    state.setDataProblems({ fileNames: [dataUrl], issues });
  }
}

loadData()
  .then(() => {
    bindViewToHistory(store);
    drivePlayback(store);
    if (window.parent !== window) postEventsToParent(store, window.parent, () => window.location.search);
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
