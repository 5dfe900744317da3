import type { CustomRenderMethodInput } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { captureFrameProjection, createFrameProjection } from './frame-state.ts';

function renderInput(scale: number, variantName = 'mercator'): CustomRenderMethodInput {
  const mainMatrix = [scale, 0, 0, 0, 0, scale, 0, 0, 0, 0, 1, 0, 0.1, 0.2, 0, 1];
  return {
    shaderData: { variantName, vertexShaderPrelude: '', define: '' },
    defaultProjectionData: {
      mainMatrix,
      fallbackMatrix: mainMatrix,
      tileMercatorCoords: [0, 0, 1, 1],
      clippingPlane: [0, 0, 0, 0],
      projectionTransition: 0,
    },
  } as unknown as CustomRenderMethodInput;
}

describe('captureFrameProjection', () => {
  it('copies the frame’s projection as float32 and says whether it changed', () => {
    const projection = createFrameProjection();
    expect(captureFrameProjection(projection, renderInput(2))).toBe(true);
    expect(projection.mainMatrix[12]).toBe(Math.fround(0.1));
    expect(captureFrameProjection(projection, renderInput(2))).toBe(false);
    expect(captureFrameProjection(projection, renderInput(2.5))).toBe(true);
    expect(projection.mainMatrix[0]).toBe(2.5);
  });

  it('counts a switch of projection variant as a change', () => {
    const projection = createFrameProjection();
    captureFrameProjection(projection, renderInput(2));
    expect(captureFrameProjection(projection, renderInput(2, 'globe'))).toBe(true);
    expect(projection.shader.variantName).toBe('globe');
  });
});
