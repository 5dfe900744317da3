import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues.ts';
import { parseDataset } from './parse-dataset.ts';
import { file, HUBS_TSV, linkRow, linksTsv, TODAY, validLinkCells } from './test-fixtures.ts';

const parse = (links: { name: string; bytes: Uint8Array }) =>
  parseDataset({ hubs: file('hubs.tsv', HUBS_TSV), links }, { today: TODAY });

describe('parseDataset', () => {
  it('reads a row into the Link model', () => {
    const { dataset } = parse(file('links.tsv', linksTsv([linkRow()])));
    expect(dataset?.links[0]).toEqual({
      id: 'liaocheng-uiryeong-county',
      hubId: 'liaocheng',
      unitZh: '聊城市',
      unitEn: 'Liaocheng',
      level: 'prefecture',
      partnerZh: '宜宁郡',
      partnerEn: 'Uiryeong County',
      partnerNative: '의령군',
      partnerAdminEn: 'South Gyeongsang Province',
      countryIso2: 'KR',
      region: 'east-asia',
      lat: 35.3192,
      lon: 128.2611,
      relation: 'sister',
      date: { year: 2001, month: 6, day: 7, precision: 'day' },
      status: 'active',
      sources: ['seed:003_de2f5222ebd94eff.txt', 'https://en.m.wikipedia.org/wiki/Uiryeong_County'],
      confidence: 'high',
      note: '',
      line: 2,
    });
  });

  it('keeps an empty date as all-null with unknown precision', () => {
    const { dataset } = parse(
      file('links.tsv', linksTsv([linkRow({ established: '', established_precision: 'unknown' })])),
    );
    expect(dataset?.links[0]?.date).toEqual({ year: null, month: null, day: null, precision: 'unknown' });
  });

  it('reports an empty file', () => {
    expect(parse(file('links.tsv', '  \n')).issues.map(formatIssue)).toEqual([
      'links.tsv:1: the file is empty',
    ]);
  });

  it('names a column missing from the header', () => {
    const text = linksTsv([linkRow()]).replace('\tconfidence', '\tconfidenc');
    expect(parse(file('links.tsv', text)).issues.map(formatIssue)).toEqual([
      'links.tsv:1: column "confidence": required column is missing from the header',
      'links.tsv:1: warning: column "confidenc": unknown column, ignored',
    ]);
  });

  it('reports a header without rows', () => {
    expect(parse(file('links.tsv', linksTsv([]))).issues.map(formatIssue)).toEqual([
      'links.tsv:1: the file has a header but no rows',
    ]);
  });

  it('reads a CSV links file with quoted commas', () => {
    const csv = linksTsv([linkRow({ partner_en: 'Jung District, Incheon' })])
      .split('\n')
      .map((line) =>
        line
          .split('\t')
          .map((cell) => `"${cell}"`)
          .join(','),
      )
      .join('\n');
    expect(parse(file('links.csv', csv)).dataset?.links[0]?.partnerEn).toBe('Jung District, Incheon');
  });

  it('reads a CRLF file with a UTF-8 BOM and reports the encoding', () => {
    const text = linksTsv([linkRow()]).replaceAll('\n', '\r\n');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const result = parse({ name: 'links.tsv', bytes });
    expect([result.dataset?.links.length, result.encodings['links.tsv']]).toEqual([1, 'utf-8-bom']);
  });

  it('reads a UTF-16LE file as Excel saves "Unicode text"', () => {
    const text = linksTsv([linkRow()]);
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1)
      new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    expect(parse({ name: 'links.tsv', bytes }).dataset?.links[0]?.partnerZh).toBe('宜宁郡');
  });

  it('reads JSON rows and reports issues at the line of the bad object', () => {
    const rows = [validLinkCells(), { ...validLinkCells(), partner_en: 'X', partner_zh: 'X', lat: 95 }];
    const json = `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]`;
    expect(parse(file('links.json', json)).issues.map(formatIssue)).toEqual([
      'links.json:3: column "lat": 95 is out of range (-90..90)',
    ]);
  });

  it('derives ids when the file has no id column, adding the unit on a clash', () => {
    const county = linkRow({
      home_unit_zh: '东昌府区',
      home_unit_en: 'Dongchangfu District',
      home_level: 'county',
    });
    const { dataset } = parse(file('links.tsv', linksTsv([linkRow(), county])));
    expect(dataset?.links.map((link) => link.id)).toEqual([
      'liaocheng-uiryeong-county',
      'liaocheng-uiryeong-county-dongchangfu-district',
    ]);
  });
});

describe('hubs introduced by a links file', () => {
  const homeColumns = ['home_zh', 'home_en', 'home_lat', 'home_lon'];
  const jinanRow = (home: Record<string, string>) =>
    linkRow({ home_city: 'jinan', home_unit_zh: '济南市', ...home });

  it('adds a hub that one of its rows places', () => {
    const rows = [
      jinanRow({ home_zh: '济南', home_en: 'Jinan', home_lat: '36.6512', home_lon: '117.1201' }),
      jinanRow({
        partner_zh: '光明市',
        partner_en: 'Gwangmyeong',
      }),
    ];
    const { dataset } = parse(file('links.tsv', linksTsv(rows, homeColumns)));
    expect(dataset?.hubs.map((hub) => hub.id)).toEqual(['liaocheng', 'jinan']);
  });

  it('lets one name stand in for the other', () => {
    const rows = [jinanRow({ home_zh: '济南', home_lat: '36.6512', home_lon: '117.1201' })];
    const { dataset } = parse(file('links.tsv', linksTsv(rows, homeColumns)));
    expect(dataset?.hubs[1]).toEqual({
      id: 'jinan',
      nameZh: '济南',
      nameEn: '济南',
      lat: 36.6512,
      lon: 117.1201,
    });
  });

  it('reports bad home cells at their column', () => {
    const rows = [jinanRow({ home_zh: '济南', home_lat: '136.6', home_lon: '117.1201' })];
    expect(parse(file('links.tsv', linksTsv(rows, homeColumns))).issues.map(formatIssue)).toContain(
      'links.tsv:2: column "home_lat": 136.6 is out of range (-90..90)',
    );
  });
});
