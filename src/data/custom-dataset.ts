import { dataFileRoleOf } from './file-roles.ts';
import type { Hub } from './hub-schema.ts';
import type { IssueDetail } from './issue-detail.ts';
import type { DataIssue } from './issues.ts';
import { dataIssue } from './issues.ts';
import { parseDataset } from './parse-dataset.ts';
import type { ParseResult } from './parse-dataset.ts';
import type { DataFile } from './read-table.ts';

/** Larger files are refused before they are read: the page must stay responsive on a kiosk or a phone. */
export const MAX_DATA_FILE_BYTES = 20 * 1024 * 1024;

const fileIssue = (file: string, detail: IssueDetail): DataIssue => dataIssue(file, 1, null, detail);

export function fileSizeIssue(name: string, size: number): DataIssue | null {
  if (size <= MAX_DATA_FILE_BYTES) return null;
  const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  return fileIssue(name, {
    code: 'fileTooLarge',
    megabytes: megabytes(size),
    limitMegabytes: megabytes(MAX_DATA_FILE_BYTES),
  });
}

/**
 * Reads files a visitor opened with the same checks as data/: one links file, and optionally a hubs and a
 * claims file (recognised by name). Without a hubs file, links are checked against `knownHubs`, and only the
 * hubs the links use are kept so the hub list shows this data alone.
 */
export function parseCustomFiles(
  files: readonly DataFile[],
  knownHubs: readonly Hub[],
  today?: Date,
): ParseResult {
  const byRole = (role: ReturnType<typeof dataFileRoleOf>) =>
    files.filter((file) => dataFileRoleOf(file.name) === role);
  const [links, ...extraLinks] = byRole('links');
  const [hubs, ...extraHubs] = byRole('hubs');
  const [claims, ...extraClaims] = byRole('claims');
  const extras = [...extraLinks, ...extraHubs, ...extraClaims];
  if (!links || extras.length > 0) {
    const detail: IssueDetail = !links ? { code: 'noLinksFile' } : { code: 'oneFileOfEachKind' };
    return {
      dataset: null,
      issues: [fileIssue((extras[0] ?? files[0])?.name ?? '', detail)],
      encodings: {},
    };
  }
  const result = parseDataset({ links, hubs, claims }, { today, knownHubs });
  if (!result.dataset || hubs) return result;
  const usedHubIds = new Set(result.dataset.links.map((link) => link.hubId));
  return {
    ...result,
    dataset: { ...result.dataset, hubs: result.dataset.hubs.filter((hub) => usedHubIds.has(hub.id)) },
  };
}

/**
 * Fetches a same-origin data file named by `?data=` (the caller has checked the address), unless the caller
 * already has, and parses it against `knownHubs`, which may still be loading meanwhile. A redirect to
 * another origin is refused too.
 */
export async function loadSiteDataFile(
  url: string,
  knownHubs: readonly Hub[] | Promise<readonly Hub[]>,
  fetched: Promise<Response> = fetch(url, { credentials: 'same-origin' }),
): Promise<ParseResult> {
  const response = await fetched;
  if (new URL(response.url).origin !== window.location.origin)
    return {
      dataset: null,
      issues: [fileIssue(url, { code: 'redirected' })],
      encodings: {},
    };
  if (!response.ok)
    return {
      dataset: null,
      issues: [fileIssue(url, { code: 'httpError', status: response.status })],
      encodings: {},
    };
  const bytes = new Uint8Array(await response.arrayBuffer());
  const sizeIssue = fileSizeIssue(url, bytes.byteLength);
  if (sizeIssue) return { dataset: null, issues: [sizeIssue], encodings: {} };
  return parseCustomFiles([{ name: url, bytes }], await knownHubs);
}
