import { scaleBand, scaleLinear } from 'd3-scale';
import type { YearBin } from '../state/timeline.ts';

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
  const x = scaleBand<number>()
    .domain(bins.map((bin) => bin.year))
    .range([0, WIDTH])
    .paddingInner(0.15);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...bins.map((bin) => bin.total))])
    .range([0, HEIGHT]);
  return (
    <svg
      className="year-histogram"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      {bins.map((bin) => {
        let base = HEIGHT;
        const isInRange = bin.year >= from && bin.year <= to;
        return (
          <g key={bin.year} opacity={isInRange ? 1 : 0.25}>
            {bin.byHub.map((count, hub) => {
              if (!count) return null;
              const height = y(count);
              base -= height;
              return (
                <rect
                  key={hub}
                  x={x(bin.year)}
                  y={base}
                  width={x.bandwidth()}
                  height={height}
                  fill={hubColors[hub] ?? '#888'}
                />
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
