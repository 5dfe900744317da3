import { shallow } from 'zustand/shallow';

/**
 * What the overlay's cached layers (overlay-layers.ts) hold, and what a frame must redraw of them. The arcs
 * layer holds every arc the filter lets through but those of the highlighted year, which pulse and are drawn
 * every frame over it. Anything else that changes what the arcs layer shows is in its key.
 */
export interface ArcLayerContent {
  key: Readonly<Record<string, unknown>>;
  highlightYear: number;
  /** The filter's last year, as the shader compares years. */
  yearMax: number;
}

export type ArcLayerStep =
  | { kind: 'keep' }
  | { kind: 'redraw' }
  /** Draw the arcs of `fromYear` up to the year before the new highlighted one over what the layer holds. */
  | { kind: 'extend'; fromYear: number };

/**
 * A playback grows the range a year at a time, highlighting its last year: the year that stops pulsing is
 * then drawn over the layer as it is (drawn after the years before it, as a full redraw would), instead of
 * drawing every arc again.
 */
export function planArcLayer(drawn: ArcLayerContent | null, next: ArcLayerContent): ArcLayerStep {
  if (!drawn || !shallow(drawn.key, next.key)) return { kind: 'redraw' };
  if (drawn.highlightYear === next.highlightYear && drawn.yearMax === next.yearMax) return { kind: 'keep' };
  const isGrowing =
    drawn.highlightYear === drawn.yearMax &&
    next.highlightYear === next.yearMax &&
    next.highlightYear > drawn.highlightYear;
  return isGrowing ? { kind: 'extend', fromYear: drawn.highlightYear } : { kind: 'redraw' };
}
