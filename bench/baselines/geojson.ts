import type { ExpressionSpecification } from 'maplibre-gl';
import { buildArcPath } from '../../src/geo/great-circle.ts';
import { LAYER_PATH_OPTIONS } from '../../src/map/arcs/geometry-buffers.ts';
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

// Baseline (a): bare MapLibre, the arcs as one GeoJSON source of great-circle LineStrings (the app's
// sampling) and a line layer; a filter change is `setFilter`.

function toFeatures(arcs: readonly BaselineArc[]): GeoJSON.FeatureCollection<GeoJSON.LineString> {
  return {
    type: 'FeatureCollection',
    features: arcs.map((arc) => ({
      type: 'Feature',
      properties: {
        region: arc.region,
        year: arc.filterYear,
        color: `rgb(${arc.color.join(',')})`,
      },
      geometry: { type: 'LineString', coordinates: buildArcPath(arc.from, arc.to, LAYER_PATH_OPTIONS) },
    })),
  };
}

function filterExpression(filter: BaselineFilter): ExpressionSpecification {
  return [
    'all',
    ['>=', ['get', 'year'], filter.yearFrom],
    ['<=', ['get', 'year'], filter.yearTo],
    ['in', ['get', 'region'], ['literal', [...filter.regions]]],
  ];
}

const map = createBaselineMap(mapContainer());
const mapLoaded = new Promise<void>((resolve) => map.once('load', () => resolve()));
const dataset = await loadDataset();
const arcs = toBaselineArcs(dataset);
const features = toFeatures(arcs);
const domain = yearDomainOf(dataset);
const filter = initialFilter(arcs, domain);
await mapLoaded;
map.addSource('arcs', { type: 'geojson', data: features });
map.addLayer({
  id: 'arcs',
  type: 'line',
  source: 'arcs',
  filter: filterExpression(filter),
  paint: { 'line-color': ['get', 'color'], 'line-width': ARC_WIDTH_PX },
});
const onIdle = () => {
  if (!map.isSourceLoaded('arcs')) return;
  map.off('idle', onIdle);
  markArcsDrawn(arcs.length);
};
map.on('idle', onIdle);
exposeBaselinePage(
  filter,
  domain,
  (next) => map.setFilter('arcs', filterExpression(next)),
  () => map.getCanvas(),
);
