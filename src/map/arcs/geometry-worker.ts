import { buildArcGeometry } from './geometry-buffers.ts';
import { unpackArcs } from './packed-arcs.ts';
import type { GeometryRequest } from './packed-arcs.ts';

// The arc geometry worker (see geometry-off-thread.ts): one request, one reply, the buffers transferred.
self.onmessage = (event: MessageEvent<GeometryRequest>) => {
  const { arcs, pathOptions } = event.data;
  const geometry = buildArcGeometry(unpackArcs(arcs), pathOptions);
  const { vertexData, indices, arcIndexRanges, drawOrder, arcAttributes, yearBlocks } = geometry;
  const arrays = [indices, arcIndexRanges, drawOrder, arcAttributes, ...Object.values(yearBlocks)];
  self.postMessage(geometry, { transfer: [vertexData, ...arrays.map((array) => array.buffer)] });
};
