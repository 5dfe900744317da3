import type { YearBin } from '../state/timeline.ts';

export interface HistogramLayout {
  /**
   * Per hub (in the bins' hub order), one SVG path holding all its stacked bar segments of the years in the
   * range, and one of the years outside it; '' when there are none.
   */
  inRange: string[];
  outOfRange: string[];
}

/** The gap between two bars, as a share of the step. */
const GAP = 0.15;

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Stacked bars of links signed per year, a few paths per hub rather than one rectangle per year and hub:
 * the histogram is redrawn on every filter change, and a few long paths cost the browser far less than
 * hundreds of elements. Bars grow from the bottom of a `width` × `height` box; the tallest fills it. Years
 * from `from` to `to` go to the in-range paths.
 */
export function layoutHistogram(
  bins: readonly YearBin[],
  hubCount: number,
  width: number,
  height: number,
  from: number,
  to: number,
): HistogramLayout {
  const step = width / Math.max(1, bins.length - GAP);
  const barWidth = step * (1 - GAP);
  const unitsPerLink = height / Math.max(1, ...bins.map((bin) => bin.total));
  const inRange = Array.from({ length: hubCount }, () => '');
  const outOfRange = [...inRange];
  bins.forEach((bin, index) => {
    const paths = bin.year >= from && bin.year <= to ? inRange : outOfRange;
    let base = height;
    for (let hub = 0; hub < hubCount; hub++) {
      const count = bin.byHub[hub] ?? 0;
      if (count === 0) continue;
      const barHeight = count * unitsPerLink;
      base -= barHeight;
      paths[hub] +=
        `M${round(index * step)} ${round(base)}h${round(barWidth)}v${round(barHeight)}h${-round(barWidth)}z`;
    }
  });
  return { inRange, outOfRange };
}
