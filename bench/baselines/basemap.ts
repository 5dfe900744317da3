import { createBaselineMap, mapContainer, markArcsDrawn } from './map.ts';

// Baseline (c), the floor: the app's basemap alone, no arcs and no data.

const map = createBaselineMap(mapContainer());
map.once('load', () => map.once('idle', () => markArcsDrawn(0)));
