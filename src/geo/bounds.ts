/** [[west, south], [east, north]] in degrees; `east` may exceed 180 when the box crosses the antimeridian. */
export type LngLatBox = [[number, number], [number, number]];

/**
 * The tightest box around points given as [longitude, latitude] degrees, on a sphere: longitudes wrap, so
 * the box is the complement of the widest empty gap between them (Fiji and Samoa give a narrow box across
 * 180°, not one spanning the whole world). Returns null for no points.
 */
export function boundingBox(points: readonly (readonly [number, number])[]): LngLatBox | null {
  if (points.length === 0) return null;
  const lons = points.map(([lon]) => ((((lon + 180) % 360) + 360) % 360) - 180).sort((a, b) => a - b);
  const lats = points.map(([, lat]) => lat);
  let widestGap = -1;
  let west = lons[0] ?? 0;
  lons.forEach((lon, i) => {
    const next = i + 1 < lons.length ? (lons[i + 1] ?? lon) : (lons[0] ?? lon) + 360;
    if (next - lon > widestGap) {
      widestGap = next - lon;
      west = next > 180 ? next - 360 : next;
    }
  });
  const span = 360 - widestGap;
  return [
    [west, Math.min(...lats)],
    [west + span, Math.max(...lats)],
  ];
}
