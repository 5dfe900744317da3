import { readFileSync } from 'node:fs';

export interface RawLinkRow {
  [column: string]: string;
}

/** Reads data/links.tsv directly, independently of the app's parser, so tests compare against the file itself. */
export function readLinkRows(): RawLinkRow[] {
  return readTsv('links.tsv');
}

/** Reads data/hubs.tsv the same way (id, name_zh, name_en…). */
export function readHubRows(): RawLinkRow[] {
  return readTsv('hubs.tsv');
}

function readTsv(name: string): RawLinkRow[] {
  const [header, ...lines] = readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const columns = (header ?? '').split('\t');
  return lines.map((line) =>
    Object.fromEntries(line.split('\t').map((cell, i) => [columns[i] ?? `#${i}`, cell])),
  );
}
