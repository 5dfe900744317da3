import { greatCircleAngle } from '../geo/great-circle.ts';
import { mercatorX, mercatorY } from '../geo/mercator.ts';
import type { LngLatBounds, Map as MapLibreMap } from 'maplibre-gl';

export interface PlaceLabel {
  lon: number;
  lat: number;
  lines: readonly string[];
  /** Hubs are drawn first, larger, and never hidden by partners; a few hubs are never hidden at all. */
  isHub: boolean;
  /** Web Mercator of `lon`/`lat`, worked out once: a flat map places the label with a few multiplications. */
  mercatorX: number;
  mercatorY: number;
  /**
   * The width of the widest line at label scale `widthScale` (0: not measured yet), filled in by the overlay
   * on first draw. Labels are made once per dataset with both fields set, so measuring allocates nothing and
   * a kiosk touring tens of thousands of partners keeps a flat heap.
   */
  width: number;
  widthScale: number;
}

/** A label not measured yet. */
export const unmeasured = (
  label: Omit<PlaceLabel, 'mercatorX' | 'mercatorY' | 'width' | 'widthScale'>,
): PlaceLabel => ({
  ...label,
  mercatorX: mercatorX(label.lon),
  mercatorY: mercatorY(label.lat),
  width: 0,
  widthScale: 0,
});

export const LABEL_FONT_STACK =
  "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', system-ui, sans-serif";

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The side of the cells of {@link PlacedBoxes}' coverage grid, px. */
const COVERAGE_CELL = 4;

/**
 * Boxes placed so far, bucketed in square cells, so each new label is tested only against its neighbours:
 * with tens of thousands of partners a linear scan of every placed label would dominate a redraw. Over
 * the canvas, a grid of small cells also records those wholly inside a placed box, so most hidden partners
 * are turned away with one lookup.
 */
export class PlacedBoxes {
  private readonly cells = new Map<number, Box[]>();
  private readonly columns: number;
  private readonly rows: number;
  /** 1 where a coverage cell lies wholly inside a placed box. */
  private readonly coverage: Uint8Array;

  constructor(
    private readonly cellSize = 64,
    canvas: { width: number; height: number } = { width: 0, height: 0 },
  ) {
    this.columns = Math.max(0, Math.ceil(canvas.width / COVERAGE_CELL));
    this.rows = Math.max(0, Math.ceil(canvas.height / COVERAGE_CELL));
    this.coverage = new Uint8Array(this.columns * this.rows);
  }

  /** Whether `box` overlaps none of the boxes placed so far. */
  isFree(box: Box): boolean {
    return this.cellKeys(box).every((key) => !this.cells.get(key)?.some((other) => overlaps(box, other)));
  }

  /**
   * True when every box around (x, y) (reaching past it on all four sides) overlaps a box placed so far;
   * false when that is not certain. One lookup: for the many labels that have no room, before {@link isFree}.
   */
  isCertainlyTaken(x: number, y: number): boolean {
    const column = Math.floor(x / COVERAGE_CELL);
    const row = Math.floor(y / COVERAGE_CELL);
    if (column < 0 || row < 0 || column >= this.columns || row >= this.rows) return false;
    return this.coverage[row * this.columns + column] === 1;
  }

  /** The area of `box` that boxes placed so far cover (counting overlaps among them twice). */
  coveredArea(box: Box): number {
    const seen = new Set<Box>();
    let area = 0;
    for (const key of this.cellKeys(box))
      for (const other of this.cells.get(key) ?? []) {
        if (seen.has(other) || !overlaps(box, other)) continue;
        seen.add(other);
        area +=
          (Math.min(box.x1, other.x1) - Math.max(box.x0, other.x0)) *
          (Math.min(box.y1, other.y1) - Math.max(box.y0, other.y0));
      }
    return area;
  }

  /** Places `box` unless it overlaps one already placed; returns whether it was placed. */
  tryPlace(box: Box): boolean {
    if (!this.isFree(box)) return false;
    this.place(box);
    return true;
  }

  /** Places `box` whether or not it overlaps: for labels that are never hidden. */
  place(box: Box): void {
    for (const key of this.cellKeys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
    const [firstColumn, endColumn] = this.insideCells(box.x0, box.x1, this.columns);
    const [firstRow, endRow] = this.insideCells(box.y0, box.y1, this.rows);
    for (let row = firstRow; row < endRow; row++)
      this.coverage.fill(1, row * this.columns + firstColumn, row * this.columns + endColumn);
  }

  /** The coverage cells, along one axis, wholly between `from` and `to`: [first, end), within `count`. */
  private insideCells(from: number, to: number, count: number): [number, number] {
    const first = Math.max(0, Math.ceil(from / COVERAGE_CELL));
    return [first, Math.max(first, Math.min(count, Math.floor(to / COVERAGE_CELL)))];
  }

  private cellKeys(box: Box): number[] {
    const keys: number[] = [];
    // Labels may hang off the canvas edge; the offset keeps the cell indices positive.
    const first = (value: number) => Math.floor(value / this.cellSize) + 1024;
    for (let column = first(box.x0); column <= first(box.x1); column++)
      for (let row = first(box.y0); row <= first(box.y1); row++) keys.push(column * 4096 + row);
    return keys;
  }
}

/** Where a label's text may go: its top-left corner. */
export interface LabelSpot {
  left: number;
  top: number;
}

/** The box a label's text covers at `spot`, with a margin for its halo. */
export const labelBox = (spot: LabelSpot, textWidth: number, textHeight: number): Box => ({
  x0: spot.left - 2,
  y0: spot.top - 2,
  x1: spot.left + textWidth + 2,
  y1: spot.top + textHeight + 2,
});

/**
 * Places for the text of a label at point (x, y), best first: right of the point, then (hubs only) left of
 * it, above, below, and at its four corners. Hubs of one country can stand close together, and one's name
 * must not hide the other's.
 */
export function labelSpots(
  x: number,
  y: number,
  textWidth: number,
  textHeight: number,
  gap: number,
  isHub: boolean,
): LabelSpot[] {
  const right = { left: x + gap, top: y - textHeight / 2 };
  if (!isHub) return [right];
  // At a corner the text clears the point diagonally, so it stands a little closer.
  const corner = gap * CORNER_GAP;
  const [leftOfRight, leftOfLeft] = [x + corner, x - corner - textWidth];
  const [topAbove, topBelow] = [y - corner - textHeight, y + corner];
  return [
    right,
    { left: x - gap - textWidth, top: y - textHeight / 2 },
    { left: x - textWidth / 2, top: y - gap - textHeight },
    { left: x - textWidth / 2, top: y + gap },
    { left: leftOfRight, top: topAbove },
    { left: leftOfRight, top: topBelow },
    { left: leftOfLeft, top: topAbove },
    { left: leftOfLeft, top: topBelow },
  ];
}

const CORNER_GAP = 0.7;
/**
 * Up to this many hubs, every hub's name is drawn however crowded its place (the official data has four).
 * A national dataset's hundreds would pile up: their names take free places only, still before any partner's.
 */
const ALWAYS_NAMED_HUBS = 8;
/** Between a hub's point and its name, px at label scale 1; half of it around the point is kept clear. */
export const HUB_LABEL_GAP = 10;

/**
 * The first of `spots` where a label of this size overlaps nothing placed, or else the one it overlaps
 * least: a name that is always shown goes as little over the others as it can.
 */
export function leastCoveredSpot(
  spots: readonly LabelSpot[],
  placed: PlacedBoxes,
  textWidth: number,
  textHeight: number,
): { spot: LabelSpot; coveredArea: number } | null {
  let best: { spot: LabelSpot; coveredArea: number } | null = null;
  for (const spot of spots) {
    const coveredArea = placed.coveredArea(labelBox(spot, textWidth, textHeight));
    if (!best || coveredArea < best.coveredArea) best = { spot, coveredArea };
    if (coveredArea === 0) break;
  }
  return best;
}

/**
 * Takes the first of `spots` free for a label of this size, or, for a label that is always shown, the one it
 * overlaps least; marks its box as taken and returns it. Null when the label is to be hidden.
 */
export function placeLabel(
  spots: readonly LabelSpot[],
  placed: PlacedBoxes,
  textWidth: number,
  textHeight: number,
  isAlwaysShown: boolean,
): LabelSpot | null {
  if (!isAlwaysShown)
    return spots.find((spot) => placed.tryPlace(labelBox(spot, textWidth, textHeight))) ?? null;
  const spot = leastCoveredSpot(spots, placed, textWidth, textHeight)?.spot ?? null;
  if (spot) placed.place(labelBox(spot, textWidth, textHeight));
  return spot;
}

/**
 * Marks a square of `halfSize` around each point as taken, before any name is placed: a hub's name beside
 * another hub's point would read as that hub's. A hub's own name never reaches into its point's square.
 */
export function keepPointsClear(
  placed: PlacedBoxes,
  points: readonly ({ x: number; y: number } | null)[],
  halfSize: number,
): void {
  for (const point of points)
    if (point)
      placed.place({
        x0: point.x - halfSize,
        y0: point.y - halfSize,
        x1: point.x + halfSize,
        y1: point.y + halfSize,
      });
}

/** Marks a page element that lies over the map (a caption, a card, a toolbar): no place name goes under it. */
export const COVERS_MAP_ATTRIBUTE = 'data-covers-map';

type ClientRect = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'>;

/**
 * The parts of the map canvas (client rect `canvas`) that elements with client rects `covers` hide, in the
 * canvas' CSS pixels. Hidden elements (no size) and those wholly beside the canvas cover nothing.
 */
export function coveredBoxes(canvas: ClientRect, covers: readonly ClientRect[]): Box[] {
  const wholeCanvas = { x0: 0, y0: 0, x1: canvas.right - canvas.left, y1: canvas.bottom - canvas.top };
  return covers
    .map((cover) => ({
      x0: cover.left - canvas.left,
      y0: cover.top - canvas.top,
      x1: cover.right - canvas.left,
      y1: cover.bottom - canvas.top,
    }))
    .filter((box) => box.x1 > box.x0 && box.y1 > box.y0 && overlaps(box, wholeCanvas));
}

/**
 * Place names drawn on a 2D canvas over the map with the system's CJK fonts: MapLibre's own symbol
 * layers would need a glyph server, and the app must not request anything from another host.
 */
export class LabelsOverlay {
  private readonly canvas: HTMLCanvasElement;
  private labels: readonly PlaceLabel[] = [];
  private frame = 0;
  /** The font last set on the context in this draw. */
  private font = '';
  /** The map canvas' CSS size and pixel ratio, read on resize only: reading them per draw forces a layout. */
  private size = { width: 0, height: 0, ratio: 1 };
  private readonly schedule = () => {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.draw());
  };
  private readonly resize = () => {
    const { clientWidth: width, clientHeight: height } = this.map.getCanvas();
    this.size = { width, height, ratio: this.map.getPixelRatio() };
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.schedule();
  };

  constructor(
    private readonly map: MapLibreMap,
    private scale = 1,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'labels-overlay';
    this.canvas.setAttribute('aria-hidden', 'true');
    map.getCanvasContainer().appendChild(this.canvas);
    this.resize();
    map.on('move', this.schedule);
    map.on('resize', this.resize);
    map.on('projectiontransition', this.schedule);
  }

  setLabels(labels: readonly PlaceLabel[]): void {
    this.labels = labels;
    this.schedule();
  }

  setScale(scale: number): void {
    this.scale = scale;
    this.schedule();
  }

  /** The canvas with the current labels, for composing a PNG export. */
  get element(): HTMLCanvasElement {
    return this.canvas;
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.map.off('move', this.schedule);
    this.map.off('resize', this.resize);
    this.map.off('projectiontransition', this.schedule);
    this.canvas.remove();
  }

  /**
   * Draws the labels now. On screen they keep out from under the page's elements that cover the map; an
   * exported image has none of them, so `forExport` ignores them.
   */
  draw({ forExport = false } = {}): void {
    this.frame = 0;
    const { width, height, ratio } = this.size;
    if (this.canvas.width !== Math.round(width * ratio)) this.canvas.width = Math.round(width * ratio);
    if (this.canvas.height !== Math.round(height * ratio)) this.canvas.height = Math.round(height * ratio);
    const context = this.canvas.getContext('2d');
    if (!context) return;
    this.font = '';
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    const center = this.map.getCenter();
    const isGlobe = this.map.getProjection()?.type === 'globe';
    const placed = new PlacedBoxes(undefined, { width, height });
    const drawnHubs: string[] = [];
    const flat =
      !isGlobe && this.map.getBearing() === 0 && this.map.getPitch() === 0
        ? flatMercatorView((lngLat) => this.map.project(lngLat), center)
        : null;
    // Otherwise projecting through MapLibre is the costly step with many partners; places well outside the
    // view are skipped first.
    const view = isGlobe || flat ? null : paddedBounds(this.map.getBounds());
    const projected = (label: PlaceLabel, out?: Point) => {
      if (flat) return screenOfMercator(flat, label.mercatorX, label.mercatorY, out);
      const lon = nearestWorldCopy(label.lon, center.lng);
      if (view && (lon < view.west || lon > view.east || label.lat < view.south || label.lat > view.north))
        return null;
      if (isGlobe && greatCircleAngle([lon, label.lat], [center.lng, center.lat]) > Math.PI / 2.2)
        return null;
      return this.map.project([lon, label.lat]);
    };
    const screenPoint = (label: PlaceLabel, out?: Point) => {
      const point = projected(label, out);
      return !point || point.x < -50 || point.y < -50 || point.x > width + 50 || point.y > height + 50
        ? null
        : point;
    };
    // A translucent caption would show names through it, half legible; an opaque card would cut them off.
    if (!forExport) for (const box of this.coveredBoxes()) placed.place(box);
    const hubs = this.labels.filter((label) => label.isHub);
    const hubPoints = hubs.map((hub) => screenPoint(hub));
    keepPointsClear(placed, hubPoints, (HUB_LABEL_GAP / 2) * this.scale);
    const isAlwaysNamed = hubs.length <= ALWAYS_NAMED_HUBS;
    hubs.forEach((label, index) => {
      const point = hubPoints[index];
      if (point && this.drawLabel(context, label, point.x, point.y, placed, isAlwaysNamed))
        drawnHubs.push(label.lines.join(' / '));
    });
    // Tens of thousands of partners: on a flat map their points are written to one scratch object.
    const scratch = { x: 0, y: 0 };
    for (const label of this.labels) {
      if (label.isHub) continue;
      const point = screenPoint(label, scratch);
      if (point) this.drawLabel(context, label, point.x, point.y, placed, false);
    }
    // Canvas text is invisible to the DOM; tests read which hub labels were drawn, and in which languages.
    const hubLabels = drawnHubs.join(' | ');
    if (this.canvas.dataset.hubLabels !== hubLabels) this.canvas.dataset.hubLabels = hubLabels;
  }

  /** What the page's covering elements hide of the canvas; no layout is read when there are none. */
  private coveredBoxes(): Box[] {
    const covers = document.querySelectorAll(`[${COVERS_MAP_ATTRIBUTE}]`);
    if (covers.length === 0) return [];
    const rects = [...covers].map((cover) => cover.getBoundingClientRect());
    return coveredBoxes(this.canvas.getBoundingClientRect(), rects);
  }

  private drawLabel(
    context: CanvasRenderingContext2D,
    label: PlaceLabel,
    x: number,
    y: number,
    placed: PlacedBoxes,
    isAlwaysNamed: boolean,
  ): boolean {
    if (label.lines.length === 0) return false;
    const size = (label.isHub ? 15 : 12) * this.scale;
    const lineHeight = size * 1.2;
    const textHeight = lineHeight * label.lines.length;
    const gap = (label.isHub ? HUB_LABEL_GAP : 7) * this.scale;
    // A partner's label hidden even at zero width is hidden at any width: most of tens of thousands of
    // partners are, and measuring their text is what a frame would spend its time on.
    const nearestTop = y - textHeight / 2;
    if (
      !label.isHub &&
      (placed.isCertainlyTaken(x + gap, y) ||
        !placed.isFree({
          x0: x + gap - 2,
          y0: nearestTop - 2,
          x1: x + gap + 2,
          y1: nearestTop + textHeight + 2,
        }))
    )
      return false;
    // Parsing a font string is slow; hubs come first, so a draw sets it about twice.
    const font = `${label.isHub ? 700 : 500} ${size}px ${LABEL_FONT_STACK}`;
    if (this.font !== font) {
      context.font = font;
      this.font = font;
    }
    const textWidth = this.widthOf(context, label);
    const spots = labelSpots(x, y, textWidth, textHeight, gap, label.isHub);
    const spot = placeLabel(spots, placed, textWidth, textHeight, isAlwaysNamed);
    if (!spot) return false;
    const { left, top } = spot;
    context.textBaseline = 'top';
    context.lineJoin = 'round';
    context.lineWidth = 3 * this.scale;
    context.strokeStyle = 'rgba(8, 18, 32, 0.9)';
    context.fillStyle = label.isHub ? '#ffffff' : '#dbe6f3';
    label.lines.forEach((line, i) => {
      context.strokeText(line, left, top + i * lineHeight);
      context.fillText(line, left, top + i * lineHeight);
    });
    return true;
  }

  /**
   * The width of the label's widest line, in the font last set on `context` (the label's own), measured once
   * per label and scale: every pan and every filter change redraws the same names.
   */
  private widthOf(context: CanvasRenderingContext2D, label: PlaceLabel): number {
    if (label.widthScale !== this.scale) {
      label.width = label.lines.reduce(
        (widest, line) => Math.max(widest, context.measureText(line).width),
        0,
      );
      label.widthScale = this.scale;
    }
    return label.width;
  }
}

/** The view's bounds widened by a fifth of their span on every side, for labels that hang into view. */
export function paddedBounds(bounds: Pick<LngLatBounds, 'getWest' | 'getEast' | 'getSouth' | 'getNorth'>): {
  west: number;
  east: number;
  south: number;
  north: number;
} {
  const padLon = (bounds.getEast() - bounds.getWest()) / 5;
  const padLat = (bounds.getNorth() - bounds.getSouth()) / 5;
  return {
    west: bounds.getWest() - padLon,
    east: bounds.getEast() + padLon,
    south: bounds.getSouth() - padLat,
    north: bounds.getNorth() + padLat,
  };
}

/** How a flat map, seen straight down with north up, lays out Web Mercator: an offset and one scale. */
export interface FlatMercatorView {
  centerX: number;
  centerY: number;
  /** Where the centre is on screen, px. */
  originX: number;
  originY: number;
  /** Screen px per unit of Web Mercator (the world's width). */
  scale: number;
}

/**
 * {@link FlatMercatorView} of a map from its own projection of the centre and of a point one degree east of
 * it. Such a map is an affine image of Web Mercator, so this holds for every point, with any padding.
 */
export function flatMercatorView(
  project: (lngLat: [number, number]) => { x: number; y: number },
  center: { lng: number; lat: number },
): FlatMercatorView {
  const origin = project([center.lng, center.lat]);
  const east = project([center.lng + 1, center.lat]);
  return {
    centerX: mercatorX(center.lng),
    centerY: mercatorY(center.lat),
    originX: origin.x,
    originY: origin.y,
    scale: (east.x - origin.x) * 360,
  };
}

type Point = { x: number; y: number };

/** Where the Web Mercator point (x, y) is on screen, on the world copy nearest the view's centre; in `out`. */
export function screenOfMercator(
  view: FlatMercatorView,
  x: number,
  y: number,
  out: Point = { x: 0, y: 0 },
): Point {
  const nearestCopyX = x + Math.round(view.centerX - x);
  out.x = view.originX + (nearestCopyX - view.centerX) * view.scale;
  out.y = view.originY + (y - view.centerY) * view.scale;
  return out;
}

/** The longitude of the world copy closest to the view centre, so labels follow arcs past the antimeridian. */
export function nearestWorldCopy(lon: number, centerLon: number): number {
  return lon + 360 * Math.round((centerLon - lon) / 360);
}
