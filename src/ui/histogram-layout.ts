import type { YearBin } from '../state/timeline.ts';

export interface HistogramLayout {
  /** Distance from one year's bar to the next, in viewBox units. */
  step: number;
  barWidth: number;
  /** One SVG path per hub (in the bins' hub order) holding all its stacked bar segments; '' when none. */
  hubPaths: string[];
}

/** The gap between two bars, as a share of the step. */
const GAP = 0.15;

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Stacked bars of links signed per year, one path per hub rather than one rectangle per year and hub: the
 * histogram is redrawn on every filter change, and a few long paths cost the browser far less than
 * hundreds of elements. Bars grow from the bottom of a `width` × `height` box; the tallest fills it.
 */
export function layoutHistogram(
  bins: readonly YearBin[],
  hubCount: number,
  width: number,
  height: number,
): HistogramLayout {
  const step = width / Math.max(1, bins.length - GAP);
  const barWidth = step * (1 - GAP);
  const unitsPerLink = height / Math.max(1, ...bins.map((bin) => bin.total));
  const hubPaths = Array.from({ length: hubCount }, () => '');
  bins.forEach((bin, index) => {
    let base = height;
    for (let hub = 0; hub < hubCount; hub++) {
      const count = bin.byHub[hub] ?? 0;
      if (count === 0) continue;
      const barHeight = count * unitsPerLink;
      base -= barHeight;
      hubPaths[hub] +=
        `M${round(index * step)} ${round(base)}h${round(barWidth)}v${round(barHeight)}h${-round(barWidth)}z`;
    }
  });
  return { step, barWidth, hubPaths };
}
