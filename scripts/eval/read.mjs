// Reading the third-party data files exactly as their README describes them (encodings, BOMs, CRLF,
// multi-line quoted fields, header-less TSV). Every loader goes through these helpers so a file that is
// missing or malformed fails with its path and line.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** Thrown when a set's files are absent; the runner skips the set and says so. */
export class MissingSetError extends Error {}

/**
 * cp1252's 0x80-0x9F block (curly quotes, dashes, €…); undefined bytes stay C1 controls. Written out because
 * some Node versions decode TextDecoder('windows-1252') as plain ISO-8859-1 (nodejs/node#56542).
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** @param {Buffer} bytes */
function decodeCp1252(bytes) {
  const latin1 = bytes.toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/**
 * @param {string} dir
 * @param {string} name
 * @param {'utf8' | 'latin1' | 'windows-1252'} encoding
 *   'latin1' is true ISO-8859-1 (bytes 0x80-0x9F become U+0080-U+009F, as the sub-label file kept them);
 *   WHATWG TextDecoder('latin1') would mean windows-1252, hence Buffer here.
 * @returns {string} the text without a leading BOM
 */
export function readText(dir, name, encoding) {
  const file = join(dir, name);
  if (!existsSync(file)) throw new MissingSetError(`${file} not found`);
  const bytes = readFileSync(file);
  let text;
  if (encoding === 'latin1') text = bytes.toString('latin1');
  else if (encoding === 'windows-1252') text = decodeCp1252(bytes);
  else text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text.replace(/^\uFEFF/, '');
}

/**
 * Parses CSV/TSV with a header into objects. Handles CRLF, LF and mixed endings and multi-line quoted fields.
 * @param {string} text
 * @param {string} where file name for error messages
 * @param {{ delimiter?: string, relaxQuotes?: boolean }} [options]
 * @returns {Array<Record<string, string>>}
 */
export function parseTable(text, where, options = {}) {
  try {
    return parse(text, {
      columns: (header) => header.map((h, i) => (h === '' ? `_col${i}` : h.trim())),
      delimiter: options.delimiter ?? ',',
      relax_quotes: options.relaxQuotes ?? false,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    });
  } catch (error) {
    throw new Error(`${where}: cannot parse (${/** @type {Error} */ (error).message})`);
  }
}

/**
 * Header-less or quote-less TSV (SemEval, OLID): one record per line, fields split on tabs, no quoting
 * (their texts contain bare double quotes that a CSV reader would misread).
 * @param {string} text
 * @returns {string[][]}
 */
export function parseTsvLines(text) {
  return text
    .split(/\r?\n/)
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'));
}
