import { useMemo } from 'react';
import type { YearBin } from '../state/timeline.ts';
import { layoutHistogram } from './histogram-layout.ts';

interface YearHistogramProps {
  bins: readonly YearBin[];
  hubColors: readonly string[];
  from: number;
  to: number;
}

const WIDTH = 600;
const HEIGHT = 56;
const BARS_ID = 'year-histogram-bars';
const RANGE_ID = 'year-histogram-range';

/**
 * Links signed per year, stacked by hub colour; years outside the range are dimmed. The bars are drawn
 * twice, dimmed and then clipped to the range, so moving a handle changes one rectangle, not the bars.
 */
export function YearHistogram({ bins, hubColors, from, to }: YearHistogramProps) {
  const { step, barWidth, hubPaths } = useMemo(
    () => layoutHistogram(bins, hubColors.length, WIDTH, HEIGHT),
    [bins, hubColors.length],
  );
  const firstYear = bins[0]?.year ?? from;
  const rangeStart = (from - firstYear) * step;
  const rangeEnd = (to - firstYear) * step + barWidth;
  return (
    <svg
      className="year-histogram"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      <defs>
        <clipPath id={RANGE_ID}>
          <rect x={rangeStart} y={0} width={Math.max(0, rangeEnd - rangeStart)} height={HEIGHT} />
        </clipPath>
        <g id={BARS_ID}>
          {hubPaths.map((path, hub) => path && <path key={hub} d={path} fill={hubColors[hub] ?? '#888'} />)}
        </g>
      </defs>
      <use href={`#${BARS_ID}`} opacity={0.25} />
      <use href={`#${BARS_ID}`} clipPath={`url(#${RANGE_ID})`} />
    </svg>
  );
}
