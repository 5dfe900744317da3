import type { AppStore } from '../state/store.ts';

/**
 * Reads files the visitor opened or dropped, with the same checks as data/ (the parser loads only now), and
 * shows them in place of the current data — or lists their problems and leaves the map as it was.
 */
export async function openDataFiles(store: AppStore, files: readonly File[]): Promise<void> {
  const { fileSizeIssue, parseCustomFiles } = await import('../data/custom-dataset.ts');
  const state = store.getState();
  const fileNames = files.map((file) => file.name);
  const sizeIssues = files.flatMap((file) => fileSizeIssue(file.name, file.size) ?? []);
  if (sizeIssues.length > 0) {
    state.setDataProblems({ fileNames, issues: sizeIssues });
    return;
  }
  const dataFiles = await Promise.all(
    files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  const knownHubs = (state.officialDataset ?? (state.data.kind === 'ready' ? state.data.dataset : null))
    ?.hubs;
  const { dataset, issues } = parseCustomFiles(dataFiles, knownHubs ?? []);
  if (dataset) state.replaceDataset(dataset, { kind: 'custom', fileNames });
  else state.setDataProblems({ fileNames, issues });
}
