import { Chalk } from 'chalk';
import { describeEntry } from '../../review/ignore-file.js';
import { sinceOf, type CheckResult } from '../types.js';
import { oneLine } from '../../report/escape.js';
import {
  acceptanceLine,
  acceptedOf,
  DEFAULT_MAX_EVIDENCE,
  evidenceOf,
  feeLabel,
  findingLine,
  sourceLabel,
  statusOf,
  summaryLine,
  verdictLabel,
  withFindings,
  type CheckReporter,
} from './shared.js';
import { decisionOf, noteCodesOf, noteText } from '../../report/codes.js';
import { wrapText } from '../../report/wrap.js';
import { countOf, countsAgain } from '../../report/wording.js';

/** For a person at a terminal: one block per proposal, one line per influencer, evidence under failures. */
export const textReporter: CheckReporter = {
  format: 'text',
  render(result, ctx) {
    const c = new Chalk({ level: ctx.color ? 1 : 0 });
    const max = ctx.maxEvidence ?? DEFAULT_MAX_EVIDENCE;
    const out: string[] = [];
    const overrides = [
      ...(result.failOnOverride ? [`fail on ${result.failOnOverride}`] : []),
      ...(result.sinceOverride !== undefined ? [`since ${oneLine(result.sinceOverride)}`] : []),
    ];
    const failOn = overrides.length ? ` (${overrides.join(', ')} for every proposal)` : '';
    out.push(c.bold(`vet check: ${summaryLine(result)}${failOn}`), '');

    for (const proposal of result.proposals) {
      const campaign = proposal.campaign ? ` · ${oneLine(proposal.campaign, 80)}` : '';
      out.push(c.bold(`${oneLine(proposal.file)}${campaign}`) + c.dim(` (brand ${oneLine(proposal.brand)}, fail on ${result.failOnOverride ?? proposal.policy.failOn}${sinceOf(result, proposal) ? `, since ${oneLine(sinceOf(result, proposal)!)}` : ''})`));
      for (const r of result.results.filter((x) => x.proposal === proposal)) {
        const status = statusOf(r);
        const tag = status === 'fail' ? c.red.bold('FAIL ') : status === 'error' ? c.yellow.bold('ERROR') : withFindings(r) ? c.yellow('pass, with findings') : c.green('pass ');
        const fee = feeLabel(r);
        out.push(`  ${tag} ${oneLine(r.influencer.name, 60)}  ${verdictLabel(r)}  ${c.dim(`line ${r.influencer.line} · ${oneLine(sourceLabel(r), 100)}${fee ? ` · fee ${fee}` : ''}`)}`);
        if (r.error) {
          out.push(`        ${c.yellow(oneLine(r.error.message, 300))}`);
          continue;
        }
        out.push(`        ${oneLine(decisionOf(r.report!), 300)}`);
        const evidence = evidenceOf(r);
        const quiet = r.report!.verdict.level === 'low' || r.report!.verdict.level === 'insufficient-data';
        const shown = status === 'fail' || !quiet || withFindings(r) ? evidence.slice(0, max) : [];
        for (const finding of shown) out.push(`        - ${oneLine(findingLine(finding), 240)}`);
        if (evidence.length > shown.length && shown.length) out.push(c.dim(`        … and ${countOf(evidence.length - shown.length, 'more finding', 'more findings')}; see --format json`));
        for (const finding of acceptedOf(r)) out.push(c.dim(`        accepted: ${oneLine(acceptanceLine(finding), 240)}`));
        if (r.report!.coverage?.partial) out.push(c.yellow(`        partial history: ${oneLine(noteCodesOf(r.report!.coverage).map(noteText).join('; ') || 'the source stopped early', 200)}`));
      }
      out.push('');
    }

    const review = result.review;
    if (review) {
      const used = review.used.reduce((n, e) => n + e.matches, 0);
      if (review.entries > 0 || !review.baseline) out.push(`Reviewed findings (${oneLine(review.file)}): ${review.entries} entr${review.entries === 1 ? 'y' : 'ies'}, ${countOf(used, 'finding')} accepted, ${review.unused.length} unused, ${review.expired.length} expired`);
      for (const e of review.expired) {
        out.push(c.yellow(`  expired ${e.expires}: ${oneLine(review.file)}:${e.line} ${oneLine(describeEntry(e), 120)}${e.matches ? ` (${countsAgain(e.matches)})` : ''}`));
      }
      for (const e of review.unused) out.push(c.dim(`  unused: ${oneLine(review.file)}:${e.line} ${oneLine(describeEntry(e), 120)}`));
      if (review.baseline) {
        out.push(`Baseline written to ${oneLine(review.baseline.file)}: ${review.baseline.entries} entr${review.baseline.entries === 1 ? 'y' : 'ies'} (${review.baseline.kept} kept from the previous file)`);
      }
      out.push('');
    }
    const verdict = result.exitCode === 0 ? c.green('ok') : result.exitCode === 1 ? c.red('failed') : c.yellow('incomplete');
    out.push(`Result: ${verdict} (exit ${result.exitCode})`);
    return wrapText(`${out.join('\n')}\n`, ctx.width);
  },
};
