import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from '../../state/store.ts';
import type { ArcsOverlay } from '../arcs-overlay.ts';
import type { LabelsOverlay } from '../labels-overlay.ts';

/**
 * Carries out the UI's export requests (one at a time) and reports back through the store. The capture and
 * PNG composition code is loaded on the first request, so it stays out of the first load.
 */
export function handleExportRequests(
  map: MapLibreMap,
  arcs: ArcsOverlay,
  labels: LabelsOverlay,
  store: AppStore,
): () => void {
  return store.subscribe(
    (state) => state.exportJob,
    (job) => {
      if (!job) return;
      import('./export-view.ts')
        .then(async ({ exportViewAsPng, downloadBlob }) => {
          const { blob, fileName } = await exportViewAsPng(map, arcs, labels, store.getState(), job);
          downloadBlob(blob, fileName);
          store.getState().finishExport(null);
        })
        .catch((error: unknown) =>
          store.getState().finishExport(error instanceof Error ? error.message : String(error)),
        );
    },
  );
}
