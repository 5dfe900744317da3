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

/** Copies `source` into `target` (as float32); returns whether any value changed. */
function copyChanged(target: Float32Array, source: ArrayLike<number>): boolean {
  let isChanged = false;
  for (let i = 0; i < target.length; i++) {
    const value = Math.fround(source[i] ?? 0);
    if (target[i] !== value) {
      target[i] = value;
      isChanged = true;
    }
  }
  return isChanged;
}

/**
 * Copies this frame's projection into `target` (reusing its arrays) and returns whether it differs from the
 * one `target` held. MapLibre may hand over float64 matrices; WebGL wants float32.
 */
export function captureFrameProjection(target: FrameProjection, options: CustomRenderMethodInput): boolean {
  const data = options.defaultProjectionData;
  let isChanged =
    target.shader.variantName !== options.shaderData.variantName ||
    target.transition !== data.projectionTransition;
  target.shader = options.shaderData;
  target.transition = data.projectionTransition;
  // Every array is copied: `||` would skip the rest after the first change.
  isChanged = copyChanged(target.mainMatrix, data.mainMatrix) || isChanged;
  isChanged = copyChanged(target.fallbackMatrix, data.fallbackMatrix) || isChanged;
  isChanged = copyChanged(target.tileMercatorCoords, data.tileMercatorCoords) || isChanged;
  isChanged = copyChanged(target.clippingPlane, data.clippingPlane) || isChanged;
  return isChanged;
}

export function filterUniforms(filter: ArcFilter): FilterUniforms {
  return {
    yearRange: shaderYearRange(filter),
    includeUndated: filter.includeUndated,
    categoryMasks: [filter.regionMask >>> 0, filter.relationMask >>> 0, filter.levelMask >>> 0],
  };
}
