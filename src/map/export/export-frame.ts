import type { ExportSize } from '../../state/export-slice.ts';

export const UHD_SIZE = { width: 3840, height: 2160 } as const;

export interface LiveView {
  /** CSS pixels of the map on screen. */
  width: number;
  height: number;
  pixelRatio: number;
}

export interface ExportFrame {
  /** CSS size the map is drawn at, and its pixel ratio. */
  cssWidth: number;
  cssHeight: number;
  pixelRatio: number;
  /** Size of the PNG in pixels. */
  width: number;
  height: number;
}

/**
 * The map size to draw. `screen` is the map as it is. `uhd` keeps the zoom and draws the smallest 16:9 box of
 * whole CSS pixels around the screen's view at the pixel ratio that makes it 3840×2160: the same view, every
 * label and line in proportion, only sharper (and a little more map on the sides that were shorter than 16:9).
 */
export function exportFrame(size: ExportSize, live: LiveView): ExportFrame {
  const width = Math.max(1, Math.round(live.width));
  const height = Math.max(1, Math.round(live.height));
  if (size === 'screen') {
    return {
      cssWidth: width,
      cssHeight: height,
      pixelRatio: live.pixelRatio,
      width: Math.round(width * live.pixelRatio),
      height: Math.round(height * live.pixelRatio),
    };
  }
  const unit = Math.ceil(Math.max(width / 16, height / 9));
  return {
    cssWidth: 16 * unit,
    cssHeight: 9 * unit,
    pixelRatio: UHD_SIZE.width / (16 * unit),
    ...UHD_SIZE,
  };
}
