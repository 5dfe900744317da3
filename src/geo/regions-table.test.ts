import { readFileSync } from 'node:fs';
import countries from 'world-countries';
import { expect, it } from 'vitest';
import { buildCountryRegionTable, renderCountryRegionModule } from '../../scripts/country-region-table.ts';

it('the committed country-region table matches a fresh generation from world-countries', () => {
  const committed = readFileSync(new URL('./country-regions.generated.ts', import.meta.url), 'utf8');
  expect(committed).toBe(renderCountryRegionModule(buildCountryRegionTable(countries)));
});

it('every country but Antarctica has a region', () => {
  const table = buildCountryRegionTable(countries);
  const placed = Object.values(table).flatMap((codes) => codes.split(' '));
  expect(countries.length - placed.length).toBe(1);
});
