import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues.ts';
import { parseDataset } from './parse-dataset.ts';
import { file, HUBS_TSV, linkRow, linksTsv, TODAY } from './test-fixtures.ts';

/** Formatted issues for a links file of the given rows (line 2 is the first row). */
function issuesFor(rows: Record<string, string>[], extraColumns: string[] = []): string[] {
  const result = parseDataset(
    { hubs: file('hubs.tsv', HUBS_TSV), links: file('links.tsv', linksTsv(rows, extraColumns)) },
    { today: TODAY },
  );
  return result.issues.map(formatIssue);
}

describe('link rows', () => {
  it('accept a valid row', () => {
    expect(issuesFor([linkRow()])).toEqual([]);
  });

  it('reject a latitude out of range', () => {
    expect(issuesFor([linkRow(), linkRow({ partner_en: 'X', partner_zh: 'X', lat: '95.2' })])).toEqual([
      'links.tsv:3: column "lat": 95.2 is out of range (-90..90)',
    ]);
  });

  it('reject a longitude that is not a number', () => {
    expect(issuesFor([linkRow({ lon: '128,26' })])).toEqual([
      'links.tsv:2: column "lon": "128,26" is not a number',
    ]);
  });

  it('reject an unknown country code', () => {
    expect(issuesFor([linkRow({ country_iso2: 'UK' })])).toEqual([
      'links.tsv:2: column "country_iso2": "UK" is not an ISO 3166-1 alpha-2 country code',
    ]);
  });

  it('reject an unknown relation', () => {
    expect(issuesFor([linkRow({ relation: 'twin' })])).toEqual([
      'links.tsv:2: column "relation": "twin" is not one of sister, partner, intent',
    ]);
  });

  it('reject an unknown level', () => {
    expect(issuesFor([linkRow({ home_level: 'district' })])).toEqual([
      'links.tsv:2: column "home_level": "district" is not one of prefecture, county',
    ]);
  });

  it('reject an unknown status', () => {
    expect(issuesFor([linkRow({ status: 'dormant' })])).toEqual([
      'links.tsv:2: column "status": "dormant" is not one of active, unclear, ended',
    ]);
  });

  it('reject an unknown confidence', () => {
    expect(issuesFor([linkRow({ confidence: '' })])).toEqual([
      'links.tsv:2: column "confidence": must be one of high, medium, low',
    ]);
  });

  it('reject an unknown precision', () => {
    expect(issuesFor([linkRow({ established_precision: 'decade' })])).toEqual([
      'links.tsv:2: column "established_precision": "decade" is not one of day, month, year, unknown',
    ]);
  });

  it('reject a malformed date', () => {
    expect(issuesFor([linkRow({ established: '2001/06/07' })])).toEqual([
      'links.tsv:2: column "established": "2001/06/07" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });

  it('reject a date that disagrees with its precision', () => {
    expect(issuesFor([linkRow({ established: '1986', established_precision: 'month' })])).toEqual([
      'links.tsv:2: column "established_precision": is "month" but established 1986 is precise to the year',
    ]);
  });

  it('reject a future date', () => {
    expect(issuesFor([linkRow({ established: '2027-01', established_precision: 'month' })])).toEqual([
      'links.tsv:2: column "established": 2027-01 is in the future (today is 2026-11-23)',
    ]);
  });

  it('reject a row without any partner name', () => {
    expect(issuesFor([linkRow({ partner_zh: '', partner_en: '' })])).toEqual([
      'links.tsv:2: column "partner_en": partner_zh and partner_en are both empty; give at least one name',
    ]);
  });

  it('reject a row without a source', () => {
    expect(issuesFor([linkRow({ sources: ' ' })])).toEqual([
      'links.tsv:2: column "sources": at least one source is required',
    ]);
  });

  it('reject a source that is neither a URL nor a seed reference', () => {
    expect(issuesFor([linkRow({ sources: 'Wikipedia' })])).toEqual([
      'links.tsv:2: column "sources": "Wikipedia" is neither an http(s) URL nor a seed: reference',
    ]);
  });

  it('reject an unknown hub', () => {
    expect(issuesFor([linkRow({ home_city: 'jinan' })])).toEqual([
      'links.tsv:2: column "home_city": unknown hub "jinan": add it to the hubs file, or give home_zh/home_en, home_lat and home_lon on one of its rows',
    ]);
  });

  it('reject the same link twice, naming the first line', () => {
    expect(issuesFor([linkRow(), linkRow({ partner_en: 'Uiryeong' })])).toEqual([
      'links.tsv:3: column "partner_zh": duplicate link: same hub, unit, country and partner as line 2',
    ]);
  });

  it('accept the same partner signed by another unit', () => {
    expect(
      issuesFor([linkRow(), linkRow({ home_unit_zh: '东昌府区', home_unit_en: 'Dongchangfu District' })]),
    ).toEqual([]);
  });

  it('reject an id used twice', () => {
    const rows = [
      linkRow({ id: 'same' }),
      linkRow({ id: 'same', partner_zh: '光明市', partner_en: 'Gwangmyeong' }),
    ];
    expect(issuesFor(rows, ['id'])).toEqual(['links.tsv:3: column "id": "same" is already used on line 2']);
  });

  it('keep names as plain text, markup included', () => {
    const result = parseDataset(
      {
        hubs: file('hubs.tsv', HUBS_TSV),
        links: file('links.tsv', linksTsv([linkRow({ partner_en: '<b>Uiryeong</b>' })])),
      },
      { today: TODAY },
    );
    expect(result.dataset?.links[0]?.partnerEn).toBe('<b>Uiryeong</b>');
  });
});
