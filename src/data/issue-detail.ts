/**
 * What is wrong, as data: each language words it from the same facts. Values are shown as written in the
 * file; `allowed` lists are vocabulary words, which stay as they are in every language.
 */
export type IssueDetail =
  // Reading the file
  | { code: 'fileTooLarge'; megabytes: string; limitMegabytes: string }
  | { code: 'noLinksFile' }
  | { code: 'oneFileOfEachKind' }
  | { code: 'redirected' }
  | { code: 'httpError'; status: number }
  | { code: 'loadFailed'; reason: string }
  | { code: 'emptyFile' }
  | { code: 'headerWithoutRows' }
  | { code: 'missingColumn' }
  | { code: 'unknownColumn' }
  | { code: 'unclosedQuote' }
  | { code: 'tooManyCells'; cells: number; columns: number }
  | { code: 'tooFewCells'; cells: number; columns: number }
  | { code: 'invalidJson'; error: string }
  | { code: 'jsonNotArray' }
  | { code: 'jsonItemNotObject'; item: number }
  | { code: 'jsonCellType'; key: string }
  // Cells
  | { code: 'empty' }
  | { code: 'emptyNotOneOf'; allowed: readonly string[] }
  | { code: 'notOneOf'; value: string; allowed: readonly string[] }
  | { code: 'notANumber'; value: string }
  | { code: 'outOfRange'; value: string; min: number; max: number }
  | { code: 'notAWholeNumber'; value: string }
  | { code: 'notAnId'; value: string }
  | { code: 'notACountryCode'; value: string }
  | { code: 'noWorldRegion'; iso2: string }
  | { code: 'noSources' }
  | { code: 'badSource'; source: string }
  | { code: 'notADate'; value: string }
  // Rows
  | { code: 'noPartnerName' }
  | { code: 'noUnitName' }
  | { code: 'noHomeName' }
  | { code: 'precisionWithoutDate'; precision: string }
  | { code: 'precisionMismatch'; precision: string; date: string; shape: 'year' | 'month' | 'day' }
  // Across rows and files
  | { code: 'idUsed'; id: string; firstLine: number }
  | { code: 'duplicateLink'; firstLine: number }
  | { code: 'futureDate'; date: string; today: string }
  | { code: 'unknownHub'; hub: string }
  | { code: 'unknownHubWithoutHome'; hub: string }
  | { code: 'outsideCountry'; lat: number; lon: number; km: number; country: string; limitKm: number }
  // Zod's own checks, for schemas that do not word their failures
  | { code: 'wrongType'; expected: string }
  | { code: 'tooShort'; minimum: number }
  | { code: 'tooLong'; maximum: number }
  | { code: 'invalid'; text: string; value: string };

export type IssueCode = IssueDetail['code'];

/** One wording per code: a language that leaves a code out does not compile. */
export type IssueTexts = {
  readonly [Code in IssueCode]: (detail: Extract<IssueDetail, { code: Code }>) => string;
};

export function describeIssue(detail: IssueDetail, texts: IssueTexts): string {
  // The mapped type pairs each code with its own detail, which TypeScript cannot follow through an index.
  const text = texts[detail.code] as (detail: IssueDetail) => string;
  return text(detail);
}
