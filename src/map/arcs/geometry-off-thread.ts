import type { ArcGeometry } from './geometry-buffers.ts';
import { packArcs, packedBuffers } from './packed-arcs.ts';
import type { GeometryRequest } from './packed-arcs.ts';
import type { ArcPathOptions } from '../../geo/great-circle.ts';
import type { ArcDatum } from './types.ts';

/**
 * A data file at least this big most likely has the thousands of links whose geometry is built off the main
 * thread (`OFF_THREAD_MIN_ARCS`): a links row takes about 250 bytes with one source, 700 with several. A
 * smaller file with that many gets its worker a little later; a bigger one without them ends it unused.
 */
export const WARM_WORKER_FROM_BYTES = 1024 * 1024;

/** A worker started before it was asked anything, so its module has loaded by the time the arcs have. */
let warmWorker: Worker | null = null;

function startWorker(): Worker {
  return new Worker(new URL('./geometry-worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Starts the geometry worker while a data file of `byteLength` bytes is still arriving and being parsed, if
 * the file is big enough to need it. Starting one costs the same a little later otherwise, on the path to
 * the first frame with arcs.
 */
export function warmGeometryWorkerFor(byteLength: number): void {
  if (!(byteLength >= WARM_WORKER_FROM_BYTES) || warmWorker) return;
  try {
    warmWorker = startWorker();
  } catch {
    // Workers refused: the request will fail the same way and the geometry is built on the main thread.
  }
}

/** Ends the worker started ahead, if the data it was started for turned out small enough to build here. */
export function releaseWarmGeometryWorker(): void {
  warmWorker?.terminate();
  warmWorker = null;
}

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
    const worker = warmWorker ?? startWorker();
    warmWorker = null;
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
