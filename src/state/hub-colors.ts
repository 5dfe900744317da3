import { color, hcl } from 'd3-color';

/** Okabe–Ito: distinct for the common colour-vision deficiencies and bright on a dark projector screen. */
const COLOR_BLIND_SAFE = ['#E69F00', '#56B4E9', '#F0E442', '#CC79A7', '#009E73', '#D55E00', '#0072B2'];

export type Rgb = [number, number, number];

/**
 * One colour per hub, by index: the safe palette while it lasts, then hues evenly spaced round the HCL wheel
 * at equal chroma, alternating two lightnesses so neighbours differ in more than hue.
 */
export function hubPalette(hubCount: number): string[] {
  if (hubCount <= COLOR_BLIND_SAFE.length) return COLOR_BLIND_SAFE.slice(0, hubCount);
  return Array.from({ length: hubCount }, (_, index) =>
    hcl((index * 360) / hubCount, 50, index % 2 === 0 ? 72 : 58).formatHex(),
  );
}

export function toRgb(cssColor: string): Rgb {
  const rgb = color(cssColor)?.rgb();
  return rgb ? [Math.round(rgb.r), Math.round(rgb.g), Math.round(rgb.b)] : [128, 128, 128];
}
