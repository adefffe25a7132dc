import { decisionOf, reasonLines } from '../../report/codes.js';
import { describeEntry } from '../../review/ignore-file.js';
import type { InfluencerResult } from '../types.js';
import { escapeWorkflowData as data, escapeWorkflowProperty as prop, oneLine } from '../../report/escape.js';
import { acceptanceLine, acceptedOf, DEFAULT_MAX_EVIDENCE, evidenceOf, findingLine, sourceLabel, summaryLine, type CheckReporter } from './shared.js';
import { countOf, countsAgain } from '../../report/wording.js';

/**
 * `--format github`: GitHub Actions workflow commands, which the runner turns into annotations on the
 * pull request. One `::error` per influencer at or above fail-on, at the line of its entry; `::error` too for
 * an influencer that could not be vetted; `::notice` for accepted findings; `::warning` for expired or
 * unused reviewed-findings entries. Message data has %, CR and LF percent-encoded and properties also
 * `:` and `,`, so nothing from a post can end the line and start a forged command. Other lines never start
 * with `::` or `##[`.
 */

function command(kind: 'error' | 'warning' | 'notice', props: Record<string, string | number>, message: string): string {
  const list = Object.entries(props)
    .map(([k, v]) => `${k}=${prop(String(v))}`)
    .join(',');
  return `::${kind} ${list}::${data(message)}`;
}

function failureMessage(r: InfluencerResult, max: number): string {
  const report = r.report!;
  const evidence = evidenceOf(r);
  const lines = [
    `${oneLine(r.influencer.name, 80)} (${oneLine(sourceLabel(r), 120)}): verdict ${report.verdict.level} (score ${report.verdict.score}), at or above fail-on ${r.failOn}.`,
    oneLine(decisionOf(report), 300),
    ...reasonLines(report).slice(0, 3).map((reason) => oneLine(reason, 200)),
    ...evidence.slice(0, max).map((f) => `- ${oneLine(findingLine(f), 240)}`),
  ];
  if (evidence.length > max) lines.push(`- … and ${countOf(evidence.length - max, 'more finding', 'more findings')}`);
  return lines.join('\n');
}

export const githubReporter: CheckReporter = {
  format: 'github',
  render(result, ctx) {
    const max = Math.min(ctx.maxEvidence ?? DEFAULT_MAX_EVIDENCE, 3);
    const out: string[] = [];
    for (const r of result.results) {
      const at = { file: r.proposal.file, line: r.influencer.line, col: r.influencer.column };
      if (r.error) {
        out.push(command('error', { ...at, title: `vet: ${oneLine(r.influencer.name, 60)} not vetted` }, `${oneLine(r.influencer.name, 80)} could not be vetted: ${oneLine(r.error.message, 400)}`));
        continue;
      }
      if (r.failed) {
        out.push(command('error', { ...at, title: `vet: ${oneLine(r.influencer.name, 60)} is ${r.report!.verdict.level} risk` }, failureMessage(r, max)));
      }
      const accepted = acceptedOf(r);
      if (accepted.length) {
        out.push(
          command(
            'notice',
            { ...at, title: `vet: ${countOf(accepted.length, 'accepted finding')} for ${oneLine(r.influencer.name, 60)}` },
            accepted.map((f) => oneLine(acceptanceLine(f), 240)).join('\n'),
          ),
        );
      }
    }
    const review = result.review;
    if (review) {
      for (const e of review.expired) {
        out.push(command('warning', { file: review.file, line: e.line, title: 'vet: expired reviewed finding' }, `${describeEntry(e)} expired on ${e.expires}${e.matches ? `; ${countsAgain(e.matches)}` : ''}`));
      }
      for (const e of review.unused) {
        out.push(command('warning', { file: review.file, line: e.line, title: 'vet: unused reviewed finding' }, `${describeEntry(e)} matched no finding in this run`));
      }
    }
    // The summary is plain output; it starts with text, never with "::" or "##[".
    out.push(`vet check: ${oneLine(summaryLine(result))}; exit ${result.exitCode}`);
    return `${out.join('\n')}\n`;
  },
};
