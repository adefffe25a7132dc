import { escapeUnsafe } from '../report/sanitize.js';
import type { BatchOutcome, OutcomeDigest } from './types.js';
import { digest } from './vet-one.js';
import { isHostile } from '../score.js';

/**
 * The output line of one handle.
 * - jsonl: the `vet --format json` document with `handle` (the roster's text, first) and `name` (when the
 *   roster gave one); a failed handle is `{handle, name?, brand, error: {code, message, hint?}, generatedAt,
 *   vetVersion}`. JSON.stringify escapes line breaks inside strings, so a line is always one line.
 * - csv: a flat summary row (see CSV_HEADER).
 */
export type BatchFormat = 'jsonl' | 'csv';
export const BATCH_FORMATS: readonly BatchFormat[] = ['jsonl', 'csv'];

/**
 * The CSV columns: what a comparison of handles needs in one row. `error_code` and `error_message` are apart so a
 * spreadsheet can filter on the code; `partial` says the history was not read whole (a LOW there is not clean);
 * `latest_hostile_at` and `worst_url` are the most severe hostile finding's evidence.
 */
export const CSV_HEADER = [
  'handle', 'name', 'brand', 'platform', 'level', 'score', 'findings', 'top_rule', 'posts_scanned', 'partial',
  'latest_hostile_at', 'worst_url', 'error_code', 'error_message', 'generated_at', 'vet_version',
] as const;
/** The header of vet 0.1's CSV, still read back by --resume. */
export const CSV_HEADER_V1 = ['handle', 'name', 'brand', 'level', 'score', 'findings', 'top_rule', 'error'] as const;

export function formatLine(format: BatchFormat, outcome: BatchOutcome, meta: { generatedAt: string; vetVersion: string }): string {
  if (format === 'csv') return csvRow(rowOf(outcome, meta));
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

function rowOf(outcome: BatchOutcome, meta: { generatedAt: string; vetVersion: string }): string[] {
  const d = digest(outcome);
  const report = outcome.report;
  const hostile = report ? report.findings.filter((f) => !f.ignored && isHostile(f.severity)) : [];
  const latest = hostile.map((f) => f.createdAt).filter((t): t is string => t !== undefined).sort().at(-1);
  const cells: Record<(typeof CSV_HEADER)[number], string> = {
    handle: d.handle,
    name: d.name ?? '',
    brand: d.brandId,
    platform: report?.subject.platform ?? platformOf(outcome.job),
    level: d.level ?? '',
    score: d.score === undefined ? '' : String(d.score),
    findings: d.findings === undefined ? '' : String(d.findings),
    top_rule: d.topRule ?? '',
    posts_scanned: report ? String(report.window.postsScanned) : '',
    partial: report ? String(report.coverage?.partial === true) : '',
    latest_hostile_at: latest ?? '',
    worst_url: hostile[0]?.url ?? '',
    error_code: d.error?.code ?? '',
    error_message: d.error?.message ?? '',
    generated_at: report?.generatedAt ?? meta.generatedAt,
    vet_version: meta.vetVersion,
  };
  return CSV_HEADER.map((column) => cells[column]);
}

/** The platform of a handle that could not be vetted: its prefix (a `from` history is a file). */
function platformOf(job: BatchOutcome['job']): string {
  if (job.fromPath && !/^[a-z]+:/i.test(job.handle)) return 'file';
  const colon = job.handle.indexOf(':');
  return colon > 0 ? job.handle.slice(0, colon).toLowerCase() : '';
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
