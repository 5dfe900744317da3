import type { AppState } from './store.ts';

/** `screen`: the map's size on screen × devicePixelRatio; `uhd`: 3840×2160. */
export type ExportSize = 'screen' | 'uhd';

export interface ExportJob {
  id: number;
  size: ExportSize;
}

/** A PNG export asked for by the UI and carried out by the map, which alone can render it. */
export interface ExportSlice {
  exportJob: ExportJob | null;
  exportError: string | null;
  /** Ignored while an export is running. */
  requestExport: (size: ExportSize) => void;
  finishExport: (error: string | null) => void;
}

type Set = (partial: Partial<AppState>) => void;
type Get = () => AppState;

export function createExportSlice(set: Set, get: Get): ExportSlice {
  let nextId = 1;
  return {
    exportJob: null,
    exportError: null,
    requestExport: (size) => {
      if (get().exportJob) return;
      set({ exportJob: { id: nextId++, size }, exportError: null });
    },
    finishExport: (error) => set({ exportJob: null, exportError: error }),
  };
}
