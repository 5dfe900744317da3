import { describe, expect, it } from 'vitest';
import { findDuplicateLinks } from './link-checks.ts';
import { linkKeys } from './link-id.ts';
import type { Link } from './link-schema.ts';
import { parseDataset } from './parse-dataset.ts';
import { file, HUBS_TSV, linkRow, linksTsv, TODAY } from './test-fixtures.ts';

const [baseLink] = parseDataset(
  { hubs: file('hubs.tsv', HUBS_TSV), links: file('links.tsv', linksTsv([linkRow()])) },
  { today: TODAY },
).dataset!.links;

type Naming = Pick<Link, 'hubId' | 'unitZh' | 'unitEn' | 'countryIso2' | 'partnerZh' | 'partnerEn'>;
const linkOf = (line: number, naming: Partial<Naming>): Link => ({ ...baseLink!, ...naming, line });

/** The rule as `linkKeys` states it: a row repeats the first earlier one it shares a key with. */
function duplicatesByKeys(links: readonly Link[]) {
  const firstLine = new Map<string, number>();
  const found: Array<{ line: number; column: string; firstLine: number }> = [];
  for (const link of links) {
    const keys = linkKeys(link);
    const clash = keys.find((key) => firstLine.has(key));
    if (clash === undefined) keys.forEach((key) => firstLine.set(key, link.line));
    else
      found.push({
        line: link.line,
        column: clash.includes('|zh:') ? 'partner_zh' : 'partner_en',
        firstLine: firstLine.get(clash)!,
      });
  }
  return found;
}

const found = (links: readonly Link[]) =>
  findDuplicateLinks(links, 'links.tsv').map((issue) => ({
    line: issue.line,
    column: issue.column,
    firstLine: issue.detail.code === 'duplicateLink' ? issue.detail.firstLine : -1,
  }));

describe('findDuplicateLinks', () => {
  it('finds a partner named again in either language, in any case for English, by the same signing unit', () => {
    const links = [
      linkOf(2, { partnerZh: '义城郡', partnerEn: 'Uiseong County' }),
      linkOf(3, { partnerZh: '', partnerEn: 'UISEONG county' }),
      linkOf(4, { partnerZh: '义城郡', partnerEn: 'Uiseong' }),
      linkOf(5, { partnerZh: '义城郡', unitZh: '东昌府区', unitEn: 'Dongchangfu District' }),
      linkOf(6, { partnerZh: '义城郡', countryIso2: 'JP' }),
      linkOf(7, { partnerZh: '义城郡', unitZh: '东昌府区', unitEn: 'Dongchangfu' }),
    ];
    expect(found(links)).toEqual([
      { line: 3, column: 'partner_en', firstLine: 2 },
      { line: 4, column: 'partner_zh', firstLine: 2 },
      { line: 7, column: 'partner_zh', firstLine: 5 },
    ]);
  });

  it('agrees with the keys of linkKeys on thousands of rows that often share names, units and countries', () => {
    let seed = 5;
    const pick = <T>(values: readonly T[]) => {
      seed = (seed * 16807) % 2147483647;
      return values[seed % values.length]!;
    };
    const links = Array.from({ length: 5000 }, (_, i) =>
      linkOf(i + 2, {
        hubId: pick(['daqing', 'jinzhong']),
        unitZh: pick(['', '聊城市', '东昌府区']),
        unitEn: pick(['Liaocheng', 'liaocheng', 'Dongchangfu District']),
        countryIso2: pick(['KR', 'kr', 'JP']),
        partnerZh: pick(['', '甲', '乙', '丙', '丁']),
        partnerEn: pick(['', 'Alpha', 'ALPHA', 'Beta', 'Gamma', 'Delta']),
      }),
    );
    const expected = duplicatesByKeys(links);
    expect(expected.length).toBeGreaterThan(1000);
    expect(new Set(expected.map((issue) => issue.column))).toEqual(new Set(['partner_zh', 'partner_en']));
    expect(found(links)).toEqual(expected);
  });
});
