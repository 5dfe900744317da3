import datasetUrl from 'virtual:default-dataset';
import type { Dataset } from './parse-dataset.ts';

/**
 * The dataset shipped in data/, parsed and checked at build time (scripts/default-dataset-plugin.ts), so it
 * is fetched as plain JSON: no parser on the first view.
 */
export async function loadDefaultDataset(): Promise<Dataset> {
  const response = await fetch(datasetUrl);
  if (!response.ok) throw new Error(`${datasetUrl}: HTTP ${response.status}`);
  return (await response.json()) as Dataset;
}
