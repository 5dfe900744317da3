import { describeIssue } from './issue-detail.ts';
import type { IssueDetail, IssueTexts } from './issue-detail.ts';

/** The English wording, which is also every issue's `message` (the data check, the CLI and tests read it). */
export const ISSUE_TEXTS_EN: IssueTexts = {
  fileTooLarge: ({ megabytes, limitMegabytes }) =>
    `the file is ${megabytes} MB; files up to ${limitMegabytes} MB can be opened`,
  noLinksFile: () => 'no links file: open a file of links (hubs and claims files can come with it)',
  oneFileOfEachKind: () => 'open one file of each kind at a time (links, and optionally hubs and claims)',
  redirected: () => 'the file was redirected to another site',
  httpError: ({ status }) => `the file could not be loaded (HTTP ${status})`,
  loadFailed: ({ reason }) => reason,
  emptyFile: () => 'the file is empty',
  headerWithoutRows: () => 'the file has a header but no rows',
  missingColumn: () => 'required column is missing from the header',
  unknownColumn: () => 'unknown column, ignored',
  unclosedQuote: () => 'a quoted field is never closed',
  tooManyCells: ({ cells, columns }) => `the row has ${cells} cells but the header has ${columns}`,
  tooFewCells: ({ cells, columns }) =>
    `the row has ${cells} cells but the header has ${columns}: is the file cut short?`,
  invalidJson: ({ error }) => `not valid JSON: ${error}`,
  jsonNotArray: () => 'JSON data must be an array of rows',
  jsonItemNotObject: ({ item }) => `item ${item} is not an object`,
  jsonCellType: ({ key }) => `"${key}" must be text, a number or a list of text`,
  empty: () => 'must not be empty',
  emptyNotOneOf: ({ allowed }) => `must be one of ${allowed.join(', ')}`,
  notOneOf: ({ value, allowed }) => `"${value}" is not one of ${allowed.join(', ')}`,
  notANumber: ({ value }) => `"${value}" is not a number`,
  outOfRange: ({ value, min, max }) => `${value} is out of range (${min}..${max})`,
  notAWholeNumber: ({ value }) => `"${value}" is not a whole number`,
  notAnId: ({ value }) => `"${value}" is not an id (lower-case letters, digits and single hyphens)`,
  notACountryCode: ({ value }) => `"${value}" is not an ISO 3166-1 alpha-2 country code`,
  noWorldRegion: ({ iso2 }) => `${iso2} has no world region`,
  noSources: () => 'at least one source is required',
  badSource: ({ source }) => `"${source}" is neither an http(s) URL nor a seed: reference`,
  notADate: ({ value }) => `"${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`,
  noPartnerName: () => 'partner_zh and partner_en are both empty; give at least one name',
  noUnitName: () => 'home_unit_zh and home_unit_en are both empty; name the signing unit',
  noHomeName: () => 'home_zh and home_en are both empty',
  precisionWithoutDate: ({ precision }) => `is "${precision}" but "established" is empty; use "unknown"`,
  precisionMismatch: ({ precision, date, shape }) =>
    `is "${precision}" but established ${date} is precise to the ${shape}`,
  idUsed: ({ id, firstLine }) => `"${id}" is already used on line ${firstLine}`,
  duplicateLink: ({ firstLine }) =>
    `duplicate link: same hub, unit, country and partner as line ${firstLine}`,
  futureDate: ({ date, today }) => `${date} is in the future (today is ${today})`,
  unknownHub: ({ hub }) => `unknown hub "${hub}"`,
  unknownHubWithoutHome: ({ hub }) =>
    `unknown hub "${hub}": add it to the hubs file, or give home_zh/home_en, home_lat and home_lon on one of its rows`,
  outsideCountry: ({ lat, lon, km, country, limitKm }) =>
    `(${lat}, ${lon}) is ${km} km outside ${country} on the basemap (more than ${limitKm} km)`,
  wrongType: ({ expected }) => `expected ${expected}`,
  tooShort: ({ minimum }) => `must be at least ${minimum} characters long`,
  tooLong: ({ maximum }) => `must be at most ${maximum} characters long`,
  invalid: ({ text }) => text,
};

export function issueMessage(detail: IssueDetail): string {
  return describeIssue(detail, ISSUE_TEXTS_EN);
}
