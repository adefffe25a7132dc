import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ExitCode, InputError, UsageError } from '../../errors.js';
import { renderReport } from '../../report/index.js';
import type { BatchEntry } from '../../report/html/multi.js';
import { RULES } from '../../rules/index.js';
import type { VetReport } from '../../types.js';
import { refuseExisting, refuseInputAsOutput, writeFileAtomic } from '../../util/atomic-write.js';
import { terminalWidth, useColor, type CliIO } from '../io.js';
import { errnoText } from '../../util/errno.js';

/** `vet report --format` values. */
export const REPORT_FORMATS = ['text', 'markdown', 'html', 'pdf'] as const;
type ReportFileFormat = (typeof REPORT_FORMATS)[number];

/**
 * Where a rendered document goes: --output (atomically, never over a file without --force), else standard
 * output. A PDF is a file: it needs --output (checked before any work by `requireOutputFor`).
 */
export async function deliver(content: string | Uint8Array, io: CliIO, opts: { output?: string; force?: boolean; what: string }): Promise<void> {
  if (opts.output) {
    await writeFileAtomic(resolve(io.cwd, opts.output), content, { force: opts.force === true, display: opts.output });
    io.stderr.write(`vet: ${opts.what} written to ${opts.output}\n`);
  } else {
    io.stdout.write(typeof content === 'string' ? content : Buffer.from(content).toString('latin1'));
  }
}

export function requireOutputFor(format: string, output: string | undefined): void {
  if (format === 'pdf' && !output) throw new UsageError('--format pdf writes a file: add --output <file.pdf>');
}

/** HTML, printed to PDF when asked; both modules load only here, so other formats never pay for them. */
export async function htmlDocument(format: 'html' | 'pdf', html: () => Promise<string>, io: CliIO): Promise<string | Uint8Array> {
  const page = await html();
  if (format === 'html') return page;
  const { htmlToPdf } = await import('../../report/pdf.js');
  return htmlToPdf(page, io.env);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a saved report must have to be re-rendered; a clear message naming the file and line otherwise. */
function checkReport(value: unknown, where: string): VetReport {
  if (!isObject(value)) throw new InputError(`${where}: not a vet report (expected the JSON object vet --format json writes)`);
  if (value.kind === 'vet-check') throw new InputError(`${where}: this is a vet check report; re-run vet check --format html instead`);
  if (value.schemaVersion !== 1) throw new InputError(`${where}: not a vet report of schemaVersion 1 (found ${JSON.stringify(value.schemaVersion ?? null)})`);
  const missing = ['subject', 'brand', 'window', 'verdict'].filter((k) => !isObject(value[k]));
  if (!Array.isArray(value.findings)) missing.push('findings');
  if (missing.length) throw new InputError(`${where}: not a vet report: "${missing.join('", "')}" missing or not of the right kind`);
  const verdict = value.verdict as Record<string, unknown>;
  if (typeof verdict.level !== 'string' || typeof verdict.score !== 'number' || !Array.isArray(verdict.reasons)) {
    throw new InputError(`${where}: "verdict" needs a level (text), a score (number) and reasons (a list)`);
  }
  if (!Array.isArray(value.errors)) value.errors = [];
  return value as unknown as VetReport;
}

/** A saved `vet --format json` report, or a `vet batch` JSON Lines file (one report or error a line). */
export async function readSavedReports(file: string, cwd: string): Promise<{ kind: 'single'; report: VetReport } | { kind: 'batch'; entries: BatchEntry[] }> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new InputError(`${file}: cannot read the report (${errnoText(error)})`);
  }
  const whole = (() => {
    try {
      return { value: JSON.parse(text) as unknown };
    } catch {
      return undefined;
    }
  })();
  if (whole && !(isObject(whole.value) && typeof whole.value.handle === 'string')) return { kind: 'single', report: checkReport(whole.value, file) };
  const entries: BatchEntry[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const where = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputError(`${where}: not valid JSON (expected a vet --format json report, or one vet batch line per line)`);
    }
    if (!isObject(value)) throw new InputError(`${where}: not a vet batch line (expected a JSON object)`);
    const handle = typeof value.handle === 'string' ? value.handle : isObject(value.subject) ? String(value.subject.handle ?? '') : '';
    const name = typeof value.name === 'string' ? value.name : undefined;
    if (isObject(value.error)) {
      entries.push({ line: i + 1, handle, ...(name ? { name } : {}), error: { code: String(value.error.code ?? 'error'), message: String(value.error.message ?? '') } });
    } else {
      entries.push({ line: i + 1, handle, ...(name ? { name } : {}), report: checkReport(value, where) });
    }
  });
  if (entries.length === 0) throw new InputError(`${file}: empty: expected a vet --format json report or vet batch lines`);
  return { kind: 'batch', entries };
}

/** `vet report <report.json | batch.jsonl> --format html|text|markdown|pdf`: re-renders saved reports. */
export async function runReport(file: string, options: Record<string, unknown>, io: CliIO): Promise<number> {
  const format = String(options.format ?? 'html') as ReportFileFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`--format "${format}" is not one of ${REPORT_FORMATS.join(', ')}`);
  const output = typeof options.output === 'string' ? options.output : undefined;
  requireOutputFor(format, output);
  if (output) {
    await refuseInputAsOutput(resolve(io.cwd, output), resolve(io.cwd, file), { display: output, what: 'report' });
    await refuseExisting(resolve(io.cwd, output), { force: options.force === true, display: output });
  }
  const saved = await readSavedReports(file, io.cwd);
  const color = format === 'text' && !output && useColor(io.stdout, io.env, options.color as boolean | undefined);
  const width = format === 'text' && !output ? terminalWidth(io.stdout) : undefined;
  const ctx = { color, rules: RULES, showAll: options.all === true, ...(width ? { width } : {}) };
  let content: string | Uint8Array;
  if (format === 'html' || format === 'pdf') {
    content = await htmlDocument(format, async () => {
      if (saved.kind === 'single') return (await import('../../report/html/single.js')).renderHtml(saved.report, { showAll: options.all === true });
      return (await import('../../report/html/multi.js')).renderBatchHtml(saved.entries, file);
    }, io);
  } else if (saved.kind === 'single') {
    content = renderReport(format, saved.report, ctx);
  } else {
    const { renderBatchText } = await import('../../report/batch-text.js');
    content = renderBatchText(format, saved.entries, file, ctx);
  }
  await deliver(content, io, { ...(output ? { output } : {}), force: options.force === true, what: `${format} report` });
  return ExitCode.Ok;
}
