import { Chalk } from 'chalk';
import { isHostile } from '../score.js';
import type { Finding, VerdictLevel, VetReport } from '../types.js';
import { decisionOf, reasonLines, standaloneNotes } from './codes.js';
import { changeEvidenceLines } from './changes.js';
import { splitExcerpt } from './excerpt.js';
import type { Reporter } from './index.js';
import { safeLine } from './sanitize.js';
import { countOf, findingOrigin, minorOverflow, sinceNote } from './wording.js';
import { wrapText } from './wrap.js';

export const LEVEL_LABEL: Record<VerdictLevel, string> = {
  'insufficient-data': 'INSUFFICIENT DATA',
  low: 'LOW RISK',
  medium: 'MEDIUM RISK',
  high: 'HIGH RISK',
  critical: 'CRITICAL RISK',
};
const MINOR_SHOWN = 3;

/**
 * For a person at a terminal: who, then the decision in one line, the verdict and its reasons, then each piece
 * of evidence. On a terminal (ctx.width) lines wrap at spaces with hanging indents; URLs are never cut.
 */
export const textReporter: Reporter = {
  format: 'text',
  render(report, ctx) {
    const c = new Chalk({ level: ctx.color ? 1 : 0 });
    const level = report.verdict.level;
    const levelColor = { 'insufficient-data': c.yellow, low: c.green, medium: c.yellow, high: c.red, critical: c.bgRed.white }[level] ?? c.reset;
    const decisionColor = { 'insufficient-data': c.yellow, low: c.green, medium: c.yellow, high: c.red, critical: c.red }[level] ?? c.reset;
    const out: string[] = [];
    const subject = safeLine(report.subject.handle);
    out.push(c.bold(`vet: ${subject} (${safeLine(report.subject.platform)}) for ${safeLine(report.brand.name)}`));
    out.push(decisionColor.bold(safeLine(decisionOf(report))));
    out.push('');
    out.push(`${c.bold('Verdict:')} ${levelColor.bold(` ${LEVEL_LABEL[level] ?? safeLine(level).toUpperCase()} `)} score ${report.verdict.score}/100`);
    for (const reason of reasonLines(report)) out.push(`  - ${safeLine(reason)}`);
    const { from, to, postsScanned } = report.window;
    out.push('', `Scanned ${countOf(postsScanned, 'post')}${from && to ? ` from ${from.slice(0, 10)} to ${to.slice(0, 10)}` : ''}${sinceNote(report)}.`);
    // What the source said about the posts read (duplicates skipped, a history cut short), unless a reason quotes it.
    for (const note of standaloneNotes(report)) out.push(`Note: ${safeLine(note)}`);

    const active = report.findings.filter((f) => !f.ignored);
    const hostile = active.filter((f) => isHostile(f.severity));
    const minor = active.filter((f) => !isHostile(f.severity));
    const ignored = report.findings.filter((f) => f.ignored);

    if (hostile.length) {
      out.push('', c.bold(`Evidence: ${countOf(hostile.length, 'finding')} of hostility`));
      hostile.forEach((f, i) => out.push(...renderFinding(f, i + 1, c)));
    }
    const changed = changeEvidenceLines(report, { title: (t) => c.bold(t), link: (l) => c.cyan(l) });
    if (changed.length) out.push('', ...changed);
    // Beyond the ones a report keeps, product criticism and relationship claims are counted, not listed.
    const omitted = report.stats?.omittedMinorFindings ?? 0;
    if (minor.length || omitted) {
      const shown = ctx.showAll ? minor : minor.slice(0, MINOR_SHOWN);
      out.push('', c.bold(`Not counted as hostility: ${countOf(minor.length + omitted, 'finding')} (product criticism, relationship claims)`));
      shown.forEach((f, i) => out.push(...renderFinding(f, i + 1, c)));
      const more: string[] = [];
      if (shown.length < minor.length) more.push(`${minor.length - shown.length} more listed with --all or --format json`);
      if (omitted > 0) more.push(minorOverflow(minor.length, omitted));
      if (more.length) out.push(c.dim(`  … ${more.join('; ')}.`));
    }
    if (ignored.length) {
      out.push('', c.bold(`Accepted by reviewers: ${countOf(ignored.length, 'finding')} (not counted)`));
      ignored.forEach((f, i) => {
        out.push(...renderFinding(f, i + 1, c));
        out.push(c.dim(`     accepted: ${safeLine(f.ignored!.reason)}${f.ignored!.by ? ` (by ${safeLine(f.ignored!.by)})` : ''}${f.ignored!.expires ? `, until ${safeLine(f.ignored!.expires)}` : ''}`));
      });
    }
    for (const error of report.errors) out.push(c.red(`error: ${safeLine(error.message)}`));
    out.push('', c.dim(`Rules: "vet rules" lists them. Each finding names its rule; check the post at its link before acting.`));
    return wrapText(`${out.join('\n')}\n`, ctx.width);
  },
};

function renderFinding(f: Finding, n: number, c: InstanceType<typeof Chalk>): string[] {
  const sev = { info: c.dim, low: c.cyan, medium: c.yellow, high: c.red, critical: c.red.bold }[f.severity];
  const date = f.createdAt ? f.createdAt.slice(0, 10) : 'undated';
  const parts = splitExcerpt(f);
  const quote = `${parts.cutBefore ? '…' : ''}${safeLine(parts.before)}${c.bold.underline(`«${safeLine(parts.match)}»`)}${safeLine(parts.after)}${parts.cutAfter ? '…' : ''}`;
  const lines = [
    `  ${String(n).padStart(2)}. ${sev(f.severity.toUpperCase().padEnd(8))} ${date}  ${safeLine(f.description)} ${c.dim(`[${f.ruleId}]`)}`,
    `      "${quote}"`,
  ];
  const origin = findingOrigin(f).map((o) => `  (${o})`).join('');
  lines.push(`      ${f.url ? c.cyan(safeLine(f.url)) : c.dim(`post ${safeLine(f.postId)} (no link in the history)`)}${f.isRepost ? c.dim('  (repost)') : ''}${origin ? c.dim(origin) : ''}`);
  return lines;
}
