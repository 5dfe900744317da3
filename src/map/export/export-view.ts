import type { Map as MapLibreMap } from 'maplibre-gl';
import { RELATION_TYPES } from '../../data/index.ts';
import type { RelationType } from '../../data/index.ts';
import { messagesFor } from '../../i18n/index.ts';
import type { ExportJob } from '../../state/export-slice.ts';
import { selectHubColors, selectSummary } from '../../state/selectors.ts';
import type { AppState } from '../../state/store.ts';
import { selectYearDomain } from '../../state/timeline.ts';
import { cssFont, drawExportOverlay } from './draw-overlay.ts';
import { exportFrame } from './export-frame.ts';
import { exportFileName, layoutExport } from './export-layout.ts';
import type { LegendEntry } from './export-layout.ts';
import { captureLiveMap } from './capture-live.ts';
import type { ArcsOverlay } from '../arcs-overlay.ts';
import type { LabelsOverlay } from '../labels-overlay.ts';

/** Dashes in line widths, as the arc shader and the on-screen legend draw them: solid, dashed, dotted. */
const RELATION_DASH: Record<RelationType, readonly number[]> = {
  sister: [],
  partner: [2.7, 1.7],
  intent: [0.01, 1.4],
};

/** What the picture says beside the map, in the UI language. */
function describeView(state: AppState, attributions: readonly string[]) {
  const messages = messagesFor(state.lang);
  const { filters } = state;
  const domain = selectYearDomain(state);
  const from = filters.yearFrom ?? domain?.[0] ?? null;
  const to = filters.yearTo ?? domain?.[1] ?? null;
  const summary = selectSummary(state);
  const step = state.mode.kind === 'present' ? state.story?.steps[state.storyStep] : undefined;
  const range = from !== null && to !== null ? messages.time.range(from, to) : null;
  const dateLine =
    range &&
    (filters.includeUndated
      ? messages.exportImage.signedWithUndated(range)
      : messages.exportImage.signed(range));
  const colors = selectHubColors(state);
  const legend: LegendEntry[] = [
    ...summary.perHub
      .filter((entry) => entry.links > 0)
      .map((entry): LegendEntry => ({
        kind: 'hub',
        label: state.lang === 'zh' ? entry.hub.nameZh : entry.hub.nameEn,
        color: colors.get(entry.hub.id) ?? '#888',
      })),
    ...RELATION_TYPES.filter((relation) => filters.relations?.includes(relation) ?? true).map(
      (relation): LegendEntry => ({
        kind: 'relation',
        label: messages.relation[relation],
        dash: RELATION_DASH[relation],
      }),
    ),
  ];
  return {
    title: step ? step.title[state.lang] : messages.appTitle,
    details: [
      ...(dateLine ? [dateLine] : []),
      messages.summary(summary.partners, summary.countries, summary.regions),
    ],
    legend,
    source: messages.exportImage.source(attributions.join(' · ')),
    from,
    to,
  };
}

const toBlob = (canvas: HTMLCanvasElement) =>
  new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))),
      'image/png',
    ),
  );

/** Saves a blob through a temporary `<a download>`; the object URL is revoked once the download has read it. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Captures the live map at the job's size and composes the PNG: map, arcs and points, labels, title, legend, source. */
export async function exportViewAsPng(
  map: MapLibreMap,
  arcs: ArcsOverlay,
  labels: LabelsOverlay,
  state: AppState,
  job: ExportJob,
): Promise<{ blob: Blob; fileName: string }> {
  const container = map.getContainer();
  const frame = exportFrame(job.size, {
    width: container.clientWidth,
    height: container.clientHeight,
    pixelRatio: map.getPixelRatio(),
  });
  const captured = await captureLiveMap(map, arcs, labels, frame);
  const canvas = document.createElement('canvas');
  canvas.width = frame.width;
  canvas.height = frame.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(await createImageBitmap(captured.mapImage), 0, 0, frame.width, frame.height);
  context.drawImage(captured.arcs, 0, 0, frame.width, frame.height);
  context.drawImage(captured.labels, 0, 0, frame.width, frame.height);
  const described = describeView(state, styleAttributions(map));
  const layout = layoutExport({
    width: frame.width,
    height: frame.height,
    ...described,
    measure: (text, font) => {
      context.font = cssFont(font);
      return context.measureText(text).width;
    },
  });
  drawExportOverlay(context, layout, state.theme);
  const blob = await toBlob(canvas);
  return { blob, fileName: exportFileName(described.from, described.to, frame.width, frame.height) };
}

/** The attribution of every source of the loaded style (an approved basemap brings its own), as plain text. */
function styleAttributions(map: MapLibreMap): string[] {
  const attributions = Object.values(map.getStyle().sources).map((source) =>
    'attribution' in source && source.attribution
      ? (new DOMParser().parseFromString(source.attribution, 'text/html').body.textContent?.trim() ?? '')
      : '',
  );
  return [...new Set(attributions.filter(Boolean))];
}
