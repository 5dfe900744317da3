import type { CustomLayerInterface } from 'maplibre-gl';
import type { PlaceKind, PointLayout } from '../points/point-layout.ts';

/** One hub → partner link. Positions are `[longitude, latitude]` in degrees. */
export interface ArcDatum {
  from: [number, number];
  to: [number, number];
  /** Year the link was made; `null` when unknown. */
  year: number | null;
  /** Index into {@link ArcAppearance.hubColors} and {@link ArcFilter.hubs}; 0..65535. */
  hub: number;
  /** World region, 0..15. */
  region: number;
  /** 0 sister city (solid), 1 friendly-cooperation partner (dashed), 2 letter of intent (dotted). */
  relation: 0 | 1 | 2;
  /** 0 prefecture-level, 1 county-level (drawn lighter). */
  level: 0 | 1;
}

export interface ArcFilter {
  /** Inclusive year range. */
  yearMin: number;
  yearMax: number;
  /** Whether arcs with `year === null` stay visible (the year range does not apply to them). */
  includeUndated: boolean;
  /** Visible hub indices; `null` means all hubs. */
  hubs: ReadonlySet<number> | null;
  /** Bit `1 << region` set = region visible. */
  regionMask: number;
  /** Bit `1 << relation` set = relation visible. */
  relationMask: number;
  /** Bit `1 << level` set = level visible. */
  levelMask: number;
}

export interface ArcAppearance {
  /** Colour per hub index, sRGB 0..255. */
  hubColors: ReadonlyArray<readonly [number, number, number]>;
  /** Line width of a prefecture-level arc in CSS pixels (county arcs are thinner). */
  lineWidth: number;
  /** Animate a bright pulse from hub to partner (repaints continuously while on). */
  flow: boolean;
  /** Arcs of this year pulse for a few seconds, then stay emphasised. */
  highlightYear: number | null;
  /** Arc index drawn emphasised on top. */
  selected: number | null;
  /** Arc index drawn lightly emphasised on top. */
  hovered: number | null;
  /** Overall opacity, 0..1. */
  opacity: number;
}

export interface ArcsLayerStats {
  /** Arcs whose geometry is on the GPU: 0 before the first frame and while the overlay's context is lost. */
  arcs: number;
  /** Vertices uploaded (two per path point). */
  vertices: number;
  /** Bytes of vertex, index and per-arc data uploaded for the last `setData` (ribbons held back, once idle). */
  uploadedBytes: number;
  /** CPU time of the last overlay draw (GL command submission, not GPU execution), ms. */
  lastDrawMs: number;
  /** How the last draw drew the arcs: 1-px lines from `HAIRLINES_FROM_ARCS` (arcs-overlay.ts) arcs in view, else ribbons. */
  style: 'ribbons' | 'hairlines';
  /**
   * Where the last frame came from: drawn whole, or composited from cached layers around the arcs of a
   * pulsing year (from `PULSE_LAYERS_FROM_ARCS` (arcs-overlay.ts) arcs in view, while the camera is still).
   */
  drawnFrom: 'scene' | 'layers';
}

/**
 * Arcs, partner points and hub points, drawn into a canvas of their own over the map's: a filter or
 * appearance change redraws that canvas only, never MapLibre's basemap.
 */
export interface ArcsOverlay {
  /** Add this custom layer to the map: it hands the overlay each frame's projection (it draws nothing itself). */
  readonly cameraHook: CustomLayerInterface;
  /** The overlay's canvas (`data-arcs-canvas`). */
  readonly canvas: HTMLCanvasElement;
  /**
   * Builds the geometry once into typed arrays (many arcs in a worker, drawing none meanwhile) and uploads it,
   * each level of detail when first drawn. The arcs are kept for context restore.
   */
  setData(arcs: readonly ArcDatum[]): void;
  /** Updates uniforms and the hub-visibility texture only; never re-uploads geometry. */
  setFilter(filter: ArcFilter): void;
  setAppearance(appearance: Partial<ArcAppearance>): void;
  /** A new layout uploads the points; the same layout again (its styles changed in place) uploads only the styles. */
  setPlaces(kind: PlaceKind, layout: PointLayout): void;
  /** CPU mirror of the shader's filter rule. */
  countVisible(): number;
  /** Index of the visible arc under a CSS-pixel point of the map canvas, or `null`. */
  pick(point: { x: number; y: number }, radiusPx?: number): number | null;
  /** Key of the shown point of `kind` nearest a CSS-pixel point, within `radiusPx` of its drawn disc, or `null`. */
  pickPlace(kind: PlaceKind, point: { x: number; y: number }, radiusPx: number): string | null;
  /**
   * Draws the overlay now. Its canvas keeps no picture between frames (no `preserveDrawingBuffer`): read it in
   * the same task, e.g. in a map frame's `render` event for a picture that matches that frame.
   */
  drawNow(): void;
  getStats(): ArcsLayerStats;
  dispose(): void;
}
