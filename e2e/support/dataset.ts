import { readFileSync } from 'node:fs';

export interface RawLinkRow {
  [column: string]: string;
}

/** Reads data/links.tsv directly, independently of the app's parser, so tests compare against the file itself. */
export function readLinkRows(): RawLinkRow[] {
  const [header, ...lines] = readFileSync(new URL('../../data/links.tsv', import.meta.url), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const columns = (header ?? '').split('\t');
  return lines.map((line) =>
    Object.fromEntries(line.split('\t').map((cell, i) => [columns[i] ?? `#${i}`, cell])),
  );
}
