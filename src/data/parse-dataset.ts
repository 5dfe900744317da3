import { collectCountryNames } from '../geo/countries.ts';
import type { Hub, HubClaim } from './hub-schema.ts';
import type { DataIssue } from './issues.ts';
import { hasErrors } from './issues.ts';
import type { Link } from './link-schema.ts';
import { parseClaims, parseHubs } from './parse-hubs.ts';
import { parseLinks } from './parse-links.ts';
import type { KnownTable } from './raw-table.ts';
import { readTable } from './read-table.ts';
import type { DataFile, TableSpec } from './read-table.ts';
import { CLAIM_COLUMNS, HOME_COLUMNS, HUB_COLUMNS, LINK_COLUMNS } from './vocabulary.ts';

export interface Dataset {
  hubs: Hub[];
  links: Link[];
  claims: HubClaim[];
  /**
   * Names of the countries the links mention, by ISO code: the parser has the country-name library, so the
   * first view (which gets the dataset parsed at build time) does not need to load it.
   */
  countryNames: Record<string, { zh: string; en: string }>;
}

export interface DatasetFiles {
  hubs?: DataFile;
  links: DataFile;
  claims?: DataFile;
}

export interface ParseResult {
  /** Null when any error was found; warnings alone keep the dataset. */
  dataset: Dataset | null;
  issues: DataIssue[];
  /** The encoding each file was read in, by file name. */
  encodings: Record<string, string>;
}

export const TABLE_SPECS = {
  hubs: { required: HUB_COLUMNS, optional: [] },
  links: { required: LINK_COLUMNS, optional: ['id', ...HOME_COLUMNS] },
  claims: { required: CLAIM_COLUMNS, optional: ['note'] },
} satisfies Record<keyof DatasetFiles, TableSpec>;

export interface ParseOptions {
  /** Bounds signing dates; defaults to now. */
  today?: Date;
  /** Hubs to check links against when no hubs file is given (a links file dropped onto the running app). */
  knownHubs?: readonly Hub[];
}

/**
 * Reads and checks a dataset: the links file, and optionally the hubs and claims files. The same code runs
 * in the build's data check and on a file dropped into the browser.
 */
export function parseDataset(files: DatasetFiles, options: ParseOptions = {}): ParseResult {
  const today = options.today ?? new Date();
  const issues: DataIssue[] = [];
  const encodings: Record<string, string> = {};
  const read = (file: DataFile | undefined, spec: TableSpec): KnownTable | null => {
    if (!file) return null;
    const result = readTable(file, spec);
    encodings[file.name] = result.encoding;
    issues.push(...result.issues);
    return result.table;
  };

  const hubsTable = read(files.hubs, TABLE_SPECS.hubs);
  const fromHubsFile =
    hubsTable && files.hubs
      ? parseHubs(hubsTable, files.hubs.name)
      : { hubs: [...(options.knownHubs ?? [])], issues: [] };
  issues.push(...fromHubsFile.issues);

  const linksTable = read(files.links, TABLE_SPECS.links);
  const parsedLinks = linksTable
    ? parseLinks(linksTable, files.links.name, fromHubsFile.hubs, today)
    : { links: [], introducedHubs: [], issues: [] };
  issues.push(...parsedLinks.issues);
  const hubs = [...fromHubsFile.hubs, ...parsedLinks.introducedHubs];

  const claimsTable = read(files.claims, TABLE_SPECS.claims);
  const hubIds = new Set(hubs.map((hub) => hub.id));
  const parsedClaims =
    claimsTable && files.claims
      ? parseClaims(claimsTable, files.claims.name, hubIds)
      : { claims: [], issues: [] };
  issues.push(...parsedClaims.issues);

  issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const links = parsedLinks.links;
  const dataset = hasErrors(issues)
    ? null
    : {
        hubs,
        links,
        claims: parsedClaims.claims,
        countryNames: collectCountryNames(links.map((link) => link.countryIso2)),
      };
  return { dataset, issues, encodings };
}
