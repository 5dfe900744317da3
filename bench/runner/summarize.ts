import { median } from './stats.ts';
import { FIGURES } from './types.ts';
import type { BytesFigures, PageRun, PageSummary } from './types.ts';

/** Medians of every figure over the runs; notes are kept once each. */
export function summarizeRuns(runs: readonly PageRun[]): PageSummary {
  const figures = Object.fromEntries(
    FIGURES.map((figure) => [figure, median(runs.map((run) => run[figure]))]),
  ) as Record<(typeof FIGURES)[number], number | null>;
  const withBytes = runs.flatMap((run) => (run.bytes ? [run.bytes] : []));
  const bytes =
    withBytes.length === 0
      ? null
      : (Object.fromEntries(
          Object.keys(withBytes[0]!).map((key) => [
            key,
            median(withBytes.map((entry) => entry[key as keyof BytesFigures])) ?? 0,
          ]),
        ) as unknown as BytesFigures);
  return { ...figures, bytes, runs: runs.length, notes: [...new Set(runs.flatMap((run) => run.notes))] };
}
