import { decisionOf, reasonLines } from '../../report/codes.js';
import { describeEntry } from '../../review/ignore-file.js';
import { sinceOf, type InfluencerResult } from '../types.js';
import { escapeXml as x } from '../../report/escape.js';
import { acceptanceLine, acceptedOf, evidenceOf, feeLabel, findingLine, sourceLabel, type CheckReporter } from './shared.js';
import { countOf, countsAgain } from '../../report/wording.js';

/**
 * `--format junit`: JUnit XML for CI test reports. One testsuite per proposal file, one testcase per
 * influencer; a verdict at or above fail-on is a <failure> with the evidence as its text, an influencer that
 * could not be vetted is an <error>. Accepted findings go to <system-out>. Every value passes through
 * escapeXml, which also drops characters XML 1.0 forbids, so a post cannot break the document.
 */

function failureText(r: InfluencerResult): string {
  const report = r.report!;
  const lines = [
    `verdict ${report.verdict.level} (score ${report.verdict.score}), fails at ${r.failOn}`,
    decisionOf(report),
    ...reasonLines(report),
    '',
    'Evidence:',
    ...evidenceOf(r).map((f) => `- ${findingLine(f)}`),
  ];
  return lines.join('\n');
}

/**
 * The JUnit schema wants `hostname` (and `timestamp`) on every testsuite; "localhost" is its word for a host not
 * named. The machine's own name stays out of a report that is shared in pull requests.
 */
const HOSTNAME = 'localhost';

export const junitReporter: CheckReporter = {
  format: 'junit',
  render(result) {
    const s = result.summary;
    const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
    out.push(`<testsuites name="vet check" tests="${s.influencers}" failures="${s.failed}" errors="${s.errors}" time="0" timestamp="${x(result.generatedAt)}">`);
    for (const proposal of result.proposals) {
      const cases = result.results.filter((r) => r.proposal === proposal);
      const failures = cases.filter((r) => r.failed).length;
      const errors = cases.filter((r) => r.error).length;
      out.push(`  <testsuite name="${x(proposal.file)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0" time="0" timestamp="${x(result.generatedAt)}" hostname="${HOSTNAME}">`);
      out.push('    <properties>');
      out.push(`      <property name="brand" value="${x(proposal.brand)}"/>`);
      if (proposal.campaign !== undefined) out.push(`      <property name="campaign" value="${x(proposal.campaign)}"/>`);
      out.push(`      <property name="failOn" value="${x(result.failOnOverride ?? proposal.policy.failOn)}"/>`);
      const since = sinceOf(result, proposal);
      if (since) out.push(`      <property name="since" value="${x(since)}"/>`);
      out.push('    </properties>');
      for (const r of cases) {
        const name = `${r.influencer.name} (${sourceLabel(r)})`;
        const classname = proposal.campaign ?? proposal.file;
        out.push(`    <testcase name="${x(name)}" classname="${x(classname)}" file="${x(proposal.file)}" line="${r.influencer.line}" time="0">`);
        if (r.error) {
          out.push(`      <error message="${x(`not vetted: ${r.error.message}`)}" type="${x(r.error.code)}">${x(r.error.message, { multiline: true })}</error>`);
        } else if (r.failed) {
          const { level, score } = r.report!.verdict;
          out.push(`      <failure message="${x(`verdict ${level} (score ${score}) is at or above ${r.failOn}`)}" type="${level}">${x(failureText(r), { multiline: true })}</failure>`);
        }
        const notes: string[] = [];
        if (r.report) notes.push(`verdict ${r.report.verdict.level} (score ${r.report.verdict.score}); ${countOf(r.report.window.postsScanned, 'post')} scanned`);
        const fee = feeLabel(r);
        if (fee) notes.push(`fee ${fee}`);
        for (const f of acceptedOf(r)) notes.push(`accepted: ${acceptanceLine(f)}`);
        if (notes.length) out.push(`      <system-out>${x(notes.join('\n'), { multiline: true })}</system-out>`);
        out.push('    </testcase>');
      }
      out.push('  </testsuite>');
    }
    const review = result.review;
    if (review && (review.unused.length || review.expired.length)) {
      // Stale entries are not failures, but they belong in the report: a suite of their own, as system-err.
      const lines = [
        ...review.expired.map((e) => `${review.file}:${e.line}: ${describeEntry(e)} expired on ${e.expires}${e.matches ? `; ${countsAgain(e.matches)}` : ''}`),
        ...review.unused.map((e) => `${review.file}:${e.line}: ${describeEntry(e)} matched no finding`),
      ];
      out.push(`  <testsuite name="${x(`reviewed findings (${review.file})`)}" tests="0" failures="0" errors="0" skipped="0" time="0" timestamp="${x(result.generatedAt)}" hostname="${HOSTNAME}">`);
      out.push(`    <system-err>${x(lines.join('\n'), { multiline: true })}</system-err>`);
      out.push('  </testsuite>');
    }
    out.push('</testsuites>');
    return `${out.join('\n')}\n`;
  },
};
