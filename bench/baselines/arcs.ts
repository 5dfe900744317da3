import { parseDataset } from '../../src/data/parse-dataset.ts';
import { REGION_IDS } from '../../src/geo/region-ids.ts';
import type { Dataset } from '../../src/data/index.ts';
import { hubPalette, toRgb } from '../../src/state/hub-colors.ts';
import type { Rgb } from '../../src/state/hub-colors.ts';
import type { BaselinePageApi } from '../probe/page-probe.ts';

// The arc pages' shared data side: the app's parser and hub colours, and one filter state and page API
// for both, so that every change is the same change on every baseline.

/** The app's default arc width (src/map/sync.ts, default theme), in CSS pixels. */
export const ARC_WIDTH_PX = 1.75;

export interface BaselineArc {
  from: [number, number];
  to: [number, number];
  hub: number;
  /** Index into REGION_IDS. */
  region: number;
  /**
   * The signing year; an undated link gets the first year of the dataset, so it stays visible under every
   * range the benchmark sets (it only moves the upper bound), as the app shows undated links by default.
   */
  filterYear: number;
  color: Rgb;
}

export interface BaselineFilter {
  regions: Set<number>;
  yearFrom: number;
  yearTo: number;
}

const params = new URLSearchParams(location.search);

async function fetchFile(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return { name: url, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** Reads `?links=` (and `?hubs=` when given) with the app's parser, as the app reads `?data=`. */
export async function loadDataset(): Promise<Dataset> {
  const linksUrl = params.get('links');
  if (!linksUrl) throw new Error('missing ?links=');
  const hubsUrl = params.get('hubs');
  const [links, hubs] = await Promise.all([fetchFile(linksUrl), hubsUrl ? fetchFile(hubsUrl) : undefined]);
  const { dataset, issues } = parseDataset({ links, hubs });
  if (!dataset) throw new Error(`dataset has errors: ${issues.length}`);
  return dataset;
}

export function toBaselineArcs(dataset: Dataset): BaselineArc[] {
  const palette = hubPalette(dataset.hubs.length).map(toRgb);
  const hubIndex = new Map(dataset.hubs.map((hub, index) => [hub.id, index]));
  const domain = yearDomainOf(dataset);
  return dataset.links.map((link) => {
    const hub = hubIndex.get(link.hubId) ?? 0;
    const home = dataset.hubs[hub];
    return {
      from: [home?.lon ?? 0, home?.lat ?? 0],
      to: [link.lon, link.lat],
      hub,
      region: REGION_IDS.indexOf(link.region),
      filterYear: link.date.year ?? domain?.[0] ?? 0,
      color: palette[hub] ?? [136, 136, 136],
    };
  });
}

export function yearDomainOf(dataset: Dataset): [number, number] | null {
  const years = dataset.links.flatMap((link) => (link.date.year === null ? [] : [link.date.year]));
  return years.length ? [Math.min(...years), Math.max(...years)] : null;
}

/** Starts with everything visible, as the app does. */
export function initialFilter(arcs: readonly BaselineArc[], domain: [number, number] | null): BaselineFilter {
  return {
    regions: new Set(arcs.map((arc) => arc.region)),
    yearFrom: domain?.[0] ?? 0,
    yearTo: domain?.[1] ?? 9999,
  };
}

/**
 * Installs `window.benchPage`. `apply` must push the filter to the renderer; the page keeps the filter
 * state so that every change is the same for every baseline.
 */
export function exposeBaselinePage(
  filter: BaselineFilter,
  domain: [number, number] | null,
  apply: (filter: BaselineFilter) => void,
  arcsCanvas: () => HTMLCanvasElement | null,
): void {
  const page: BaselinePageApi = {
    yearDomain: domain,
    arcsCanvas,
    toggleRegion(region) {
      if (filter.regions.has(region)) filter.regions.delete(region);
      else filter.regions.add(region);
      apply(filter);
    },
    setYearTo(year) {
      filter.yearTo = year ?? domain?.[1] ?? 9999;
      apply(filter);
    },
  };
  window.benchPage = page;
}
