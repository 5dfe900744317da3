import { describe, expect, it } from 'vitest';
import { linkRow } from '../src/data/test-fixtures.ts';
import { mergeResearch } from './research-merge.ts';

describe('mergeResearch', () => {
  it('gives a new research row a derived id', () => {
    expect(mergeResearch([], [linkRow()]).added).toEqual(['liaocheng-uiryeong-county']);
  });

  it('keeps the existing id when a corrected row still names the same partner', () => {
    const existing = [{ ...linkRow(), id: 'liaocheng-uiryeong' }];
    const merge = mergeResearch(existing, [linkRow({ partner_en: 'Uiryeong-gun', lat: '35.32' })]);
    expect(merge.changed).toEqual([{ id: 'liaocheng-uiryeong', columns: ['partner_en', 'lat'] }]);
  });

  it('keeps rows that came from elsewhere', () => {
    const manual = {
      ...linkRow({ partner_zh: '光明市', partner_en: 'Gwangmyeong' }),
      id: 'liaocheng-gwangmyeong',
    };
    const merge = mergeResearch([manual], [linkRow()]);
    expect([merge.kept, merge.rows.length]).toEqual([['liaocheng-gwangmyeong'], 2]);
  });

  it('sorts by hub, then date (undated last), then id', () => {
    const rows = [
      linkRow({ partner_zh: 'b', partner_en: 'B', established: '', established_precision: 'unknown' }),
      linkRow({ partner_zh: 'c', partner_en: 'C', established: '1990' }),
      linkRow({ home_city: 'daqing', partner_zh: 'a', partner_en: 'A' }),
    ];
    expect(mergeResearch([], rows).rows.map((row) => row.id)).toEqual([
      'daqing-a',
      'liaocheng-c',
      'liaocheng-b',
    ]);
  });
});
