import { describe, expect, it } from 'vitest';
import { exportFileName, exportScale, fitFont, layoutExport } from './export-layout.ts';
import type { ExportLayout, ExportLayoutInput, FontSpec, Rect } from './export-layout.ts';

/** A stand-in for canvas measureText: every character is 0.6 of the font size wide. */
const measure = (text: string, font: FontSpec) => text.length * font.size * 0.6;

const input = (overrides: Partial<ExportLayoutInput> = {}): ExportLayoutInput => ({
  width: 1280,
  height: 720,
  title: 'Sister-city map',
  details: ['Links signed 1982–2025', '98 partner cities · 41 countries'],
  legend: [
    { kind: 'hub', label: 'Chongqing', color: '#E69F00' },
    { kind: 'hub', label: 'Daqing', color: '#56B4E9' },
    { kind: 'relation', label: 'Sister city', dash: [] },
    { kind: 'relation', label: 'Letter of intent', dash: [0.5, 1.5] },
  ],
  source: 'Data: sister-city dataset · Basemap: Natural Earth · world-geo-json-zh',
  measure,
  ...overrides,
});

const inside = (rect: Rect, width: number, height: number) =>
  rect.x >= 0 && rect.y >= 0 && rect.x + rect.width <= width + 1e-9 && rect.y + rect.height <= height + 1e-9;
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function expectTidy(layout: ExportLayout, width: number, height: number) {
  for (const rect of [layout.titlePanel, layout.legendPanel, layout.sourceBar])
    expect(inside(rect, width, height)).toBe(true);
  expect(overlap(layout.titlePanel, layout.legendPanel)).toBe(false);
  expect(overlap(layout.legendPanel, layout.sourceBar)).toBe(false);
  expect(overlap(layout.titlePanel, layout.sourceBar)).toBe(false);
}

describe('exportScale', () => {
  it('is 1 at 1280×720 and 3 at 3840×2160, limited by the shorter side', () => {
    expect(exportScale(1280, 720)).toBe(1);
    expect(exportScale(3840, 2160)).toBe(3);
    expect(exportScale(3840, 720)).toBe(1);
    expect(exportScale(100, 100)).toBe(0.6);
  });
});

describe('fitFont', () => {
  it('keeps a font that fits and shrinks one that does not, down to a floor', () => {
    const font: FontSpec = { size: 20, weight: 700 };
    expect(fitFont('abc', font, 1000, measure)).toBe(font);
    expect(fitFont('a'.repeat(100), font, 900, measure).size).toBeCloseTo(15);
    expect(fitFont('a'.repeat(1000), font, 900, measure).size).toBe(12);
  });
});

describe('layoutExport', () => {
  it('puts title top-left, source along the bottom and legend above it, apart and inside the image', () => {
    const layout = layoutExport(input());
    expectTidy(layout, 1280, 720);
    expect(layout.titlePanel).toMatchObject({ x: 16, y: 16 });
    expect(layout.sourceBar).toMatchObject({ x: 0, width: 1280 });
    expect(layout.sourceBar.y + layout.sourceBar.height).toBe(720);
    expect(layout.legendPanel.y + layout.legendPanel.height).toBeCloseTo(layout.sourceBar.y - 16);
  });

  it('scales everything with the image: 3840×2160 is three times 1280×720', () => {
    const small = layoutExport(input());
    const large = layoutExport(input({ width: 3840, height: 2160 }));
    expectTidy(large, 3840, 2160);
    expect(large.scale).toBe(3);
    expect(large.titleLines[0]?.font.size).toBeCloseTo(3 * (small.titleLines[0]?.font.size ?? 0));
    expect(large.titlePanel.width).toBeCloseTo(3 * small.titlePanel.width);
    expect(large.legendPanel.height).toBeCloseTo(3 * small.legendPanel.height);
  });

  it('has one legend row per entry, in order, stacked without overlap inside the panel', () => {
    const layout = layoutExport(input());
    expect(layout.legendRows.map((row) => row.entry.label)).toEqual([
      'Chongqing',
      'Daqing',
      'Sister city',
      'Letter of intent',
    ]);
    layout.legendRows.forEach((row, i) => {
      expect(inside(row.mark, 1280, 720)).toBe(true);
      expect(row.mark.y).toBeGreaterThanOrEqual(layout.legendPanel.y);
      const next = layout.legendRows[i + 1];
      if (next) expect(next.text.y).toBeGreaterThan(row.text.y + row.text.font.size);
    });
    expect(layout.legendRows[0]?.mark.width).toBeLessThan(layout.legendRows[2]?.mark.width ?? 0);
  });

  it('shrinks a long title to the width of the image', () => {
    const title = 'A very long presentation title that would never fit on one line of a small image';
    const layout = layoutExport(input({ width: 800, height: 600, title }));
    const line = layout.titleLines[0];
    expect(line && measure(line.text, line.font)).toBeLessThanOrEqual(800 - 2 * layout.scale * 28);
    expectTidy(layout, 800, 600);
  });

  it('shrinks the legend on a short image rather than overlap the title', () => {
    const legend = Array.from({ length: 20 }, (_, i) => ({
      kind: 'hub' as const,
      label: `Hub ${i}`,
      color: '#fff',
    }));
    const layout = layoutExport(input({ width: 1280, height: 300, legend }));
    expectTidy(layout, 1280, 300);
    const unshrunkRowHeight = 22 * layout.scale;
    expect(layout.legendPanel.height).toBeLessThan(legend.length * unshrunkRowHeight);
  });
});

describe('exportFileName', () => {
  it('names the years and the size', () => {
    expect(exportFileName(1982, 2025, 3840, 2160)).toBe('sister-city-map_1982-2025_3840x2160.png');
    expect(exportFileName(2023, 2023, 940, 600)).toBe('sister-city-map_2023_940x600.png');
    expect(exportFileName(null, null, 940, 600)).toBe('sister-city-map_all-years_940x600.png');
  });
});
