import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPartnerCoastlines, indexCountryShapes } from '../src/data/coastline-check.ts';
import { dataFileRoleOf } from '../src/data/file-roles.ts';
import type { DataFileRole } from '../src/data/file-roles.ts';
import { formatIssue, hasErrors } from '../src/data/issues.ts';
import type { DataIssue } from '../src/data/issues.ts';
import { parseDataset } from '../src/data/parse-dataset.ts';
import type { DataFile } from '../src/data/read-table.ts';
import { summarizeDataset } from './data-summary.ts';
import { readWorldBasemap } from './world-basemap.ts';

// Usage: data-check [files…]. Without files it checks data/; a file named like *hubs* or *claims* takes
// that role, any other file is checked as a links file against data/hubs.tsv (or the hubs file given).

const dataDir = fileURLToPath(new URL('../data', import.meta.url));
const load = (path: string): DataFile => ({ name: relative(process.cwd(), path), bytes: readFileSync(path) });
const args = process.argv.slice(2);
const given = (role: DataFileRole): string[] => args.filter((path) => dataFileRoleOf(path) === role);
const hubsPath = given('hubs')[0] ?? join(dataDir, 'hubs.tsv');
const claimsPath = args.length === 0 ? join(dataDir, 'claims.tsv') : given('claims')[0];
const linksPaths = args.length === 0 ? [join(dataDir, 'links.tsv')] : given('links');
if (linksPaths.length === 0) linksPaths.push(join(dataDir, 'links.tsv'));

const shapes = indexCountryShapes(readWorldBasemap());
let failed = false;
for (const linksPath of linksPaths) {
  const links = load(linksPath);
  const { dataset, issues, encodings } = parseDataset({
    hubs: load(hubsPath),
    links,
    claims: claimsPath === undefined ? undefined : load(claimsPath),
  });
  const warnings: DataIssue[] = dataset ? checkPartnerCoastlines(dataset.links, shapes, links.name) : [];
  for (const [name, encoding] of Object.entries(encodings)) console.log(`read ${name} as ${encoding}`);
  for (const issue of [...issues, ...warnings]) console.log(formatIssue(issue));
  const all = [...issues, ...warnings];
  const errorCount = all.filter((issue) => issue.severity === 'error').length;
  console.log(`${links.name}: ${errorCount} errors, ${all.length - errorCount} warnings`);
  if (dataset) for (const line of summarizeDataset(dataset)) console.log(line);
  failed ||= hasErrors(issues);
}
process.exit(failed ? 1 : 0);
