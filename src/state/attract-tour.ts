import { partnerKeyOf, REGION_IDS } from '../data/index.ts';
import type { Hub, Link, RegionId } from '../data/index.ts';
import { boundingBox } from '../geo/bounds.ts';
import type { LngLatBox } from '../geo/bounds.ts';
import { isLinkSelected } from './link-filter.ts';
import type { Filters } from './view-state.ts';

/** What a tour step says, as data: the UI words it in both languages from the typed messages. */
export type TourCaption =
  | { kind: 'signings'; year: number; hubId: string; newPartners: number }
  | { kind: 'overview'; hubIds: readonly string[]; partners: number; countries: number }
  | { kind: 'hub'; hubId: string; partners: number; countries: number }
  | { kind: 'region'; region: RegionId; partners: number; countries: number };

export interface TourStep {
  filters: Filters;
  /** What the camera frames: [[west, south], [east, north]] degrees (east may exceed 180). */
  focus: LngLatBox;
  caption: TourCaption;
  /** How long the step stays, in tour time (the kiosk's `timescale` divides it). */
  durationMs: number;
}

export const SIGNINGS_STEP_MS = 4000;
export const SUMMARY_STEP_MS = 8000;

const pointOf = (place: { lon: number; lat: number }): [number, number] => [place.lon, place.lat];
const countPartners = (links: readonly Link[]) => new Set(links.map(partnerKeyOf)).size;
const countCountries = (links: readonly Link[]) => new Set(links.map((link) => link.countryIso2)).size;

/**
 * The attract loop's script, planned once from the data: the years play forward (each hub's new partners of
 * each year in turn, the camera on them), then the whole network, then each hub and each world region.
 * `home` is the kiosk's own view: the tour stays within its hubs, regions, relations and levels.
 */
export function buildAttractTour(
  dataset: { hubs: readonly Hub[]; links: readonly Link[] },
  home: Filters,
): readonly TourStep[] {
  const scope: Filters = { ...home, yearFrom: null, yearTo: null, includeUndated: true };
  const links = dataset.links.filter((link) => isLinkSelected(link, scope));
  const hubById = new Map(dataset.hubs.map((hub) => [hub.id, hub]));
  const hubsInTour = dataset.hubs.filter((hub) => links.some((link) => link.hubId === hub.id));
  const focusOn = (selected: readonly Link[], withHubs: boolean): LngLatBox | null => {
    const points = selected.map(pointOf);
    if (withHubs) {
      for (const hubId of new Set(selected.map((link) => link.hubId))) {
        const hub = hubById.get(hubId);
        if (hub) points.push(pointOf(hub));
      }
    }
    return boundingBox(points);
  };

  const steps: TourStep[] = [];
  const add = (filters: Filters, selected: readonly Link[], withHubs: boolean, caption: TourCaption) => {
    const focus = focusOn(selected, withHubs);
    if (!focus) return;
    const durationMs = caption.kind === 'signings' ? SIGNINGS_STEP_MS : SUMMARY_STEP_MS;
    steps.push({ filters, focus, caption, durationMs });
  };

  const years = [...new Set(links.flatMap((link) => (link.date.year === null ? [] : [link.date.year])))];
  for (const year of years.sort((a, b) => a - b)) {
    const filters: Filters = { ...scope, yearTo: year, includeUndated: false };
    for (const hub of hubsInTour) {
      const signed = links.filter((link) => link.hubId === hub.id && link.date.year === year);
      if (signed.length === 0) continue;
      const caption = { kind: 'signings', year, hubId: hub.id, newPartners: countPartners(signed) } as const;
      add(filters, signed, true, caption);
    }
  }

  add(scope, links, true, {
    kind: 'overview',
    hubIds: hubsInTour.map((hub) => hub.id),
    partners: countPartners(links),
    countries: countCountries(links),
  });

  for (const hub of hubsInTour) {
    const ofHub = links.filter((link) => link.hubId === hub.id);
    const caption = {
      kind: 'hub',
      hubId: hub.id,
      partners: countPartners(ofHub),
      countries: countCountries(ofHub),
    } as const;
    add({ ...scope, hubs: [hub.id] }, ofHub, true, caption);
  }

  for (const region of REGION_IDS) {
    const inRegion = links.filter((link) => link.region === region);
    if (inRegion.length === 0) continue;
    const caption = {
      kind: 'region',
      region,
      partners: countPartners(inRegion),
      countries: countCountries(inRegion),
    } as const;
    add({ ...scope, regions: [region] }, inRegion, false, caption);
  }
  return steps;
}
