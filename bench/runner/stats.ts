/** Median of the finite numbers (mean of the middle two for an even count); null when there are none. */
export function median(values: readonly (number | null)[]): number | null {
  const sorted = values
    .filter((value): value is number => value !== null && Number.isFinite(value))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Smallest and largest finite value, or null. */
export function range(values: readonly (number | null)[]): [number, number] | null {
  const finite = values.filter((value): value is number => value !== null && Number.isFinite(value));
  return finite.length === 0 ? null : [Math.min(...finite), Math.max(...finite)];
}

/** `app / baseline`, or null when either is missing or the baseline is zero. */
export function ratio(app: number | null, baseline: number | null): number | null {
  if (app === null || baseline === null || baseline === 0) return null;
  return app / baseline;
}

/**
 * The better of several baselines for a figure: the lowest for a cost (time, bytes), the highest for a
 * rate (frames per second). Missing figures are skipped; null when none is left.
 */
export function better(
  values: readonly { page: string; value: number | null }[],
  sense: 'lower' | 'higher',
): { page: string; value: number } | null {
  let best: { page: string; value: number } | null = null;
  for (const { page, value } of values) {
    if (value === null || !Number.isFinite(value)) continue;
    if (best === null || (sense === 'lower' ? value < best.value : value > best.value))
      best = { page, value };
  }
  return best;
}
