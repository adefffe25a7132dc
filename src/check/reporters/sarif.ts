import { decisionOf, reasonLines } from '../../report/codes.js';
import { createHash } from 'node:crypto';
import { describeEntry } from '../../review/ignore-file.js';
import type { RuleMeta } from '../../rules/types.js';
import type { Finding, Severity, VerdictLevel } from '../../types.js';
import type { InfluencerResult } from '../types.js';
import { escapeSarifText, oneLine, safeJsonStringify } from '../../report/escape.js';
import { acceptedOf, DEFAULT_MAX_EVIDENCE, evidenceOf, findingLine, sourceLabel, type CheckReporter } from './shared.js';
import { countOf, countsAgain } from '../../report/wording.js';
import { vetHomepage } from '../../version.js';

/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning (upload-sarif) and other SARIF viewers.
 * - one run; `tool.driver.rules` is the rule catalogue (plus any rule a finding names that is not in it);
 * - one result per influencer whose verdict is medium or above, at the line of the influencer's entry in
 *   the proposal file: critical and high are `error`, medium is `warning`; the rule is the influencer's most
 *   severe finding and the message carries the evidence;
 * - accepted findings are results too, with an external `suppressions` entry, so viewers show them as
 *   reviewed instead of losing them;
 * - `partialFingerprints` come from the finding fingerprint (`platform:post:rule:hash`), stable across runs
 *   for the same post and rule; line numbers are never part of them;
 * - errors and reviewed-findings file problems are tool notifications.
 */

const VERDICT_LEVEL: Record<VerdictLevel, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', 'insufficient-data': 'note' };
const SEVERITY_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

const FINGERPRINT_KEY = 'vetFinding/v1';
const INFLUENCER_KEY = 'vetInfluencer/v1';

/** A relative path as a URI reference: each segment percent-encoded (names may hold spaces, CJK, #). */
export function pathToUri(path: string): string {
  if (/^[a-z]:\//i.test(path) || path.startsWith('/')) {
    return `file://${path.startsWith('/') ? '' : '/'}${path.split('/').map(encodeURIComponent).join('/')}`.replace(/^file:\/\/\/([a-z])%3A/i, 'file:///$1:');
  }
  return path.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment))).join('/');
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

function ruleDescriptor(rule: RuleMeta) {
  const description = oneLine(rule.description);
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: description },
    fullDescription: { text: `${description} Category: ${rule.category}; severity: ${rule.severity}; about: ${rule.targets.join(', ')}.` },
    help: {
      text:
        `${description}\n\nSeverity ${rule.severity}, category ${rule.category}, aimed at: ${rule.targets.join(', ')}. ` +
        'vet reports it with the post, its date and the matched words. If a person has reviewed the post and accepts it, ' +
        'record it in .vetignore (post id and rule id, with platform unless the post is on Weibo or X, or the fingerprint; with reason and by).',
    },
    defaultConfiguration: { level: SEVERITY_LEVEL[rule.severity] },
    properties: { category: rule.category, severity: rule.severity, targets: [...rule.targets], tags: ['brand-safety', rule.category] },
  };
}

function evidenceMessage(result: InfluencerResult, max: number): string {
  const report = result.report!;
  const evidence = evidenceOf(result);
  const lines = [
    `${oneLine(result.influencer.name, 80)} (${oneLine(sourceLabel(result), 120)}): verdict ${report.verdict.level} (score ${report.verdict.score}); the proposal fails at ${result.failOn}.`,
    oneLine(decisionOf(report), 300),
    ...reasonLines(report).slice(0, 3).map((reason) => oneLine(reason, 200)),
    'Evidence:',
    ...evidence.slice(0, max).map((f) => `- ${oneLine(findingLine(f), 300)}`),
  ];
  if (evidence.length > max) lines.push(`- … and ${countOf(evidence.length - max, 'more finding', 'more findings')}`);
  const accepted = acceptedOf(result).length;
  if (accepted) lines.push(`${countOf(accepted, 'finding')} accepted in the reviewed-findings file ${accepted === 1 ? 'is' : 'are'} not counted.`);
  return escapeSarifText(lines.join('\n'), { multiline: true });
}

export const sarifReporter: CheckReporter = {
  format: 'sarif',
  render(result, ctx) {
    const max = ctx.maxEvidence ?? DEFAULT_MAX_EVIDENCE;
    const rules = ctx.rules.map(ruleDescriptor);
    const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
    // A finding from a rule the catalogue does not list still gets a descriptor, so every ruleId resolves.
    const ensureRule = (finding: Finding) => {
      if (!ruleIndex.has(finding.ruleId)) {
        ruleIndex.set(finding.ruleId, rules.length);
        rules.push(ruleDescriptor({ id: finding.ruleId, category: finding.category, severity: finding.severity, description: finding.description, targets: [finding.target] }));
      }
      return ruleIndex.get(finding.ruleId)!;
    };

    const location = (r: InfluencerResult) => ({
      physicalLocation: {
        artifactLocation: { uri: pathToUri(r.proposal.file) },
        region: { startLine: r.influencer.line, startColumn: r.influencer.column },
      },
      message: { text: escapeSarifText(oneLine(r.influencer.name, 120)) },
    });
    const influencerId = (r: InfluencerResult) => sha(`${r.proposal.file}\u0000${r.influencer.name}`);

    const results: object[] = [];
    for (const r of result.results) {
      if (!r.report) continue;
      const { level, score } = r.report.verdict;
      const evidence = evidenceOf(r);
      if (level !== 'low' && level !== 'insufficient-data') {
        const top = evidence[0];
        results.push({
          ...(top ? { ruleId: top.ruleId, ruleIndex: ensureRule(top) } : { ruleId: 'verdict' }),
          level: VERDICT_LEVEL[level],
          kind: 'fail',
          message: { text: evidenceMessage(r, max) },
          locations: [location(r)],
          partialFingerprints: {
            [FINGERPRINT_KEY]: top ? top.fingerprint : `verdict:${influencerId(r)}`,
            [INFLUENCER_KEY]: influencerId(r),
          },
          properties: {
            influencer: r.influencer.name,
            handles: r.influencer.handles,
            proposal: r.proposal.file,
            ...(r.proposal.campaign !== undefined ? { campaign: r.proposal.campaign } : {}),
            verdict: level,
            score,
            failOn: r.failOn,
            failed: r.failed,
            findings: evidence.map((f) => f.fingerprint),
          },
        });
      }
      for (const finding of acceptedOf(r)) {
        const a = finding.ignored!;
        results.push({
          ruleId: finding.ruleId,
          ruleIndex: ensureRule(finding),
          level: SEVERITY_LEVEL[finding.severity],
          kind: 'fail',
          message: { text: escapeSarifText(`${oneLine(r.influencer.name, 80)}: accepted finding ${oneLine(findingLine(finding), 300)}`) },
          locations: [location(r)],
          partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint, [INFLUENCER_KEY]: influencerId(r) },
          suppressions: [
            {
              kind: 'external',
              // SARIF 2.1.0: a suppression's review status is `status` (accepted / underReview / rejected); there is no `state`.
              status: 'accepted',
              justification: oneLine(`${a.reason} (by ${a.by ?? 'unknown'}${a.expires ? `, until ${a.expires}` : ''})`, 500),
            },
          ],
          properties: { influencer: r.influencer.name, proposal: r.proposal.file, postId: finding.postId },
        });
      }
    }

    const notifications: object[] = [];
    for (const r of result.results) {
      if (!r.error) continue;
      notifications.push({
        level: 'error',
        message: { text: escapeSarifText(`${oneLine(r.influencer.name, 80)} was not vetted: ${oneLine(r.error.message, 500)}`) },
        locations: [location(r)],
        properties: { code: r.error.code, exitCode: r.error.exitCode },
      });
    }
    const review = result.review;
    if (review) {
      const at = (line: number) => [{ physicalLocation: { artifactLocation: { uri: pathToUri(review.file) }, region: { startLine: line } } }];
      for (const e of review.expired) {
        notifications.push({
          level: 'warning',
          message: { text: escapeSarifText(`Reviewed-findings entry ${oneLine(describeEntry(e), 200)} expired on ${e.expires}${e.matches ? `; ${countsAgain(e.matches)}` : ''}.`) },
          locations: at(e.line),
        });
      }
      for (const e of review.unused) {
        notifications.push({
          level: 'note',
          message: { text: escapeSarifText(`Reviewed-findings entry ${oneLine(describeEntry(e), 200)} matched no finding in this run.`) },
          locations: at(e.line),
        });
      }
    }

    const homepage = vetHomepage();
    const sarif = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'vet',
              version: result.vetVersion,
              semanticVersion: result.vetVersion,
              ...(homepage ? { informationUri: homepage } : {}),
              shortDescription: { text: 'Vets an influencer\'s public post history for hostility toward a brand, its fans and its people.' },
              rules,
            },
          },
          invocations: [
            {
              executionSuccessful: result.summary.errors === 0,
              exitCode: result.exitCode,
              endTimeUtc: result.generatedAt,
              ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
            },
          ],
          columnKind: 'utf16CodeUnits',
          results,
          properties: { summary: result.summary, ...(result.failOnOverride ? { failOnOverride: result.failOnOverride } : {}) },
        },
      ],
    };
    return `${safeJsonStringify(sarif)}\n`;
  },
};
