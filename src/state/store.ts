import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { REGION_IDS, RELATION_TYPES, SIGNER_LEVELS } from '../data/index.ts';
import type { DataIssue, Dataset } from '../data/index.ts';
import type { Lang } from '../i18n/index.ts';
import type { PlaybackSpeed } from './playback.ts';
import { DEFAULT_FILTERS } from './view-state.ts';
import type { Camera, Filters, LabelMode, Projection, Theme, ViewState } from './view-state.ts';
import type { AppMode } from './app-mode.ts';

export type ListFilterKey = 'hubs' | 'regions' | 'relations' | 'levels';

const LIST_FILTER_VALUES: Record<Exclude<ListFilterKey, 'hubs'>, readonly string[]> = {
  regions: REGION_IDS,
  relations: RELATION_TYPES,
  levels: SIGNER_LEVELS,
};

const FOCUS_ZOOM = 4;

const DEFAULT_MODE: AppMode = {
  kind: 'normal',
  embed: false,
  idleSeconds: 60,
  reloadAt: null,
  dataUrl: null,
  timeScale: 1,
};

/** Where the shown dataset came from: the map says so whenever it is not the official one. */
export type DataOrigin =
  | { kind: 'official' }
  /** A same-origin file named by `?data=`. */
  | { kind: 'site-file'; url: string }
  /** Files the visitor opened or dropped. */
  | { kind: 'custom'; fileNames: string[] };

/** Problems found in files the visitor tried to open; the shown dataset is unchanged. */
export interface DataProblems {
  fileNames: string[];
  issues: DataIssue[];
}

export type DataStatus =
  { kind: 'loading' } | { kind: 'ready'; dataset: Dataset } | { kind: 'error'; message: string };

export interface PlaybackState {
  playing: boolean;
  speed: PlaybackSpeed;
  loop: boolean;
}

export interface AppState extends ViewState {
  /** Kiosk / present / embed: fixed for the page's life. */
  mode: AppMode;
  data: DataStatus;
  dataOrigin: DataOrigin;
  /** Kept so the visitor can go back to it from custom data. */
  officialDataset: Dataset | null;
  dataProblems: DataProblems | null;
  /** A `?data=` value that was refused because it is not a same-origin relative URL. */
  refusedDataUrl: string | null;
  flow: boolean;
  playback: PlaybackState;
  hoveredPartner: string | null;
  /** The first dataset of the page; `official` unless `?data=` named a file of this site. */
  setDataset: (dataset: Dataset, origin?: DataOrigin) => void;
  /** Shows another dataset in place of the current one, from a clean view fitted to it. */
  replaceDataset: (dataset: Dataset, origin: DataOrigin) => void;
  restoreOfficialDataset: () => void;
  setDataProblems: (problems: DataProblems | null) => void;
  setRefusedDataUrl: (url: string | null) => void;
  setDataError: (message: string) => void;
  setLang: (lang: Lang) => void;
  setLabels: (labels: LabelMode) => void;
  setTheme: (theme: Theme) => void;
  setProjection: (projection: Projection) => void;
  setFlow: (flow: boolean) => void;
  setPlaying: (playing: boolean) => void;
  setPlaybackSpeed: (speed: PlaybackSpeed) => void;
  setPlaybackLoop: (loop: boolean) => void;
  setFilters: (patch: Partial<Filters>) => void;
  /** Switches one chip of a list filter; switching every chip on collapses back to "all" (`null`). */
  toggleFilterValue: (key: ListFilterKey, value: string) => void;
  resetFilters: () => void;
  selectPartner: (partnerKey: string | null) => void;
  /** Opens a partner's card and moves the camera to it (the partner list's "go to"). */
  focusPartner: (partnerKey: string, location: [number, number]) => void;
  /** Bumped to ask the map to fit the camera to the selection; a counter so the same request can repeat. */
  fitRequest: number;
  fitSelection: () => void;
  hoverPartner: (partnerKey: string | null) => void;
  setCamera: (camera: Camera) => void;
  applyViewState: (view: Partial<ViewState>) => void;
}

export type AppStore = ReturnType<typeof createAppStore>;

export function createAppStore(initial: Partial<ViewState> & { flow?: boolean; mode?: AppMode } = {}) {
  return createStore<AppState>()(
    subscribeWithSelector((set, get) => ({
      lang: 'zh',
      labels: 'lang',
      theme: 'default',
      mode: DEFAULT_MODE,
      projection: 'mercator',
      filters: DEFAULT_FILTERS,
      partner: null,
      camera: null,
      flow: true,
      ...initial,
      data: { kind: 'loading' },
      playback: { playing: false, speed: 1, loop: false },
      hoveredPartner: null,
      dataOrigin: { kind: 'official' },
      officialDataset: null,
      dataProblems: null,
      refusedDataUrl: null,
      setDataset: (dataset, dataOrigin = { kind: 'official' }) =>
        set({
          data: { kind: 'ready', dataset },
          dataOrigin,
          officialDataset: dataOrigin.kind === 'official' ? dataset : null,
        }),
      replaceDataset: (dataset, dataOrigin) => {
        set({
          data: { kind: 'ready', dataset },
          dataOrigin,
          dataProblems: null,
          filters: DEFAULT_FILTERS,
          partner: null,
          hoveredPartner: null,
          playback: { ...get().playback, playing: false },
        });
        get().fitSelection();
      },
      restoreOfficialDataset: () => {
        const official = get().officialDataset;
        if (official) get().replaceDataset(official, { kind: 'official' });
      },
      setDataProblems: (dataProblems) => set({ dataProblems }),
      setRefusedDataUrl: (refusedDataUrl) => set({ refusedDataUrl }),
      setDataError: (message) => set({ data: { kind: 'error', message } }),
      setLang: (lang) => set({ lang }),
      setLabels: (labels) => set({ labels }),
      setTheme: (theme) => set({ theme }),
      setProjection: (projection) => set({ projection }),
      setFlow: (flow) => set({ flow }),
      setPlaying: (playing) => set({ playback: { ...get().playback, playing } }),
      setPlaybackSpeed: (speed) => set({ playback: { ...get().playback, speed } }),
      setPlaybackLoop: (loop) => set({ playback: { ...get().playback, loop } }),
      setFilters: (patch) => set({ filters: { ...get().filters, ...patch } }),
      toggleFilterValue: (key, value) => {
        const data = get().data;
        const all: readonly string[] =
          key === 'hubs'
            ? data.kind === 'ready'
              ? data.dataset.hubs.map((hub) => hub.id)
              : []
            : LIST_FILTER_VALUES[key];
        const current: readonly string[] = get().filters[key] ?? all;
        const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
        const ordered = all.filter((v) => next.includes(v));
        set({ filters: { ...get().filters, [key]: ordered.length === all.length ? null : ordered } });
        // Narrowing to a single hub or region is a request to look at it.
        if ((key === 'hubs' || key === 'regions') && ordered.length === 1) get().fitSelection();
      },
      resetFilters: () => set({ filters: DEFAULT_FILTERS }),
      selectPartner: (partner) => set({ partner }),
      fitRequest: 0,
      fitSelection: () => set({ fitRequest: get().fitRequest + 1 }),
      focusPartner: (partner, location) =>
        set({ partner, camera: { center: location, zoom: Math.max(get().camera?.zoom ?? 0, FOCUS_ZOOM) } }),
      hoverPartner: (hoveredPartner) => set({ hoveredPartner }),
      setCamera: (camera) => set({ camera }),
      applyViewState: (view) => set(view),
    })),
  );
}
