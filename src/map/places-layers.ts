import { partnerKeyOf } from '../data/index.ts';
import type { Hub, Link } from '../data/index.ts';
import { toRgb } from '../state/hub-colors.ts';
import { forEachLinkIndex } from './link-indices.ts';
import { layoutPoints, stylePoint, type PlaceKind, type PointLayout } from './points/point-layout.ts';

/** Where a partner or hub point is drawn, and how it looks: see `points/point-layout.ts`. */
export interface PlacesSink {
  setPlaces(kind: PlaceKind, layout: PointLayout): void;
}

/**
 * Every partner of a dataset laid out once, and for each link (by its index in the dataset) its partner's
 * point and its hub: a selection then restyles the points in a pass over typed arrays, with no lookup by
 * name, which at tens of thousands of links would cost a filter change several frames.
 */
export interface PartnerIndex {
  readonly links: readonly Link[];
  readonly layout: PointLayout;
  readonly pointOfLink: Int32Array;
  readonly hubOfLink: Int32Array;
  readonly hubIds: readonly string[];
}

export function indexPartners(links: readonly Link[]): PartnerIndex {
  const layout = layoutPoints(
    links.map((link) => ({ key: partnerKeyOf(link), lon: link.lon, lat: link.lat })),
  );
  const hubIds: string[] = [];
  const hubIndex = new Map<string, number>();
  const pointOfLink = new Int32Array(links.length);
  const hubOfLink = new Int32Array(links.length);
  links.forEach((link, index) => {
    pointOfLink[index] = layout.indexOf.get(partnerKeyOf(link)) ?? 0;
    let hub = hubIndex.get(link.hubId);
    if (hub === undefined) {
      hub = hubIds.length;
      hubIds.push(link.hubId);
      hubIndex.set(link.hubId, hub);
    }
    hubOfLink[index] = hub;
  });
  return { links, layout, pointOfLink, hubOfLink, hubIds };
}

/**
 * Styles every partner point for the links shown: in the colour of the hub of its first shown link, with
 * a ring when a second hub of the selection is linked to it too, hidden when none of its links is shown.
 */
export function stylePartners(
  index: PartnerIndex,
  visible: readonly Link[],
  hubColors: ReadonlyMap<string, string>,
): void {
  const { links, layout, pointOfLink, hubOfLink, hubIds } = index;
  const points = layout.keys.length;
  const firstHub = new Int32Array(points).fill(-1);
  const hasSecondHub = new Uint8Array(points);
  forEachLinkIndex(links, visible, (link) => {
    const point = pointOfLink[link] ?? 0;
    const hub = hubOfLink[link] ?? 0;
    const first = firstHub[point] ?? -1;
    if (first === -1) firstHub[point] = hub;
    else if (first !== hub) hasSecondHub[point] = 1;
  });
  const rgbOfHub = hubIds.map((id) => toRgb(hubColors.get(id) ?? '#ccc'));
  for (let point = 0; point < points; point++) {
    const rgb = rgbOfHub[firstHub[point] ?? -1];
    stylePoint(
      layout,
      point,
      rgb ? { shown: true, rgb, hasRing: hasSecondHub[point] === 1 } : { shown: false },
    );
  }
}

let lastIndex: PartnerIndex | null = null;

/** {@link indexPartners} of the dataset last asked for: partner points and partner labels share it. */
export function partnerIndexOf(links: readonly Link[]): PartnerIndex {
  if (lastIndex?.links !== links) lastIndex = indexPartners(links);
  return lastIndex;
}

/** Partner points: laid out once per dataset; a selection only changes their styles, uploaded in one buffer. */
export class PartnerPoints {
  constructor(private readonly sink: PlacesSink) {}

  show(
    allLinks: readonly Link[],
    visibleLinks: readonly Link[],
    hubColors: ReadonlyMap<string, string>,
  ): void {
    const index = partnerIndexOf(allLinks);
    stylePartners(index, visibleLinks, hubColors);
    this.sink.setPlaces('partners', index.layout);
  }
}

/** One point per hub, in its colour. */
export function hubPoints(hubs: readonly Hub[], hubColors: ReadonlyMap<string, string>): PointLayout {
  const layout = layoutPoints(hubs.map((hub) => ({ key: hub.id, lon: hub.lon, lat: hub.lat })));
  hubs.forEach((hub, index) =>
    stylePoint(layout, index, { shown: true, rgb: toRgb(hubColors.get(hub.id) ?? '#fff'), hasRing: false }),
  );
  return layout;
}
