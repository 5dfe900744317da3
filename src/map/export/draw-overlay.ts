import type { Theme } from '../../state/view-state.ts';
import { LABEL_FONT_STACK } from '../labels-overlay.ts';
import type { ExportLayout, FontSpec, Rect, TextLine } from './export-layout.ts';

interface Palette {
  panel: string;
  border: string;
  text: string;
  muted: string;
}

const PALETTES: Record<Theme, Palette> = {
  default: { panel: 'rgba(11, 26, 46, 0.9)', border: '#3f5878', text: '#eef3f9', muted: '#a9bad0' },
  projector: { panel: 'rgba(0, 0, 0, 0.92)', border: '#d9e2ec', text: '#ffffff', muted: '#e3e8ef' },
};

export const cssFont = (font: FontSpec): string => `${font.weight} ${font.size}px ${LABEL_FONT_STACK}`;

/** Draws the title panel, legend and source bar of an export layout over the map image. */
export function drawExportOverlay(
  context: CanvasRenderingContext2D,
  layout: ExportLayout,
  theme: Theme,
): void {
  const palette = PALETTES[theme];
  const panel = (rect: Rect, withBorder: boolean) => {
    if (rect.width <= 0 || rect.height <= 0) return;
    context.fillStyle = palette.panel;
    context.fillRect(rect.x, rect.y, rect.width, rect.height);
    if (!withBorder) return;
    context.strokeStyle = palette.border;
    context.lineWidth = Math.max(1, layout.scale);
    context.strokeRect(rect.x, rect.y, rect.width, rect.height);
  };
  const write = (line: TextLine, color: string) => {
    context.font = cssFont(line.font);
    context.fillStyle = color;
    context.textBaseline = 'top';
    context.fillText(line.text, line.x, line.y, line.maxWidth);
  };

  panel(layout.titlePanel, true);
  layout.titleLines.forEach((line, i) => write(line, i === 0 ? palette.text : palette.muted));

  panel(layout.legendPanel, true);
  for (const row of layout.legendRows) {
    const { mark, entry } = row;
    const middle = mark.y + mark.height / 2;
    if (entry.kind === 'hub') {
      context.beginPath();
      context.arc(mark.x + mark.width / 2, middle, mark.width / 2, 0, 2 * Math.PI);
      context.fillStyle = entry.color;
      context.fill();
      context.strokeStyle = '#ffffff';
      context.lineWidth = Math.max(1, layout.scale * 1.5);
      context.stroke();
    } else {
      context.beginPath();
      context.setLineDash(entry.dash.map((length) => length * layout.legendLineWidth));
      context.lineCap = 'round';
      context.lineWidth = layout.legendLineWidth;
      context.strokeStyle = palette.text;
      context.moveTo(mark.x + layout.legendLineWidth / 2, middle);
      context.lineTo(mark.x + mark.width - layout.legendLineWidth / 2, middle);
      context.stroke();
      context.setLineDash([]);
    }
    write(row.text, palette.text);
  }

  panel(layout.sourceBar, false);
  write(layout.sourceLine, palette.muted);
}
