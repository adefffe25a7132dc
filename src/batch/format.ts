import { escapeUnsafe } from '../report/sanitize.js';
import type { BatchOutcome, OutcomeDigest } from './types.js';
import { digest } from './vet-one.js';

/**
 * The output line of one handle.
 * - jsonl: the `vet --format json` document with `handle` (the roster's text, first) and `name` (when the
 *   roster gave one); a failed handle is `{handle, name?, brand, error: {code, message, hint?}, generatedAt,
 *   vetVersion}`. JSON.stringify escapes line breaks inside strings, so a line is always one line.
 * - csv: a flat summary row (see CSV_HEADER).
 */
export type BatchFormat = 'jsonl' | 'csv';
export const BATCH_FORMATS: readonly BatchFormat[] = ['jsonl', 'csv'];

export const CSV_HEADER = ['handle', 'name', 'brand', 'level', 'score', 'findings', 'top_rule', 'error'] as const;

export function formatLine(format: BatchFormat, outcome: BatchOutcome, meta: { generatedAt: string; vetVersion: string }): string {
  if (format === 'csv') return csvRow(rowOf(digest(outcome)));
  const head = { handle: outcome.job.handle, ...(outcome.job.name ? { name: outcome.job.name } : {}) };
  const doc = outcome.error
    ? {
        ...head,
        brand: { id: outcome.job.brand.profile.id, name: outcome.job.brand.profile.name },
        error: outcome.error,
        generatedAt: meta.generatedAt,
        vetVersion: meta.vetVersion,
      }
    : { ...head, ...outcome.report };
  return `${JSON.stringify(doc)}\n`;
}

export function csvHeader(): string {
  return csvRow([...CSV_HEADER]);
}

function rowOf(d: OutcomeDigest): string[] {
  return [
    d.handle,
    d.name ?? '',
    d.brandId,
    d.level ?? '',
    d.score === undefined ? '' : String(d.score),
    d.findings === undefined ? '' : String(d.findings),
    d.topRule ?? '',
    d.error ? `${d.error.code}: ${d.error.message}` : '',
  ];
}

/**
 * One CSV record (RFC 4180). Cells are made safe first: control and bidi characters shown as escapes,
 * line breaks as ⏎; a cell a spreadsheet would run as a formula (=, +, -, @ first) gets a leading '.
 * Handles and names come from rosters, error messages from platforms: neither may act when opened.
 */
export function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\n`;
}

function csvCell(value: string): string {
  let text = escapeUnsafe(value.replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ⏎ ').replace(/\t/g, ' '));
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Reads back what csvCell wrote for a handle (a leading ' added against formulas). */
export function uncsvCell(value: string): string {
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}
