import { basename } from 'node:path';
import { isHostile } from '../../score.js';
import type { CheckResult, InfluencerResult } from '../../check/types.js';
import type { Finding, VetReport } from '../../types.js';
import { decisionOf } from '../codes.js';
import { feeLabel, sourceLabel, statusLabel, statusOf } from '../../check/reporters/shared.js';
import { esc, escProse, LEVEL_TEXT, levelClass, link, page } from './page.js';
import { footer, htmlQuote, reportSection } from './single.js';

/**
 * Pages of several reports: `vet check --format html` (a summary table, then a section per influencer) and
 * `vet report batch.jsonl --format html` (a comparison of the candidates, then a section each).
 */

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '');

/** The worst hostile finding that counts (findings are sorted most severe, then newest, first). */
function worstOf(report: VetReport): Finding | undefined {
  return report.findings.find((f) => !f.ignored && isHostile(f.severity));
}

/** The newest hostile finding that counts. */
function latestHostile(report: VetReport): string {
  let latest = '';
  for (const f of report.findings) if (!f.ignored && isHostile(f.severity) && (f.createdAt ?? '') > latest) latest = f.createdAt!;
  return day(latest) || '—';
}

function levelCell(report: VetReport): string {
  return `<span class="tag ${levelClass(report.verdict.level)}">${esc(LEVEL_TEXT[report.verdict.level] ?? report.verdict.level)}</span>`;
}

/** `vet check --format html`. */
export function renderCheckHtml(result: CheckResult): string {
  const s = result.summary;
  const out: string[] = [];
  out.push(`<p class="kicker">vet check · ${esc(result.generatedAt.slice(0, 10))}</p>`);
  out.push(`<h1>vet check: ${s.influencers} influencer${s.influencers === 1 ? '' : 's'} in ${result.proposals.length} proposal${result.proposals.length === 1 ? '' : 's'}</h1>`);
  const headline = s.errors > 0
    ? `${s.errors} of ${s.influencers} could not be vetted: the check is incomplete.`
    : s.failed > 0
      ? `${s.failed} of ${s.influencers} at or above the fail-on level: do not sign them without review.`
      : `All ${s.influencers} below the fail-on level.`;
  const worst = s.errors > 0 ? 'level-medium' : s.failed > 0 ? 'level-high' : 'level-low';
  out.push(`<p class="decision ${worst}" data-decision>${esc(headline)}</p>`);
  out.push('<h2>Summary</h2>');
  out.push('<table class="summary"><thead><tr><th>Status</th><th>Influencer</th><th>Proposal</th><th>Verdict</th><th>Score</th><th>Fail on</th><th>Decision</th></tr></thead><tbody>');
  result.results.forEach((r, i) => out.push(checkRow(r, i)));
  out.push('</tbody></table>');
  result.results.forEach((r, i) => {
    out.push(`<section class="influencer" id="i${i}">`);
    out.push(`<p class="kicker">${esc(r.proposal.file)}:${r.influencer.line}${r.proposal.campaign ? ` · ${esc(r.proposal.campaign)}` : ''} · ${esc(r.influencer.name)} · ${esc(sourceLabel(r))}${feeLabel(r) ? ` · fee ${esc(feeLabel(r))}` : ''} · <span class="tag tag-${tagOf(r)}">${esc(statusLabel(r))}</span> (fails at ${esc(r.failOn)})</p>`);
    if (r.report) out.push(reportSection(r.report, { id: `i${i}`, heading: 'h2' }));
    else out.push(`<h2>${esc(r.influencer.name)}</h2><p class="decision level-medium" data-decision>Not vetted: ${esc(r.error?.message ?? 'unknown error')}</p>`);
    out.push('</section>');
  });
  out.push(`<p class="note">Exit code ${result.exitCode}.</p>`);
  out.push(footer(result.vetVersion, result.generatedAt));
  return page('vet check', out.join('\n'));
}

function tagOf(r: InfluencerResult): string {
  const status = statusOf(r);
  return status === 'pass' && statusLabel(r) !== 'pass' ? 'warn' : status;
}

function checkRow(r: InfluencerResult, i: number): string {
  const report = r.report;
  return `<tr><td><span class="tag tag-${tagOf(r)}">${esc(statusLabel(r))}</span></td><td><a href="#i${i}">${esc(r.influencer.name)}</a><br><small>${esc(sourceLabel(r))}</small></td>` +
    `<td class="file">${esc(r.proposal.file)}:${r.influencer.line}</td><td>${report ? levelCell(report) : 'not vetted'}</td><td class="n">${report ? report.verdict.score : ''}</td>` +
    `<td>${esc(r.failOn)}</td><td>${report ? escProse(decisionOf(report)) : esc(r.error?.message ?? '')}</td></tr>`;
}

/** One line of a batch file: a report with the roster's handle (and name), or the error of a handle. */
export type BatchEntry = { line: number; handle: string; name?: string; report?: VetReport; error?: { code: string; message: string } };

/** `vet report batch.jsonl --format html`: the candidates side by side, then each report. */
export function renderBatchHtml(entries: readonly BatchEntry[], file: string): string {
  const out: string[] = [];
  const vetted = entries.filter((e) => e.report);
  out.push(`<p class="kicker">vet report · ${esc(basename(file))}</p>`);
  out.push(`<h1>Comparison of ${entries.length} candidate${entries.length === 1 ? '' : 's'}</h1>`);
  const flagged = vetted.filter((e) => ['high', 'critical'].includes(e.report!.verdict.level)).length;
  const headline = flagged
    ? `${flagged} of ${entries.length} are a high or critical risk: do not sign them without review.`
    : `None of the ${vetted.length} vetted is a high or critical risk.`;
  out.push(`<p class="decision ${flagged ? 'level-high' : 'level-low'}" data-decision>${esc(headline)}${entries.length > vetted.length ? esc(` ${entries.length - vetted.length} could not be vetted.`) : ''}</p>`);
  out.push('<table class="comparison"><thead><tr><th>Candidate</th><th>Level</th><th>Score</th><th>Posts</th><th>Dates</th><th>Latest hostile</th><th>History</th><th>Worst quote</th></tr></thead><tbody>');
  entries.forEach((e, i) => {
    const who = `<a href="#c${i}">${esc(e.name ?? e.handle)}</a>${e.name ? `<br><small>${esc(e.handle)}</small>` : ''}`;
    if (!e.report) {
      out.push(`<tr><td>${who}</td><td colspan="7">not vetted: ${esc(e.error?.code ?? 'error')}: ${esc(e.error?.message ?? '')}</td></tr>`);
      return;
    }
    const r = e.report;
    const worst = worstOf(r);
    out.push(
      `<tr><td>${who}</td><td>${levelCell(r)}</td><td class="n">${r.verdict.score}</td><td class="n">${r.window.postsScanned}</td>` +
        `<td>${r.window.from && r.window.to ? `<span class="nw">${esc(day(r.window.from))}</span> to <span class="nw">${esc(day(r.window.to))}</span>` : 'undated'}</td><td class="nw">${esc(latestHostile(r))}</td>` +
        `<td class="nw">${r.coverage?.partial ? 'partial' : 'complete'}</td><td>${worst ? `<span lang="und">${htmlQuote(worst)}</span>${worst.url ? `<br>${link(worst.url, 'link')}` : ''}` : '—'}</td></tr>`,
    );
  });
  out.push('</tbody></table>');
  entries.forEach((e, i) => {
    if (!e.report) return;
    out.push(`<section class="influencer" id="c${i}">`, reportSection(e.report, { id: `c${i}`, heading: 'h2' }), '</section>');
  });
  const first = vetted[0]?.report;
  out.push(footer(first?.vetVersion, first?.generatedAt));
  return page(`vet: comparison of ${entries.length} candidates`, out.join('\n'));
}
