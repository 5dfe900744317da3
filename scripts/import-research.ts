import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, hasErrors } from '../src/data/issues.ts';
import type { DataIssue } from '../src/data/issues.ts';
import { parseDataset, TABLE_SPECS } from '../src/data/parse-dataset.ts';
import type { DataFile } from '../src/data/read-table.ts';
import { readTable } from '../src/data/read-table.ts';
import { formatTsv } from '../src/data/write-tsv.ts';
import { mergeResearch } from './research-merge.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const researchDir = resolve(process.argv[2] ?? join(root, '../shared/research'));
const linksPath = join(root, 'data/links.tsv');
const hubsPath = join(root, 'data/hubs.tsv');

const load = (path: string): DataFile => ({ name: relative(process.cwd(), path), bytes: readFileSync(path) });
const hubs = load(hubsPath);
const issues: DataIssue[] = [];
const researchRows = readdirSync(researchDir)
  .filter((name) => name.endsWith('.tsv'))
  .sort()
  .flatMap((name) => {
    const file = load(join(researchDir, name));
    issues.push(...parseDataset({ hubs, links: file }).issues);
    return readTable(file, TABLE_SPECS.links).table?.rows.map((row) => row.values) ?? [];
  });

const existing = existsSync(linksPath) ? readTable(load(linksPath), TABLE_SPECS.links).table : null;
const merge = mergeResearch(existing?.rows.map((row) => row.values) ?? [], researchRows);
const output = formatTsv(merge.columns, merge.rows);
const outputFile = { name: relative(process.cwd(), linksPath), bytes: new TextEncoder().encode(output) };
issues.push(...parseDataset({ hubs, links: outputFile }).issues);

for (const issue of issues) console.log(formatIssue(issue));
if (hasErrors(issues)) {
  console.error(`not written: fix the errors above first (${researchDir})`);
  process.exit(1);
}
console.log(`read ${researchRows.length} research rows from ${researchDir}`);
console.log(`added ${merge.added.length}${merge.added.length > 0 ? `: ${merge.added.join(', ')}` : ''}`);
for (const { id, columns } of merge.changed) console.log(`changed ${id}: ${columns.join(', ')}`);
console.log(
  `unchanged ${merge.unchanged}; kept ${merge.kept.length} rows not from research${merge.kept.length > 0 ? `: ${merge.kept.join(', ')}` : ''}`,
);
const previous = existsSync(linksPath) ? readFileSync(linksPath, 'utf8') : '';
if (previous === output) console.log(`${outputFile.name} is up to date`);
else {
  writeFileSync(linksPath, output);
  console.log(`wrote ${merge.rows.length} rows to ${outputFile.name}`);
}
