// CSV that Danish Excel opens correctly: UTF-8 with a byte-order mark, `;` between fields,
// CRLF line ends (RFC 4180), fields quoted only when they must be. Text that a spreadsheet would
// run as a formula (starting with =, +, -, @, tab or CR, also after leading spaces) gets a `'` in
// front, as OWASP advises against CSV injection; numbers stay numbers (a year is never negative
// here, and a number cannot be a formula).
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** What a spreadsheet reads as the start of a formula. */
const FORMULA_START = /^[ ]*[=+\-@\t\r]/;

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const raw = Array.isArray(value) ? value.join(', ') : typeof value === 'boolean' ? (value ? 'ja' : 'nej') : String(value);
  const text = typeof value !== 'number' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[";\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One header row, then one row per record, in the columns' order. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  const lines = [columns.map((c) => cell(c)).join(CSV_SEPARATOR)];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c])).join(CSV_SEPARATOR));
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}
