import { describe, expect, it } from 'vitest';
import { describeIssue } from '../data/index.ts';
import type { IssueCode, IssueDetail } from '../data/index.ts';
import { ISSUE_TEXTS } from './issue-texts.ts';
import { zh } from './zh.ts';

/** One detail per code: a new code does not compile until it has a sample here. */
const SAMPLES: { [Code in IssueCode]: Extract<IssueDetail, { code: Code }> } = {
  fileTooLarge: { code: 'fileTooLarge', megabytes: '50.0', limitMegabytes: '20.0' },
  noLinksFile: { code: 'noLinksFile' },
  oneFileOfEachKind: { code: 'oneFileOfEachKind' },
  redirected: { code: 'redirected' },
  httpError: { code: 'httpError', status: 404 },
  loadFailed: { code: 'loadFailed', reason: 'TypeError: Failed to fetch' },
  emptyFile: { code: 'emptyFile' },
  headerWithoutRows: { code: 'headerWithoutRows' },
  missingColumn: { code: 'missingColumn' },
  unknownColumn: { code: 'unknownColumn' },
  unclosedQuote: { code: 'unclosedQuote' },
  tooManyCells: { code: 'tooManyCells', cells: 21, columns: 19 },
  tooFewCells: { code: 'tooFewCells', cells: 4, columns: 19 },
  invalidJson: { code: 'invalidJson', error: 'SyntaxError: Unexpected token' },
  jsonNotArray: { code: 'jsonNotArray' },
  jsonItemNotObject: { code: 'jsonItemNotObject', item: 3 },
  jsonCellType: { code: 'jsonCellType', key: 'lat' },
  empty: { code: 'empty' },
  emptyNotOneOf: { code: 'emptyNotOneOf', allowed: ['active', 'unclear', 'ended'] },
  notOneOf: { code: 'notOneOf', value: 'cousin', allowed: ['sister', 'partner', 'intent'] },
  notANumber: { code: 'notANumber', value: 'north' },
  outOfRange: { code: 'outOfRange', value: '95.2', min: -90, max: 90 },
  notAWholeNumber: { code: 'notAWholeNumber', value: '3.5' },
  notAnId: { code: 'notAnId', value: 'Liao Cheng' },
  notACountryCode: { code: 'notACountryCode', value: 'ZZ' },
  noWorldRegion: { code: 'noWorldRegion', iso2: 'AQ' },
  noSources: { code: 'noSources' },
  badSource: { code: 'badSource', source: 'ftp://example.org' },
  notADate: { code: 'notADate', value: '2020-13' },
  noPartnerName: { code: 'noPartnerName' },
  noUnitName: { code: 'noUnitName' },
  noHomeName: { code: 'noHomeName' },
  precisionWithoutDate: { code: 'precisionWithoutDate', precision: 'year' },
  precisionMismatch: { code: 'precisionMismatch', precision: 'month', date: '2001', shape: 'year' },
  idUsed: { code: 'idUsed', id: 'liaocheng-uiryeong', firstLine: 12 },
  duplicateLink: { code: 'duplicateLink', firstLine: 7 },
  futureDate: { code: 'futureDate', date: '2027-01', today: '2026-11-23' },
  unknownHub: { code: 'unknownHub', hub: 'daqing' },
  unknownHubWithoutHome: { code: 'unknownHubWithoutHome', hub: 'daqing' },
  outsideCountry: { code: 'outsideCountry', lat: 48.85, lon: 2.35, km: 340, country: 'FR', limitKm: 100 },
  wrongType: { code: 'wrongType', expected: 'string' },
  tooShort: { code: 'tooShort', minimum: 3 },
  tooLong: { code: 'tooLong', maximum: 80 },
  invalid: { code: 'invalid', text: 'Invalid email address', value: 'nobody' },
};

/** The facts a text must carry: every value of the detail but its code and words each language has its own for. */
function facts(detail: IssueDetail): string[] {
  return Object.entries(detail)
    .filter(([key]) => key !== 'code' && key !== 'shape')
    .flatMap(([, value]) => (Array.isArray(value) ? value.map(String) : [String(value)]));
}

const CJK = /[\u4e00-\u9fff]/;

describe('data issue texts', () => {
  it.each(Object.values(SAMPLES))('words $code in both languages with the same facts', (detail) => {
    const texts = {
      zh: describeIssue(detail, ISSUE_TEXTS.zh),
      en: describeIssue(detail, ISSUE_TEXTS.en),
    };
    for (const text of Object.values(texts)) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/undefined|\[object|NaN/);
    }
    for (const fact of facts(detail)) expect(texts.zh).toContain(fact);
    // English is zod's own message for a check we do not word, which may not repeat the cell.
    const englishFacts = detail.code === 'invalid' ? [detail.text] : facts(detail);
    for (const fact of englishFacts) expect(texts.en).toContain(fact);
    expect(texts.zh).toMatch(CJK);
    expect(texts.en).not.toMatch(CJK);
  });

  it('says to what a date is precise in Chinese', () => {
    expect(describeIssue(SAMPLES.precisionMismatch, ISSUE_TEXTS.zh)).toBe(
      '精度为“month”，但 established 的值 2001 精确到年',
    );
  });

  it('reads as one Chinese sentence after where the problem is', () => {
    const where = zh.dataFiles.problemAt('data/links.tsv', 12, 'lat');
    const text = describeIssue(SAMPLES.outOfRange, ISSUE_TEXTS.zh);
    expect(`${where}${zh.dataFiles.problemSeparator}${text}`).toBe(
      'data/links.tsv 第 12 行，“lat”列：95.2 超出范围（-90 至 90）',
    );
  });

  it('keeps a value zod could not word, and zod’s English, in the Chinese sentence', () => {
    expect(describeIssue(SAMPLES.invalid, ISSUE_TEXTS.zh)).toBe(
      '“nobody”不符合要求（Invalid email address）',
    );
    expect(describeIssue({ ...SAMPLES.invalid, value: '' }, ISSUE_TEXTS.zh)).toBe(
      '不符合要求（Invalid email address）',
    );
  });
});
