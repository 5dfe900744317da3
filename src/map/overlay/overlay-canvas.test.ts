import { describe, expect, it } from 'vitest';
import { fitOverlayToMap, type SizedCanvas } from './overlay-canvas.ts';

const canvas = (width: number, height: number, cssWidth: string, cssHeight: string): SizedCanvas => ({
  width,
  height,
  style: { width: cssWidth, height: cssHeight },
});

describe('fitOverlayToMap', () => {
  it('takes the map canvas’ drawing-buffer and CSS sizes (a 2× screen here)', () => {
    const overlay = canvas(300, 150, '', '');
    expect(fitOverlayToMap(overlay, canvas(1880, 896, '940px', '448px'))).toBe(true);
    expect(overlay).toEqual(canvas(1880, 896, '940px', '448px'));
  });

  it('leaves a canvas of the right size alone, so it is not cleared', () => {
    const overlay = canvas(1880, 896, '940px', '448px');
    expect(fitOverlayToMap(overlay, canvas(1880, 896, '940px', '448px'))).toBe(false);
  });

  it('reports a CSS-only change as no resize of the drawing buffer', () => {
    const overlay = canvas(940, 448, '940px', '448px');
    expect(fitOverlayToMap(overlay, canvas(940, 448, '470px', '224px'))).toBe(false);
    expect(overlay.style).toEqual({ width: '470px', height: '224px' });
  });
});
