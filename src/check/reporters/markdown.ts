import { describeEntry } from '../../review/ignore-file.js';
import type { Finding } from '../../types.js';
import { escapeMarkdown as md } from '../../report/escape.js';
import { decisionOf } from '../../report/codes.js';
import { markdownLink } from '../../report/markdown.js';
import {
  acceptanceNote,
  acceptedOf,
  DEFAULT_MAX_EVIDENCE,
  evidenceOf,
  feeLabel,
  findingText,
  statusLabel,
  sourceLabel,
  statusOf,
  type CheckReporter,
} from './shared.js';
import { countOf, countsAgain } from '../../report/wording.js';

const ICON = { fail: '❌', pass: '✅', error: '⚠️' } as const;

/** A finding with its link as a Markdown link (`[link](<url>)`, as the single report writes it). */
function findingCell(f: Finding, max: number): string {
  return `${md(findingText(f), max)} ${f.url ? markdownLink(f.url) : md(`(post ${f.postId})`)}`;
}

/**
 * `--format markdown`: a pull-request comment. Everything that comes from a post, a proposal or a file name
 * goes through escapeMarkdown, so it renders as text: no HTML, links, images, tables, mentions or references.
 * The only markup is what this function writes.
 */
export const markdownReporter: CheckReporter = {
  format: 'markdown',
  render(result, ctx) {
    const max = ctx.maxEvidence ?? DEFAULT_MAX_EVIDENCE;
    const s = result.summary;
    const out: string[] = [];
    const headline =
      s.errors > 0
        ? `${ICON.error} ${s.errors} of ${countOf(s.influencers, 'influencer')} could not be vetted`
        : s.failed > 0
          ? `${ICON.fail} ${s.failed} of ${countOf(s.influencers, 'influencer')} ${s.failed === 1 ? 'is' : 'are'} at or above the fail-on level`
          : (s.influencers === 1 ? `${ICON.pass} the 1 influencer is below the fail-on level` : `${ICON.pass} all ${s.influencers} influencers are below the fail-on level`);
    out.push(`### vet check: ${headline}`, '');
    out.push('| | Influencer | Proposal | Verdict | Fail on | Evidence |', '| --- | --- | --- | --- | --- | --- |');
    for (const r of result.results) {
      const status = statusOf(r);
      const fee = feeLabel(r);
      const who = [md(r.influencer.name, 80), md(sourceLabel(r), 120), ...(fee ? [`fee ${md(fee)}`] : [])].join('<br>');
      const where = `${md(r.proposal.file)}:${r.influencer.line}${r.proposal.campaign ? `<br>${md(r.proposal.campaign, 80)}` : ''}`;
      let verdict: string;
      let evidence: string;
      if (r.error) {
        verdict = 'not vetted';
        evidence = md(r.error.message, 300);
      } else {
        const { level, score } = r.report!.verdict;
        const label = level === 'insufficient-data' ? 'insufficient data' : level;
        verdict = `${status === 'fail' ? `**${label}**` : label} (${score})${status === 'pass' && statusLabel(r) !== 'pass' ? `<br>${statusLabel(r)}` : ''}`;
        const findings = evidenceOf(r);
        const quiet = (level === 'low' || level === 'insufficient-data') && statusLabel(r) === 'pass';
        const shown = quiet ? [] : findings.slice(0, max);
        const lines = [md(decisionOf(r.report!), 300), ...shown.map((f) => findingCell(f, 200))];
        if (findings.length > shown.length && shown.length) lines.push(`… and ${findings.length - shown.length} more`);
        const accepted = acceptedOf(r).length;
        if (accepted) lines.push(`${countOf(accepted, 'accepted finding')}, listed below`);
        evidence = lines.join('<br>') || '—';
      }
      out.push(`| ${ICON[status]} | ${who} | ${where} | ${verdict} | ${r.failOn} | ${evidence} |`);
    }
    out.push('');

    const accepted = result.results.flatMap((r) => acceptedOf(r).map((f) => ({ r, f })));
    if (accepted.length) {
      out.push(`<details><summary>Accepted findings (${accepted.length}): reviewed and not counted</summary>`, '');
      for (const { r, f } of accepted) out.push(`- ${md(r.influencer.name, 80)}: ${findingCell(f, 300)} ${md(acceptanceNote(f), 200)}`);
      out.push('', '</details>', '');
    }

    const review = result.review;
    if (review) {
      out.push(
        `Reviewed findings file ${md(review.file)}: ${review.used.length} entr${review.used.length === 1 ? 'y' : 'ies'} used, ${review.unused.length} unused, ${review.expired.length} expired.`,
      );
      for (const e of review.expired) {
        out.push(`- expired ${md(e.expires ?? '')}: ${md(review.file)}:${e.line}, ${md(describeEntry(e), 160)}${e.matches ? ` (${countsAgain(e.matches)})` : ''}`);
      }
      for (const e of review.unused) out.push(`- unused: ${md(review.file)}:${e.line}, ${md(describeEntry(e), 160)}`);
      if (review.baseline) out.push(`- baseline written to ${md(review.baseline.file)}: ${countOf(review.baseline.entries, 'entry', 'entries')}`);
      out.push('');
    }
    out.push(`<sub>vet ${md(result.vetVersion)} · exit code ${result.exitCode}</sub>`);
    return `${out.join('\n')}\n`;
  },
};
