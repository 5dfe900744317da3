import { describe, expect, it } from 'vitest';
import { exportFrame } from './export-frame.ts';

describe('exportFrame', () => {
  it('draws the screen size at the screen pixel ratio', () => {
    expect(exportFrame('screen', { width: 940, height: 620, pixelRatio: 2 })).toEqual({
      cssWidth: 940,
      cssHeight: 620,
      pixelRatio: 2,
      width: 1880,
      height: 1240,
    });
  });

  it('draws 3840×2160 from a 16:9 box that holds the whole screen view', () => {
    for (const live of [
      { width: 940, height: 620, pixelRatio: 1 },
      { width: 1280, height: 720, pixelRatio: 1 },
      { width: 390, height: 560, pixelRatio: 3 },
      { width: 2000, height: 300, pixelRatio: 1 },
    ]) {
      const frame = exportFrame('uhd', live);
      expect([frame.width, frame.height]).toEqual([3840, 2160]);
      expect(frame.cssWidth * 9).toBe(frame.cssHeight * 16);
      expect(Number.isInteger(frame.cssWidth) && Number.isInteger(frame.cssHeight)).toBe(true);
      expect(frame.cssWidth).toBeGreaterThanOrEqual(live.width);
      expect(frame.cssHeight).toBeGreaterThanOrEqual(live.height);
      expect(frame.cssWidth - live.width < 16 || frame.cssHeight - live.height < 9).toBe(true);
      expect(Math.round(frame.cssWidth * frame.pixelRatio)).toBe(3840);
      expect(Math.round(frame.cssHeight * frame.pixelRatio)).toBe(2160);
    }
  });

  it('keeps a 16:9 screen view as it is, only at a higher pixel ratio', () => {
    expect(exportFrame('uhd', { width: 1280, height: 720, pixelRatio: 1 })).toMatchObject({
      cssWidth: 1280,
      cssHeight: 720,
      pixelRatio: 3,
    });
  });
});
