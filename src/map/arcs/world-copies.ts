/** Never draw more copies than this, however far out a flat map is zoomed. */
export const MAX_WORLD_COPIES = 5;
const MAX_OFFSET = 16;

/**
 * World-copy offsets (whole Mercator worlds, added to x) at which data spanning `[dataMinX, dataMaxX]`
 * shows inside a view spanning `[viewMinX, viewMaxX]` (Mercator x, both possibly outside 0..1).
 * Offsets are ordered nearest to the main world first, so the cap drops the outermost copies.
 */
export function selectWorldCopies(
  dataMinX: number,
  dataMaxX: number,
  viewMinX: number,
  viewMaxX: number,
  maxCopies = MAX_WORLD_COPIES,
): number[] {
  // Bounded so a degenerate view (NaN, huge) cannot loop for long.
  const first = Math.max(-MAX_OFFSET, Math.ceil(viewMinX - dataMaxX));
  const last = Math.min(MAX_OFFSET, Math.floor(viewMaxX - dataMinX));
  const offsets: number[] = [];
  for (let offset = first; offset <= last; offset++) offsets.push(offset === 0 ? 0 : offset); // no -0
  return offsets.sort((a, b) => Math.abs(a) - Math.abs(b) || a - b).slice(0, maxCopies);
}
