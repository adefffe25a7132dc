import { extname } from 'node:path';
import { InputError } from '../errors.js';
import { safeLine } from '../report/sanitize.js';
import type { RosterRow } from './types.js';

/**
 * Roster parsing: the text of a roster file (or stdin) → rows as written. Two forms:
 * - text: one handle a line; blank lines and `#` comments (whole lines, or after a space) are skipped;
 * - CSV with a header naming a `handle` column, plus optional `brand`, `from` and `name` columns (other
 *   columns, such as a spreadsheet's notes, are ignored); `#` lines are comments.
 * A file ending in .csv is CSV; otherwise a first line with a `handle` cell among commas is a CSV header.
 * Nothing here touches the file system: paths and brands are checked by ./plan.ts.
 */

export const CSV_COLUMNS = ['handle', 'brand', 'from', 'name'] as const;

export type RosterFormat = 'text' | 'csv';

export interface ParsedRoster {
  format: RosterFormat;
  rows: RosterRow[];
  /** `file:line: what is wrong`, in line order. */
  problems: string[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a roster strictly, so a binary or mis-encoded file is named with its line, not guessed at. */
export function decodeRoster(bytes: Uint8Array, file: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(`${file}:${lineAt(bytes, nul)}: contains a NUL byte; a roster is a text file (one handle a line, or CSV)`);
  try {
    return strictUtf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Find the first line that does not decode, for the message.
    let start = 0;
    for (let line = 1; start <= bytes.length; line++) {
      const end = bytes.indexOf(10, start);
      const stop = end < 0 ? bytes.length : end;
      try {
        strictUtf8.decode(bytes.subarray(start, stop));
      } catch {
        throw new InputError(`${file}:${line}: not valid UTF-8; save the roster as UTF-8`);
      }
      if (end < 0) break;
      start = end + 1;
    }
    throw new InputError(`${file}: not valid UTF-8; save the roster as UTF-8`);
  }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

const splitLines = (text: string): string[] => text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));

/** CSV when the file says so by its name, or when its first meaningful line is a header with a handle cell. */
export function detectFormat(text: string, file: string): RosterFormat {
  if (extname(file).toLowerCase() === '.csv') return 'csv';
  const first = splitLines(text).find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  if (!first || !first.includes(',')) return 'text';
  const cells = first.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase());
  return cells.includes('handle') ? 'csv' : 'text';
}

export async function parseRoster(text: string, file: string): Promise<ParsedRoster> {
  const format = detectFormat(text, file);
  return format === 'csv' ? { format, ...(await parseCsvRoster(text, file)) } : { format, ...parseTextRoster(text, file) };
}

export function parseTextRoster(text: string, file: string): { rows: RosterRow[]; problems: string[] } {
  const rows: RosterRow[] = [];
  const problems: string[] = [];
  splitLines(text).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trimStart().startsWith('#')) return;
    // A comment after a handle needs a space before it: rss:https://example.com/feed#top keeps its fragment.
    const handle = raw.replace(/\s+#.*$/, '').trim();
    if (handle === '') return;
    if (/\s/.test(handle)) {
      problems.push(`${file}:${line}: expected one handle a line, got "${safeLine(handle)}"; to give handles their own brand or name, use a CSV roster with the header handle,brand,from,name`);
      return;
    }
    rows.push({ line, handle });
  });
  return { rows, problems };
}

interface CsvInfo {
  lines: number;
}

export async function parseCsvRoster(text: string, file: string): Promise<{ rows: RosterRow[]; problems: string[] }> {
  const { parse } = await import('csv-parse/sync');
  let records: Array<{ record: Record<string, string>; info: CsvInfo }>;
  let header: string[] = [];
  try {
    records = parse(text, {
      bom: true,
      columns: (names: string[]) => (header = names.map((h) => h.trim().toLowerCase())),
      info: true,
      comment: '#',
      comment_no_infix: true,
      skip_empty_lines: true,
      relax_quotes: false,
    }) as unknown as Array<{ record: Record<string, string>; info: CsvInfo }>;
  } catch (error) {
    const e = error as { message: string; lines?: number; code?: string };
    const where = e.lines ? `:${e.lines}` : '';
    const what = e.code?.startsWith('CSV_RECORD_INCONSISTENT') ? 'this row has a different number of cells than the header' : e.message.replace(/^Invalid /, 'invalid ');
    return { rows: [], problems: [`${file}${where}: not valid CSV (${what})`] };
  }
  const headerLine = headerLineOf(text);
  if (header.length === 0) return { rows: [], problems: [`${file}: the roster is empty; expected a header (handle,brand,from,name) and one handle a row`] };
  if (!header.includes('handle')) {
    return { rows: [], problems: [`${file}:${headerLine}: the CSV header needs a "handle" column (optional: ${CSV_COLUMNS.slice(1).join(', ')}); got ${header.map((h) => `"${safeLine(h)}"`).join(', ')}`] };
  }
  const twice = header.find((h, i) => h !== '' && header.indexOf(h) !== i);
  if (twice) return { rows: [], problems: [`${file}:${headerLine}: the CSV header names the column "${safeLine(twice)}" twice`] };

  const rows: RosterRow[] = [];
  const problems: string[] = [];
  for (const { record, info } of records) {
    const line = info.lines;
    const cell = (name: string) => {
      const value = record[name]?.trim();
      return value ? value : undefined;
    };
    const handle = cell('handle');
    if (!handle) {
      problems.push(`${file}:${line}: the handle is empty; every row needs one (e.g. weibo:1234567890, or file:<path> for a saved history)`);
      continue;
    }
    if (/\s/.test(handle)) {
      problems.push(`${file}:${line}: the handle "${safeLine(handle)}" contains a space; a handle is one word such as weibo:1234567890`);
      continue;
    }
    const row: RosterRow = { line, handle };
    const brand = cell('brand');
    const from = cell('from');
    const name = cell('name');
    if (brand) row.brand = brand;
    if (from) row.from = from;
    if (name) row.name = name;
    rows.push(row);
  }
  return { rows, problems };
}

/** The line of the header: the first line that is neither blank nor a comment. */
function headerLineOf(text: string): number {
  const i = splitLines(text).findIndex((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  return i < 0 ? 1 : i + 1;
}
