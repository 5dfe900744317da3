import { partnerKeyOf } from '../data/index.ts';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { partnerName } from '../data/index.ts';
import type { Hub, Link } from '../data/index.ts';
import { messagesFor } from '../i18n/index.ts';
import type { Lang } from '../i18n/index.ts';
import { clockScaleOf } from '../state/app-mode.ts';
import { toRgb } from '../state/hub-colors.ts';
import { selectHubColors, selectHubs, selectLinks, selectVisibleLinks } from '../state/selectors.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { selectArcFilter } from './arc-data.ts';
import type { ArcsOverlay } from './arcs-overlay.ts';
import { applyBasemapTheme } from './basemap-style.ts';
import { unmeasured } from './labels-overlay.ts';
import { forEachLinkIndex } from './link-indices.ts';
import type { LabelsOverlay, PlaceLabel } from './labels-overlay.ts';
import { defaultCamera } from './default-camera.ts';
import { fitCameraToLinks } from './fit-selection.ts';
import { localizeMapControls } from './localize-controls.ts';
import { hubPoints, partnerIndexOf } from './places-layers.ts';
import type { PartnerPoints } from './places-layers.ts';

/** How much of the map's height the presentation caption may cover (see src/ui/present.css). */
const PRESENT_CAPTION_SHARE = 0.35;
/** How long the camera takes to fly to a new view or selection, at real time. */
const CAMERA_FLIGHT_MS = 1200;

/**
 * Keeps the map in step with the store: each piece of state drives one setter (a uniform, a source's data,
 * the projection), so a filter change never rebuilds layers or geometry.
 */
export function syncMapWithStore(
  map: MapLibreMap,
  arcs: ArcsOverlay,
  labels: LabelsOverlay,
  partnerPoints: PartnerPoints,
  store: AppStore,
): () => void {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const partnerLabelsOf = createPartnerLabels();
  const hubLabelsOf = createHubLabels();
  const watch = <T>(
    select: (state: AppState) => T,
    apply: (value: T) => void,
    equalityFn?: (a: T, b: T) => boolean,
  ) => store.subscribe(select, apply, { fireImmediately: true, ...(equalityFn ? { equalityFn } : {}) });

  // A kiosk's sped-up clock (tests, the benchmark's simulated day) speeds up its camera flights too.
  const flightMs = () => CAMERA_FLIGHT_MS / clockScaleOf(store.getState().mode);
  const fitToSelection = (isAnimated: boolean) => {
    const state = store.getState();
    // In present mode the caption covers the lower part of the map and the toolbar the top.
    const insets =
      state.mode.kind === 'present'
        ? { top: 48, bottom: map.getContainer().clientHeight * PRESENT_CAPTION_SHARE }
        : {};
    fitCameraToLinks(map, selectVisibleLinks(state), selectHubs(state), isAnimated ? flightMs() : 0, insets);
  };

  const applySizes = () => {
    const { theme, mode } = store.getState();
    const screen = mode.kind === 'kiosk' ? kioskScreenScale(map.getContainer().ownerDocument.defaultView) : 1;
    arcs.setAppearance({ lineWidth: (theme === 'projector' ? 3.5 : 1.75) * screen });
    labels.setScale((theme === 'projector' ? 1.35 : 1) * screen);
  };
  map.on('resize', applySizes);

  const unsubscribers = [
    () => map.off('resize', applySizes),
    watch(selectArcFilter, (filter) => arcs.setFilter(filter)),
    watch(selectHubColors, (colors) => {
      arcs.setAppearance({
        hubColors: selectHubs(store.getState()).map((hub) => toRgb(colors.get(hub.id) ?? '#888')),
      });
      arcs.setPlaces('hubs', hubPoints(selectHubs(store.getState()), colors));
    }),
    watch((state) => state.theme, applySizes),
    watch(
      (state) => state.theme,
      (theme) => applyBasemapTheme(map, theme),
    ),
    // An export pauses the flow: a map that never stops redrawing starves the capture and the PNG encoder.
    watch(
      (state) => state.flow && !reducedMotion.matches && state.exportJob === null,
      (flow) => {
        arcs.setAppearance({ flow });
        map.getContainer().dataset.flow = flow ? 'on' : 'off';
      },
    ),
    watch(
      (state) => state.lang,
      (lang) => {
        const messages = messagesFor(lang);
        map.getCanvas().setAttribute('aria-label', messages.mapLabel);
        localizeMapControls(map.getContainer(), messages.mapControls);
      },
    ),
    watch(
      (state) => [selectVisibleLinks(state), selectHubColors(state), state.lang, state.labels] as const,
      ([links, colors, lang, mode]) => {
        const state = store.getState();
        const langs: Lang[] = mode === 'both' ? ['zh', 'en'] : [lang];
        partnerPoints.show(selectLinks(state), links, colors);
        labels.setLabels(
          buildLabels(
            hubLabelsOf(selectHubs(state), langs),
            links,
            partnerLabelsOf(selectLinks(state), langs),
          ),
        );
      },
      (a, b) => a.every((value, i) => Object.is(value, b[i])),
    ),
    watch(
      (state) => state.partner ?? state.hoveredPartner,
      (key) =>
        arcs.setAppearance({ selected: key ? firstLinkIndexOf(selectLinks(store.getState()), key) : null }),
    ),
    watch(
      // The tour's newly signed arcs pulse too, unless motion is to be reduced.
      (state) =>
        state.playback.playing || (state.attract.phase === 'running' && !reducedMotion.matches)
          ? state.filters.yearTo
          : null,
      (highlightYear) => arcs.setAppearance({ highlightYear }),
    ),
    store.subscribe(
      (state) => state.fitRequest,
      () => fitToSelection(!reducedMotion.matches),
    ),
    // The presenter's arrow keys step the story; they must not also pan the map.
    watch(
      (state) => state.mode.kind === 'present',
      (isPresent) => (isPresent ? map.keyboard.disable() : map.keyboard.enable()),
    ),
    watch(
      (state) => state.projection,
      (projection) => map.setProjection({ type: projection }),
    ),
    watch(
      (state) => state.camera,
      (wanted) => {
        // No camera in the state is the first view (a kiosk going back home asks for it that way).
        const camera = wanted ?? defaultCamera(map.getContainer().clientWidth || 1024);
        const center = map.getCenter();
        const moved =
          Math.abs(center.lng - camera.center[0]) > 1e-3 ||
          Math.abs(center.lat - camera.center[1]) > 1e-3 ||
          Math.abs(map.getZoom() - camera.zoom) > 1e-2;
        if (!moved) return;
        if (reducedMotion.matches) map.jumpTo({ center: camera.center, zoom: camera.zoom });
        else map.flyTo({ center: camera.center, zoom: camera.zoom, duration: flightMs() });
      },
    ),
  ];
  // A fit asked for before the map was ready (a presentation step opened by URL) is carried out now.
  if (store.getState().fitRequest > 0) fitToSelection(false);
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}

/**
 * How much bigger a kiosk draws arcs and place names: read from 2–3 m, and the same size on a 4K screen as
 * on a 1080p one of the same diagonal (1.6 at 1080 px on the short side, 3.2 at 2160).
 */
function kioskScreenScale(win: Window | null): number {
  const shortSide = win ? Math.min(win.innerWidth, win.innerHeight) : 1080;
  return 1.6 * Math.min(3, Math.max(1, shortSide / 1080));
}

function firstLinkIndexOf(links: readonly Link[], partnerKey: string): number | null {
  const index = links.findIndex((link) => partnerKeyOf(link) === partnerKey);
  return index >= 0 ? index : null;
}

/** Label lines of a name in each of `langs`; a name equal in both is shown once. */
const linesOf = (names: readonly string[]) => [...new Set(names.filter(Boolean))];

/** Every partner's label, by link (in the dataset's order), and each link's partner point. */
interface PartnerLabels {
  links: readonly Link[];
  langs: string;
  labelOfLink: readonly PlaceLabel[];
  partnerOfLink: Int32Array;
  partners: number;
}

/**
 * Every partner's label for these links and languages, made once per dataset and language mode: a filter
 * change picks from them. Made all at once, not as filters first show them, so a kiosk's memory stays flat.
 */
function createPartnerLabels() {
  let made: PartnerLabels | null = null;
  return (links: readonly Link[], langs: readonly Lang[]): PartnerLabels => {
    const langsKey = langs.join();
    if (made?.links === links && made.langs === langsKey) return made;
    const { pointOfLink, layout } = partnerIndexOf(links);
    const labelOfLink = links.map((link) => {
      const lines = linesOf(langs.map((lang) => partnerName(link, lang)));
      return unmeasured({ lon: link.lon, lat: link.lat, lines, isHub: false });
    });
    made = { links, langs: langsKey, labelOfLink, partnerOfLink: pointOfLink, partners: layout.keys.length };
    return made;
  };
}

/**
 * The hubs' labels in each of `langs`, stacked (Chinese over English in "both" mode), made once per hub list
 * and language mode like the partners': a national dataset's hundreds of names are then measured once.
 */
function createHubLabels() {
  let made: { hubs: readonly Hub[]; langs: string; labels: readonly PlaceLabel[] } | null = null;
  return (hubs: readonly Hub[], langs: readonly Lang[]): readonly PlaceLabel[] => {
    const langsKey = langs.join();
    if (made?.hubs === hubs && made.langs === langsKey) return made.labels;
    const labels = hubs.map((hub) =>
      unmeasured({
        lon: hub.lon,
        lat: hub.lat,
        lines: linesOf(langs.map((lang) => (lang === 'zh' ? hub.nameZh : hub.nameEn))),
        isHub: true,
      }),
    );
    made = { hubs, langs: langsKey, labels };
    return labels;
  };
}

/** The hubs' labels first, then each partner shown, named as its first shown link names it. */
function buildLabels(
  hubLabels: readonly PlaceLabel[],
  visibleLinks: readonly Link[],
  partnerLabels: PartnerLabels,
): PlaceLabel[] {
  const labels = [...hubLabels];
  const { links, labelOfLink, partnerOfLink } = partnerLabels;
  const isLabelled = new Uint8Array(partnerLabels.partners);
  forEachLinkIndex(links, visibleLinks, (index) => {
    const partner = partnerOfLink[index] ?? 0;
    const label = labelOfLink[index];
    if (isLabelled[partner] || !label) return;
    isLabelled[partner] = 1;
    labels.push(label);
  });
  return labels;
}
