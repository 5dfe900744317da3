import type { CustomRenderMethodInput } from 'maplibre-gl';
import type { FilterUniforms, FrameProjection } from './arc-renderer.ts';
import { shaderYearRange } from './arc-filter.ts';
import type { ArcFilter } from './types.ts';

export function createFrameProjection(): FrameProjection {
  return {
    shader: { variantName: '', vertexShaderPrelude: '', define: '' },
    mainMatrix: new Float32Array(16),
    fallbackMatrix: new Float32Array(16),
    tileMercatorCoords: new Float32Array(4),
    clippingPlane: new Float32Array(4),
    transition: 0,
  };
}

/**
 * Copies this frame's projection into `target` (reusing its arrays). MapLibre may hand over float64
 * matrices; WebGL wants float32.
 */
export function captureFrameProjection(target: FrameProjection, options: CustomRenderMethodInput) {
  const data = options.defaultProjectionData;
  target.shader = options.shaderData;
  target.mainMatrix.set(data.mainMatrix);
  target.fallbackMatrix.set(data.fallbackMatrix);
  target.tileMercatorCoords.set(data.tileMercatorCoords);
  target.clippingPlane.set(data.clippingPlane);
  target.transition = data.projectionTransition;
}

export function filterUniforms(filter: ArcFilter): FilterUniforms {
  return {
    yearRange: shaderYearRange(filter),
    includeUndated: filter.includeUndated,
    categoryMasks: [filter.regionMask >>> 0, filter.relationMask >>> 0, filter.levelMask >>> 0],
  };
}
