import type { ArcGeometry } from './geometry-buffers.ts';
import { packArcs, packedBuffers } from './packed-arcs.ts';
import type { GeometryRequest } from './packed-arcs.ts';
import type { ArcPathOptions } from '../../geo/great-circle.ts';
import type { ArcDatum } from './types.ts';

/**
 * `buildArcGeometry` in a worker: tens of thousands of great circles take the main thread a second or more,
 * while the page has its lists and the basemap to lay out. Rejects when workers are unavailable or
 * refused, for the caller to build them itself; the geometry is the same either way.
 */
export function buildArcGeometryOffThread(
  arcs: readonly ArcDatum[],
  pathOptions: ArcPathOptions,
): Promise<ArcGeometry> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./geometry-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ArcGeometry>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(`arc geometry worker: ${event.message}`));
    };
    const request: GeometryRequest = { arcs: packArcs(arcs), pathOptions };
    worker.postMessage(request, packedBuffers(request.arcs));
  });
}
