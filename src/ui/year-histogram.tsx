import type { YearBin } from '../state/timeline.ts';

interface YearHistogramProps {
  bins: readonly YearBin[];
  hubColors: readonly string[];
  from: number;
  to: number;
}

const WIDTH = 600;
const HEIGHT = 56;
/** The gap between two bars, as a share of the distance from one bar's start to the next. */
const GAP = 0.15;

/** Links signed per year, stacked by hub colour; years outside the range are dimmed. */
export function YearHistogram({ bins, hubColors, from, to }: YearHistogramProps) {
  // Plain arithmetic rather than d3-scale, whose tick formatting would add 5 KB to the first load.
  const step = WIDTH / Math.max(1, bins.length - GAP);
  const barWidth = step * (1 - GAP);
  const pixelsPerLink = HEIGHT / Math.max(1, ...bins.map((bin) => bin.total));
  return (
    <svg
      className="year-histogram"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      {bins.map((bin, index) => {
        let base = HEIGHT;
        const isInRange = bin.year >= from && bin.year <= to;
        return (
          <g key={bin.year} opacity={isInRange ? 1 : 0.25}>
            {bin.byHub.map((count, hub) => {
              if (!count) return null;
              const height = count * pixelsPerLink;
              base -= height;
              return (
                <rect
                  key={hub}
                  x={index * step}
                  y={base}
                  width={barWidth}
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
