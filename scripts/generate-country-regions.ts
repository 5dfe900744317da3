import { writeFileSync } from 'node:fs';
import countries from 'world-countries';
import { buildCountryRegionTable, renderCountryRegionModule } from './country-region-table.ts';

const target = new URL('../src/geo/country-regions.generated.ts', import.meta.url);
writeFileSync(target, renderCountryRegionModule(buildCountryRegionTable(countries)));
console.log(`wrote ${target.pathname}`);
