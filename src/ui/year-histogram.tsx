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

/** Links signed per year, stacked by hub colour; years outside the range are dimmed. */
export function YearHistogram({ bins, hubColors, from, to }: YearHistogramProps) {
  const { inRange, outOfRange } = useMemo(
    () => layoutHistogram(bins, hubColors.length, WIDTH, HEIGHT, from, to),
    [bins, hubColors.length, from, to],
  );
  const fill = (hub: number) => hubColors[hub] ?? '#888';
  return (
    <svg
      className="year-histogram"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      <g opacity={0.25}>
        {outOfRange.map((path, hub) => path && <path key={hub} d={path} fill={fill(hub)} />)}
      </g>
      {inRange.map((path, hub) => path && <path key={hub} d={path} fill={fill(hub)} />)}
    </svg>
  );
}
