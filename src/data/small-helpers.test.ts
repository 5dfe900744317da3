import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues.ts';
import { deriveLinkId, slugify } from './link-id.ts';
import { partnerName } from './partner-name.ts';

describe('formatIssue', () => {
  it('puts file, line and column before the message', () => {
    const issue = {
      file: 'data/links.tsv',
      line: 12,
      column: 'lat',
      message: '95.2 is out of range (-90..90)',
    };
    expect(formatIssue({ ...issue, severity: 'error' })).toBe(
      'data/links.tsv:12: column "lat": 95.2 is out of range (-90..90)',
    );
  });

  it('leaves out the column when the whole row is at fault', () => {
    expect(
      formatIssue({ file: 'a.tsv', line: 1, column: null, message: 'the file is empty', severity: 'error' }),
    ).toBe('a.tsv:1: the file is empty');
  });
});

describe('slugify', () => {
  it.each([
    ["Vava'u", 'vavau'],
    ['Sør-Trøndelag', 'sor-trondelag'],
    ['Dessau (now Dessau-Roßlau)', 'dessau'],
    ['Jung District, Incheon', 'jung-district-incheon'],
    ['Pitești', 'pitesti'],
    ["  --St. John's & Co. 2-- ", 'st-johns-co-2'],
    ['Sankt Pölten', 'sankt-polten'],
    ['UPPER case, 42 & more!', 'upper-case-42-more'],
    ['A (b', 'a-b'],
    ['***', ''],
  ])('turns %s into %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('deriveLinkId', () => {
  const parts = {
    hubId: 'liaocheng',
    unitEn: 'Dongchangfu District',
    partnerZh: '宜宁郡',
    partnerEn: 'Uiryeong County',
    partnerNative: '',
    countryIso2: 'KR',
  };

  it('adds the signing unit on a clash, then a number', () => {
    const taken = new Set<string>();
    expect([1, 2, 3].map(() => deriveLinkId(parts, taken))).toEqual([
      'liaocheng-uiryeong-county',
      'liaocheng-uiryeong-county-dongchangfu-district',
      'liaocheng-uiryeong-county-2',
    ]);
    expect(taken.size).toBe(3);
  });

  it('numbers a clash when the unit has no Latin name', () => {
    const taken = new Set(['liaocheng-uiryeong-county']);
    expect(deriveLinkId({ ...parts, unitEn: '' }, taken)).toBe('liaocheng-uiryeong-county-2');
  });
});

describe('partnerName', () => {
  it('falls back to the English name when there is no Chinese one', () => {
    expect(partnerName({ partnerZh: '', partnerEn: 'Siófok', partnerNative: '' }, 'zh')).toBe('Siófok');
  });

  it('gives the asked language when present', () => {
    expect(partnerName({ partnerZh: '宜宁郡', partnerEn: 'Uiryeong County', partnerNative: '' }, 'en')).toBe(
      'Uiryeong County',
    );
  });
});
