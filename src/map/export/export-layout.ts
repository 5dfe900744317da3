/**
 * Where the title, date range, legend and source line go on an exported PNG: pure arithmetic in device
 * pixels, so it is tested without a canvas. Text is measured through the `measure` callback.
 */

export interface FontSpec {
  /** Pixels. */
  size: number;
  weight: 400 | 700;
}

export type LegendEntry =
  | { kind: 'hub'; label: string; color: string }
  /** `dash`: on/off lengths in line widths; empty = solid. */
  | { kind: 'relation'; label: string; dash: readonly number[] };

export interface ExportLayoutInput {
  width: number;
  height: number;
  title: string;
  /** Lines under the title: the date range, the selection's figures. */
  details: readonly string[];
  legend: readonly LegendEntry[];
  source: string;
  measure: (text: string, font: FontSpec) => number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A line of text drawn with `textBaseline = 'top'` at (x, y), never wider than `maxWidth`. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
  font: FontSpec;
  maxWidth: number;
}

export interface LegendRow {
  entry: LegendEntry;
  /** The swatch or line sample: a box whose vertical centre is the row's. */
  mark: Rect;
  text: TextLine;
}

export interface ExportLayout {
  /** 1 at 1280×720; every size and gap grows with it. */
  scale: number;
  titlePanel: Rect;
  titleLines: TextLine[];
  legendPanel: Rect;
  legendRows: LegendRow[];
  sourceBar: Rect;
  sourceLine: TextLine;
  /** Line width of the legend's relation samples. */
  legendLineWidth: number;
}

const REFERENCE = { width: 1280, height: 720 };
const MIN_SCALE = 0.6;
const MAX_SCALE = 4;
const LINE_HEIGHT = 1.25;
/** Text may shrink to this share of its size to fit; beyond that `maxWidth` squeezes it. */
const MIN_FIT = 0.6;

export function exportScale(width: number, height: number): number {
  const scale = Math.min(width / REFERENCE.width, height / REFERENCE.height);
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** The largest font size up to `font.size` (down to {@link MIN_FIT} of it) at which `text` fits `available`. */
export function fitFont(
  text: string,
  font: FontSpec,
  available: number,
  measure: ExportLayoutInput['measure'],
): FontSpec {
  const width = measure(text, font);
  if (width <= available) return font;
  return { ...font, size: Math.max(font.size * MIN_FIT, (font.size * available) / width) };
}

export function layoutExport(input: ExportLayoutInput): ExportLayout {
  const { width, height, measure } = input;
  const scale = exportScale(width, height);
  const margin = 16 * scale;
  const pad = 12 * scale;

  const sourceFont = fitFont(input.source, { size: 12 * scale, weight: 400 }, width - 2 * pad, measure);
  const sourceHeight = sourceFont.size * LINE_HEIGHT + 2 * 6 * scale;
  const sourceBar = { x: 0, y: height - sourceHeight, width, height: sourceHeight };
  const sourceLine = {
    text: input.source,
    x: pad,
    y: sourceBar.y + 6 * scale,
    font: sourceFont,
    maxWidth: width - 2 * pad,
  };

  const textRoom = width - 2 * margin - 2 * pad;
  const titleFonts = [
    fitFont(input.title, { size: 28 * scale, weight: 700 }, textRoom, measure),
    ...input.details.map((line) => fitFont(line, { size: 16 * scale, weight: 400 }, textRoom, measure)),
  ];
  const titleTexts = [input.title, ...input.details];
  let y = margin + pad;
  const titleLines = titleTexts.map((text, i) => {
    const font = titleFonts[i] ?? { size: 16 * scale, weight: 400 };
    const line = { text, x: margin + pad, y, font, maxWidth: textRoom };
    y += font.size * LINE_HEIGHT;
    return line;
  });
  const titleWidth = Math.max(
    ...titleLines.map((line) => Math.min(line.maxWidth, measure(line.text, line.font))),
  );
  const titlePanel = { x: margin, y: margin, width: titleWidth + 2 * pad, height: y - margin + pad };

  const legend = layoutLegend(input, scale, {
    left: margin,
    top: titlePanel.y + titlePanel.height + margin,
    bottom: sourceBar.y - margin,
    maxWidth: width - 2 * margin,
  });
  return { scale, titlePanel, titleLines, sourceBar, sourceLine, ...legend };
}

function layoutLegend(
  input: ExportLayoutInput,
  scale: number,
  room: { left: number; top: number; bottom: number; maxWidth: number },
): Pick<ExportLayout, 'legendPanel' | 'legendRows' | 'legendLineWidth'> {
  const rowCount = input.legend.length;
  const naturalHeight = (rows: number, s: number) => rows * 22 * s + 2 * 10 * s;
  // A short image shrinks the legend rather than letting it run into the title.
  const available = Math.max(0, room.bottom - room.top);
  const legendScale = Math.max(
    scale * 0.5,
    Math.min(scale, rowCount ? (scale * available) / naturalHeight(rowCount, scale) : scale),
  );
  const pad = 10 * legendScale;
  const rowHeight = 22 * legendScale;
  const markWidth = 36 * legendScale;
  const gap = 8 * legendScale;
  const font: FontSpec = { size: 14 * legendScale, weight: 400 };
  const textX = room.left + pad + markWidth + gap;
  const maxTextWidth = room.maxWidth - (textX - room.left) - pad;
  const panelHeight = rowCount ? naturalHeight(rowCount, legendScale) : 0;
  const panelTop = room.bottom - panelHeight;
  const legendRows = input.legend.map((entry, i): LegendRow => {
    const rowTop = panelTop + pad + i * rowHeight;
    const markHeight = entry.kind === 'hub' ? 12 * legendScale : 4 * legendScale;
    const markSize = entry.kind === 'hub' ? markHeight : markWidth;
    return {
      entry,
      mark: {
        x: room.left + pad,
        y: rowTop + (rowHeight - markHeight) / 2,
        width: markSize,
        height: markHeight,
      },
      text: {
        text: entry.label,
        x: textX,
        y: rowTop + (rowHeight - font.size) / 2,
        font,
        maxWidth: maxTextWidth,
      },
    };
  });
  const widest = Math.max(
    0,
    ...legendRows.map((row) => Math.min(row.text.maxWidth, input.measure(row.text.text, font))),
  );
  return {
    legendPanel: {
      x: room.left,
      y: panelTop,
      width: rowCount ? textX - room.left + widest + pad : 0,
      height: panelHeight,
    },
    legendRows,
    legendLineWidth: 3 * legendScale,
  };
}

/** `sister-city-map_1982-2025_3840x2160.png`: the years shown and the pixel size, safe in any file system. */
export function exportFileName(
  from: number | null,
  to: number | null,
  width: number,
  height: number,
): string {
  const years = from === null || to === null ? 'all-years' : from === to ? String(from) : `${from}-${to}`;
  return `sister-city-map_${years}_${width}x${height}.png`;
}
