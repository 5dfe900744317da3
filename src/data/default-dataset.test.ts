import { expect, it } from 'vitest';
import { loadDefaultDataset } from './default-dataset.ts';

it('loads the shipped dataset through the raw imports the browser uses', async () => {
  const dataset = await loadDefaultDataset();
  expect([dataset.hubs.length, dataset.links.length, dataset.claims.length]).toEqual([4, 109, 7]);
});
