import { partnerKeyOf } from '../data/index.ts';
import type { Hub, Link } from '../data/index.ts';
import { toRgb, type Rgb } from '../state/hub-colors.ts';
import { layoutPoints, stylePoint, type PlaceKind, type PointLayout } from './points/point-layout.ts';

/** How a partner's point looks in the selection: its first hub's colour, and how many hubs it is linked to. */
export interface PartnerStyle {
  color: string;
  hubCount: number;
}

/** The style of every partner of these links, keyed by partner (in the links' order). */
export function partnerStyles(
  links: readonly Link[],
  hubColors: ReadonlyMap<string, string>,
): Map<string, PartnerStyle & { link: Link }> {
  // Runs on every filter change for every partner shown: a partner's hubs are a plain string until it
  // has a second one, not a Set each.
  const byKey = new Map<string, PartnerStyle & { link: Link; hubIds: string | string[] }>();
  for (const link of links) {
    const key = partnerKeyOf(link);
    const entry = byKey.get(key);
    if (!entry) {
      byKey.set(key, { link, hubIds: link.hubId, color: hubColors.get(link.hubId) ?? '#ccc', hubCount: 1 });
      continue;
    }
    if (typeof entry.hubIds === 'string') {
      if (entry.hubIds === link.hubId) continue;
      entry.hubIds = [entry.hubIds, link.hubId];
    } else if (entry.hubIds.includes(link.hubId)) continue;
    else entry.hubIds.push(link.hubId);
    entry.hubCount = entry.hubIds.length;
  }
  return byKey;
}

export interface PartnerState extends Partial<PartnerStyle> {
  shown: boolean;
}

/**
 * The style changes that turn the points shown for `previous` into those for `next`: partners that left
 * are hidden, partners that came or changed style are shown with it, the others are not touched.
 */
export function partnerStateChanges(
  previous: ReadonlyMap<string, PartnerStyle>,
  next: ReadonlyMap<string, PartnerStyle>,
): [string, PartnerState][] {
  const changes: [string, PartnerState][] = [];
  for (const key of previous.keys()) if (!next.has(key)) changes.push([key, { shown: false }]);
  for (const [key, style] of next) {
    const before = previous.get(key);
    if (!before || before.color !== style.color || before.hubCount !== style.hubCount)
      changes.push([key, { shown: true, color: style.color, hubCount: style.hubCount }]);
  }
  return changes;
}

/** Where a partner or hub point is drawn, and how it looks: see `points/point-layout.ts`. */
export interface PlacesSink {
  setPlaces(kind: PlaceKind, layout: PointLayout): void;
}

/** Applies {@link partnerStateChanges} to the partners' point styles. */
export function applyPartnerStates(layout: PointLayout, changes: readonly [string, PartnerState][]): void {
  const rgbOf = new Map<string, Rgb>();
  for (const [key, state] of changes) {
    const index = layout.indexOf.get(key);
    if (index === undefined) continue;
    if (!state.shown) {
      stylePoint(layout, index, { shown: false });
      continue;
    }
    const color = state.color ?? '#ccc';
    let rgb = rgbOf.get(color);
    if (!rgb) rgbOf.set(color, (rgb = toRgb(color)));
    stylePoint(layout, index, { shown: true, rgb, hasRing: (state.hubCount ?? 1) > 1 });
  }
}

/**
 * Partner points: every partner of the dataset is laid out once, and the selection only changes their styles
 * (shown, colour, ring), a few bytes per partner uploaded into the same GPU buffer.
 */
export class PartnerPoints {
  private shown: ReadonlyMap<string, PartnerStyle> = new Map();
  private allLinks: readonly Link[] | null = null;
  private layout: PointLayout = layoutPoints([]);

  constructor(private readonly sink: PlacesSink) {}

  show(
    allLinks: readonly Link[],
    visibleLinks: readonly Link[],
    hubColors: ReadonlyMap<string, string>,
  ): void {
    if (allLinks !== this.allLinks) {
      this.allLinks = allLinks;
      this.layout = layoutPoints(
        allLinks.map((link) => ({ key: partnerKeyOf(link), lon: link.lon, lat: link.lat })),
      );
      this.shown = new Map();
    }
    const next = partnerStyles(visibleLinks, hubColors);
    applyPartnerStates(this.layout, partnerStateChanges(this.shown, next));
    this.shown = next;
    this.sink.setPlaces('partners', this.layout);
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
