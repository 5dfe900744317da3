import { describe, expect, it } from 'vitest';
import type { FrameProjection } from '../arcs/arc-renderer.ts';
import { layoutPoints, stylePoint, type PointLayout } from './point-layout.ts';
import { clipToScreen, pickNearestPoint, projectToClip } from './point-picking.ts';

/** Mercator 0..1 onto the whole clip square, north up. */
const flatMatrix = new Float32Array([2, 0, 0, 0, 0, -2, 0, 0, 0, 0, 1, 0, -1, 1, 0, 1]);
const identity = new Float32Array([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);

function projection(variantName: 'mercator' | 'globe', transition = 1): FrameProjection {
  return {
    shader: { variantName, vertexShaderPrelude: '', define: '' },
    mainMatrix: variantName === 'globe' ? identity : flatMatrix,
    fallbackMatrix: flatMatrix,
    tileMercatorCoords: new Float32Array([0, 0, 1, 1]),
    // Points facing +z are in front: the clip z is 1 - z, beyond 1 behind the globe.
    clippingPlane: new Float32Array([0, 0, 1, 0]),
    transition,
  };
}

function shownLayout(places: Array<[string, number, number]>): PointLayout {
  const layout = layoutPoints(places.map(([key, lon, lat]) => ({ key, lon, lat })));
  layout.keys.forEach((_, i) => stylePoint(layout, i, { shown: true, rgb: [1, 2, 3], hasRing: false }));
  return layout;
}

describe('projectToClip', () => {
  it('applies the main matrix to Mercator coordinates on a flat map', () => {
    expect(projectToClip(projection('mercator'), 0.25, 0.75)).toEqual([-0.5, -0.5, 0, 1]);
    expect(clipToScreen([-0.5, -0.5, 0, 1], 100, 50)).toEqual({ x: 25, y: 37.5 });
  });

  it('puts the globe’s near side in front and hides its far side', () => {
    const front = projectToClip(projection('globe'), 0.5, 0.5); // 0° E, 0° N faces +z
    front.forEach((value, i) => expect(value).toBeCloseTo([0, 0, 0, 1][i]!, 6));
    const screen = clipToScreen(front, 100, 100);
    expect(screen?.x).toBeCloseTo(50, 6);
    expect(screen?.y).toBeCloseTo(50, 6);
    const back = projectToClip(projection('globe'), 0, 0.5); // 180°
    expect(back[2]).toBeCloseTo(2, 6);
    expect(clipToScreen(back, 100, 100)).toBeNull();
  });

  it('blends the flat and globe positions during the projection transition', () => {
    const [x, y, z, w] = projectToClip(projection('globe', 0.5), 0.75, 0.5); // 90° E
    expect(x).toBeCloseTo(0.5 * 0.5 + 0.5 * 1, 6); // flat 0.5, on the sphere sin(90°) = 1
    expect(y).toBeCloseTo(0, 6);
    expect(z).toBeCloseTo(((0.5 - 0.2) / 0.8) * 1, 6); // clip z 1 - cos(90°), faded in after 20 %
    expect(w).toBe(1);
  });
});

describe('pickNearestPoint', () => {
  const request = (layout: PointLayout, pointer: { x: number; y: number }, worldOffsets = [0]) => ({
    layout,
    projection: projection('mercator'),
    worldOffsets,
    width: 360,
    height: 360,
    pointer,
    searchRadius: 8,
    outerRadius: () => 4,
  });

  it('picks the shown point nearest the pointer, skipping hidden ones', () => {
    // On this 360-px map one degree of longitude is one pixel: 0° at x = 180.
    const layout = shownLayout([
      ['near', 5, 0],
      ['nearer', -3, 0],
      ['hidden', 0, 0],
    ]);
    stylePoint(layout, 2, { shown: false });
    expect(pickNearestPoint(request(layout, { x: 180, y: 180 }))).toBe('nearer');
  });

  it('hits a disc that reaches into the search square, not one that stops short of it', () => {
    const layout = shownLayout([['edge', 11.5, 0]]); // 11.5 px away: 3.5 px past the square's side
    expect(pickNearestPoint(request(layout, { x: 180, y: 180 }))).toBe('edge');
    expect(pickNearestPoint(request(layout, { x: 179, y: 180 }))).toBeNull(); // 4.5 px > the 4-px radius
  });

  it('finds a point in the world copy it is drawn in', () => {
    const layout = shownLayout([['tonga', -175, 0]]); // x = 5 px, and 365 px in the copy to the east
    expect(pickNearestPoint(request(layout, { x: 360, y: 180 }))).toBeNull();
    expect(pickNearestPoint(request(layout, { x: 360, y: 180 }, [0, 1]))).toBe('tonga');
  });
});
