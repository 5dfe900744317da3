import { DataFilterExtension } from '@deck.gl/extensions';
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { ArcLayer } from '@deck.gl/layers';
import type { ArcLayerProps } from '@deck.gl/layers';
import { MapboxOverlay } from '@deck.gl/mapbox';
import {
  ARC_WIDTH_PX,
  exposeBaselinePage,
  initialFilter,
  loadDataset,
  toBaselineArcs,
  yearDomainOf,
} from './arcs.ts';
import { createBaselineMap, mapContainer, markArcsDrawn } from './map.ts';
import type { BaselineArc, BaselineFilter } from './arcs.ts';

// Baseline (b): deck.gl's ArcLayer (great circles) over MapLibre through MapboxOverlay, overlaid (deck's
// own canvas: interleaved mode fails on MapLibre 6), filtered on the GPU by DataFilterExtension.

/** Points per arc: the app samples every 3° up to 48 points, about 30 for a typical hub → partner arc. */
const SEGMENTS = 32;

let expectedArcs = -1;
let onAllArcsDrawn: () => void = () => undefined;

/** Reports the first draw that covered every arc. */
class ProbeArcLayer extends ArcLayer<BaselineArc, DataFilterExtensionProps<BaselineArc>> {
  static override layerName = 'ProbeArcLayer';
  override draw(options: Parameters<ArcLayer<BaselineArc>['draw']>[0]): void {
    super.draw(options);
    if (this.getNumInstances() === expectedArcs) {
      expectedArcs = -1;
      onAllArcsDrawn();
    }
  }
}

const dataFilter = new DataFilterExtension({ filterSize: 1, categorySize: 1 });

function arcLayer(arcs: readonly BaselineArc[], filter: BaselineFilter) {
  const props: ArcLayerProps<BaselineArc> & DataFilterExtensionProps<BaselineArc> = {
    id: 'arcs',
    data: arcs,
    getSourcePosition: (arc) => arc.from,
    getTargetPosition: (arc) => arc.to,
    getSourceColor: (arc) => arc.color,
    getTargetColor: (arc) => arc.color,
    getWidth: ARC_WIDTH_PX,
    widthUnits: 'pixels',
    greatCircle: true,
    // The default height lifts the arcs off the map, and perspective then warps them; the app draws flat.
    getHeight: 0,
    numSegments: SEGMENTS,
    getFilterValue: (arc) => arc.filterYear,
    filterRange: [filter.yearFrom, filter.yearTo],
    getFilterCategory: (arc) => arc.region,
    filterCategories: [...filter.regions],
    extensions: [dataFilter],
  };
  return new ProbeArcLayer(props);
}

const map = createBaselineMap(mapContainer());
const overlay = new MapboxOverlay({ interleaved: false, layers: [] });
map.addControl(overlay);
const dataset = await loadDataset();
const arcs = toBaselineArcs(dataset);
const domain = yearDomainOf(dataset);
const filter = initialFilter(arcs, domain);
expectedArcs = arcs.length;
// Deck may draw before the basemap is on screen; like the other pages, the arcs count once both are.
onAllArcsDrawn = () => {
  if (map.loaded()) markArcsDrawn(arcs.length);
  else map.once('load', () => markArcsDrawn(arcs.length));
};
overlay.setProps({ layers: [arcLayer(arcs, filter)] });
exposeBaselinePage(
  filter,
  domain,
  (next) => overlay.setProps({ layers: [arcLayer(arcs, next)] }),
  () => overlay.getCanvas(),
);
