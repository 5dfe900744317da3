import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Hub, Link } from '../data/index.ts';
import { boundingBox } from '../geo/bounds.ts';

/** Moves the camera to show every visible link from end to end (both hubs and partners), across 180° if shorter. */
export function fitCameraToLinks(
  map: MapLibreMap,
  links: readonly Link[],
  hubs: readonly Hub[],
  /** How long the camera takes to get there; 0 jumps. */
  durationMs: number,
  /** Extra room kept clear on each side (CSS px), e.g. under the presentation caption. */
  insets: Partial<Record<'top' | 'bottom' | 'left' | 'right', number>> = {},
): void {
  const hubById = new Map(hubs.map((hub) => [hub.id, hub]));
  const points: [number, number][] = [];
  for (const link of links) {
    points.push([link.lon, link.lat]);
    const hub = hubById.get(link.hubId);
    if (hub) points.push([hub.lon, hub.lat]);
  }
  const box = boundingBox(points);
  if (!box) return;
  const container = map.getContainer();
  const base = Math.min(80, container.clientWidth / 8, container.clientHeight / 8);
  const padding = {
    top: base + (insets.top ?? 0),
    bottom: base + (insets.bottom ?? 0),
    left: base + (insets.left ?? 0),
    right: base + (insets.right ?? 0),
  };
  map.fitBounds(box, { padding, maxZoom: 6, duration: durationMs });
}
