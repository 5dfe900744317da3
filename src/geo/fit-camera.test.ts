import { describe, expect, it } from 'vitest';
import { fitCameraToBox } from './fit-camera.ts';

const viewport = { width: 1024, height: 512 };
const options = { paddingPx: 0, maxZoom: 8 };

describe('fitCameraToBox', () => {
  it('frames the whole world width at zoom 1 in a 1024 px wide viewport', () => {
    const camera = fitCameraToBox(
      [
        [-180, -60],
        [180, 60],
      ],
      viewport,
      options,
    );
    expect(camera.zoom).toBeCloseTo(1, 6);
    expect(camera.center[0]).toBeCloseTo(0, 6);
    expect(camera.center[1]).toBeCloseTo(0, 6);
  });

  it('lets the taller side decide for a tall box', () => {
    const wide = fitCameraToBox(
      [
        [0, 0],
        [10, 1],
      ],
      viewport,
      options,
    );
    const tall = fitCameraToBox(
      [
        [0, 0],
        [1, 10],
      ],
      viewport,
      options,
    );
    expect(tall.zoom).toBeLessThan(wide.zoom);
  });

  it('keeps the centre between both latitudes in Mercator, not in degrees', () => {
    const camera = fitCameraToBox(
      [
        [0, 0],
        [10, 70],
      ],
      viewport,
      options,
    );
    expect(camera.center[1]).toBeGreaterThan(35);
    expect(camera.center[1]).toBeLessThan(70);
  });

  it('centres a box across the antimeridian near 180°, wrapped into [-180, 180]', () => {
    const camera = fitCameraToBox(
      [
        [170, -20],
        [200, -10],
      ],
      viewport,
      options,
    );
    expect(camera.center[0]).toBeCloseTo(-175, 6);
  });

  it('stops at maxZoom for a single point', () => {
    const camera = fitCameraToBox(
      [
        [116, 36],
        [116, 36],
      ],
      viewport,
      { paddingPx: 40, maxZoom: 5 },
    );
    expect(camera).toEqual({ center: [116, expect.closeTo(36, 6)], zoom: 5 });
  });

  it('zooms out to make room for the padding', () => {
    const box: [[number, number], [number, number]] = [
      [0, 0],
      [40, 20],
    ];
    const tight = fitCameraToBox(box, viewport, options);
    const padded = fitCameraToBox(box, viewport, { ...options, paddingPx: 100 });
    expect(padded.zoom).toBeLessThan(tight.zoom);
  });
});

describe('fitCameraToBox with padding on one side', () => {
  const box: [[number, number], [number, number]] = [
    [0, -10],
    [20, 10],
  ];

  it('puts the box in the middle of the space the padding leaves', () => {
    const camera = fitCameraToBox(box, viewport, {
      paddingPx: { top: 0, right: 0, bottom: 200, left: 0 },
      maxZoom: 8,
    });
    // 200 px of caption at the bottom: the box centre (the equator) is 100 px above the viewport centre.
    const worldSize = 512 * 2 ** camera.zoom;
    const centreY = (1 - Math.log(Math.tan(Math.PI / 4 + (camera.center[1] * Math.PI) / 360)) / Math.PI) / 2;
    expect((centreY - 0.5) * worldSize).toBeCloseTo(100, 6);
    expect(camera.center[0]).toBeCloseTo(10, 6);
  });

  it('zooms as for a viewport without the padded band', () => {
    const padded = fitCameraToBox(box, viewport, {
      paddingPx: { top: 0, right: 0, bottom: 200, left: 0 },
      maxZoom: 8,
    });
    const smaller = fitCameraToBox(box, { width: 1024, height: 312 }, { paddingPx: 0, maxZoom: 8 });
    expect(padded.zoom).toBeCloseTo(smaller.zoom, 6);
  });
});
