import { isHostile } from '../score.js';
import type { VetReport } from '../types.js';
import { decisionOf } from './codes.js';
import { escapeMarkdown } from './escape.js';
import type { BatchEntry } from './html/multi.js';
import { renderReport, type RenderContext } from './index.js';
import { markdownLink, markdownQuote } from './markdown.js';
import { safeLine } from './sanitize.js';
import { wrapText } from './wrap.js';
import { countOf } from './wording.js';

/**
 * `vet report batch.jsonl --format text|markdown`: the candidates compared (level, score, posts, dates, latest
 * hostile post, partial or not, the worst quote), then each report in full.
 */

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '');

function facts(r: VetReport) {
  const hostile = r.findings.filter((f) => !f.ignored && isHostile(f.severity));
  const latest = hostile.reduce((l, f) => ((f.createdAt ?? '') > l ? f.createdAt! : l), '');
  return {
    level: r.verdict.level,
    dates: r.window.from && r.window.to ? `${day(r.window.from)} to ${day(r.window.to)}` : 'undated',
    latest: day(latest) || '-',
    partial: r.coverage?.partial ? 'partial' : 'complete',
    worst: hostile[0],
  };
}

export function renderBatchText(format: 'text' | 'markdown', entries: readonly BatchEntry[], file: string, ctx: RenderContext): string {
  const out: string[] = [];
  if (format === 'markdown') {
    out.push(`# vet: comparison of ${entries.length} candidates (${escapeMarkdown(file)})`, '');
    out.push('| Candidate | Level | Score | Posts | Dates | Latest hostile | History | Worst quote |', '|---|---|---|---|---|---|---|---|');
    for (const e of entries) {
      const who = escapeMarkdown(e.name ? `${e.name} (${e.handle})` : e.handle);
      if (!e.report) {
        out.push(`| ${who} | not vetted | | | | | | ${escapeMarkdown(`${e.error?.code ?? 'error'}: ${e.error?.message ?? ''}`, 200)} |`);
        continue;
      }
      const f = facts(e.report);
      out.push(`| ${who} | ${escapeMarkdown(f.level)} | ${e.report.verdict.score} | ${e.report.window.postsScanned} | ${f.dates} | ${f.latest} | ${f.partial} | ${f.worst ? `${markdownQuote(f.worst)} ${markdownLink(f.worst.url)}` : '—'} |`);
    }
    for (const e of entries) if (e.report) out.push('', '---', '', renderReport('markdown', e.report, ctx).trimEnd());
    return `${out.join('\n')}\n`;
  }
  out.push(`vet: comparison of ${entries.length} candidates (${safeLine(file)})`, '');
  for (const e of entries) {
    const who = safeLine(e.name ? `${e.name} (${e.handle})` : e.handle);
    if (!e.report) {
      out.push(`  not vetted  ${who}: ${safeLine(`${e.error?.code ?? 'error'}: ${e.error?.message ?? ''}`)}`);
      continue;
    }
    const f = facts(e.report);
    out.push(`  ${f.level.padEnd(17)} ${String(e.report.verdict.score).padStart(3)}  ${who}: ${countOf(e.report.window.postsScanned, 'post')}, ${f.dates}, latest hostile ${f.latest}, ${f.partial}`);
    out.push(`      ${safeLine(decisionOf(e.report))}`);
  }
  const full = entries.filter((e) => e.report).map((e) => renderReport('text', e.report!, { ...ctx, width: undefined }).trimEnd());
  return wrapText(`${[out.join('\n'), ...full].join('\n\n')}\n`, ctx.width);
}
