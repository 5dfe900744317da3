/** Quotes a cell only when a reader would otherwise split it or take its leading quote as one. */
function tsvCell(value: string): string {
  return /[\t\r\n]/.test(value) || value.startsWith('"') ? `"${value.replaceAll('"', '""')}"` : value;
}

/** TSV text with LF line ends and a final newline, in the given column order; absent cells are empty. */
export function formatTsv(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, string>>[],
): string {
  const lines = [columns, ...rows.map((row) => columns.map((column) => row[column] ?? ''))];
  return lines.map((cells) => cells.map(tsvCell).join('\t')).join('\n') + '\n';
}
