import { readFileSync } from 'node:fs';

export interface InputFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const linksText = readFileSync(new URL('../../data/links.tsv', import.meta.url), 'utf8').replace(
  /^\uFEFF/,
  '',
);
const [header = '', ...dataLines] = linksText.split(/\r?\n/).filter((line) => line.trim() !== '');
export const LINK_COLUMNS = header.split('\t');

/** A links file of the given data/links.tsv lines (header included), optionally with cells replaced. */
export function linksFile(
  name: string,
  lines: readonly string[],
  edit: (cells: Record<string, string>, index: number) => void = () => {},
): InputFile {
  const rows = lines.map((line, index) => {
    const cells = Object.fromEntries(line.split('\t').map((cell, i) => [LINK_COLUMNS[i] ?? '', cell]));
    edit(cells, index);
    return LINK_COLUMNS.map((column) => cells[column] ?? '').join('\t');
  });
  return tsv(name, [header, ...rows].join('\n') + '\n');
}

export const tsv = (name: string, text: string): InputFile => ({
  name,
  mimeType: 'text/tab-separated-values',
  buffer: Buffer.from(text, 'utf8'),
});

/** Rows of one hub, so a test knows what a small custom file should show. */
export const hubLines = (hubId: string): string[] =>
  dataLines.filter((line) => line.split('\t')[1] === hubId);

/** Deterministic bytes that are no text encoding at all. */
function garbage(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let seed = 12345;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = seed & 0xff;
  }
  return bytes;
}

export const XSS_MARKER = '__injected';

export interface BadInputCase {
  title: string;
  file: InputFile;
  /** The file is refused: its problems are listed, each matching these. */
  problems?: RegExp[];
  /** The file is shown: this many links, and these texts appear in the partner list. */
  shown?: { links: number; names: string[] };
}

export function badInputCorpus(): BadInputCase[] {
  const three = hubLines('liaocheng').slice(0, 3);
  const firstLine = three[0] ?? '';
  const gb18030 = readFileSync(new URL('../fixtures/liaocheng-gb18030.tsv', import.meta.url));
  const nameOf = (line: string, column: string) => line.split('\t')[LINK_COLUMNS.indexOf(column)] ?? '';
  return [
    {
      title: 'a truncated file',
      file: tsv('truncated.tsv', `${header}\n${firstLine.slice(0, Math.floor(firstLine.length / 2))}`),
      problems: [
        /truncated\.tsv, line 2: the row has \d+ cells but the header has \d+: is the file cut short\?/,
      ],
    },
    {
      title: 'wrong columns',
      file: tsv('wrong.csv', 'city,partner,year\nLiaocheng,Somewhere,2001\n'),
      problems: [/wrong\.csv, line 1, column “home_city”: required column is missing/],
    },
    {
      title: 'an empty file',
      file: tsv('empty.tsv', ''),
      problems: [/empty\.tsv, line 1: the file is empty/],
    },
    {
      title: 'a 50 MB file',
      file: { name: 'huge.tsv', mimeType: 'text/plain', buffer: Buffer.alloc(50 * 1024 * 1024, 0x61) },
      problems: [/50\.0 MB/],
    },
    {
      title: 'binary garbage',
      file: { name: 'garbage.tsv', mimeType: 'application/octet-stream', buffer: garbage(4096) },
      problems: [/garbage\.tsv/],
    },
    {
      title: 'latitude and longitude as text',
      file: linksFile('text-coordinates.tsv', three, (cells, index) => {
        if (index === 1) cells.lat = 'north';
        if (index === 2) cells.lon = 'east of Jinan';
      }),
      problems: [/line 3, column “lat”.*"north" is not a number/, /line 4, column “lon”/],
    },
    {
      title: 'names carrying markup',
      file: linksFile('markup.tsv', three.slice(0, 2), (cells, index) => {
        const markup = [
          `<script>window.${XSS_MARKER}=1</script>`,
          `<img src=x onerror="window.${XSS_MARKER}=2">`,
        ];
        cells.partner_zh = cells.partner_en = markup[index] ?? '';
      }),
      shown: { links: 2, names: [`<script>window.${XSS_MARKER}=1</script>`, `<img src=x onerror=`] },
    },
    {
      title: 'right-to-left and emoji names',
      file: linksFile('scripts.tsv', three.slice(0, 2), (cells, index) => {
        if (index === 0) cells.partner_native = 'مدينة السلام';
        cells.partner_zh = cells.partner_en = index === 0 ? 'Madinat al-Salam 🕌' : 'Harbour of 🌏 Friends';
      }),
      shown: { links: 2, names: ['Madinat al-Salam 🕌', 'Harbour of 🌏 Friends'] },
    },
    {
      title: 'a GB18030 file',
      file: { name: 'liaocheng-gb18030.tsv', mimeType: 'text/plain', buffer: gb18030 },
      shown: { links: 3, names: three.map((line) => nameOf(line, 'partner_zh')).filter(Boolean) },
    },
    {
      title: 'a UTF-16 file',
      file: {
        name: 'utf16.tsv',
        mimeType: 'text/plain',
        buffer: Buffer.from(`\uFEFF${[header, ...three].join('\r\n')}\r\n`, 'utf16le'),
      },
      shown: { links: 3, names: three.map((line) => nameOf(line, 'partner_zh')).filter(Boolean) },
    },
  ];
}
