import { Chalk } from 'chalk';
import { isHostile } from '../score.js';
import type { Finding, Level, VetReport } from '../types.js';
import { changeEvidenceLines } from './changes.js';
import { splitExcerpt } from './excerpt.js';
import type { Reporter } from './index.js';
import { safeLine } from './sanitize.js';
import { countOf, minorOverflow, noteLine, sinceNote } from './wording.js';

const LEVEL_LABEL: Record<Level, string> = {
  low: 'LOW RISK',
  medium: 'MEDIUM RISK',
  high: 'HIGH RISK',
  critical: 'CRITICAL RISK',
};
const MINOR_SHOWN = 3;

/** For a person at a terminal: the verdict and its reasons first, then each piece of evidence. */
export const textReporter: Reporter = {
  format: 'text',
  render(report, ctx) {
    const c = new Chalk({ level: ctx.color ? 1 : 0 });
    const levelColor = { low: c.green, medium: c.yellow, high: c.red, critical: c.bgRed.white }[report.verdict.level];
    const out: string[] = [];
    const subject = safeLine(report.subject.handle);
    out.push(c.bold(`vet: ${subject} (${safeLine(report.subject.platform)}) for ${safeLine(report.brand.name)}`));
    const { from, to, postsScanned } = report.window;
    out.push(`Scanned ${countOf(postsScanned, 'post')}${from && to ? ` from ${from.slice(0, 10)} to ${to.slice(0, 10)}` : ''}${sinceNote(report)}.`);
    // What the source said about the posts read (duplicates skipped, a history cut short), unless a reason says it already.
    const notes = (report.coverage?.notes ?? []).filter((note) => note.trim() && !report.verdict.reasons.some((reason) => reason.includes(note)));
    for (const note of notes) out.push(`Note: ${safeLine(noteLine(note))}`);
    out.push('');
    out.push(`${c.bold('Verdict:')} ${levelColor.bold(` ${LEVEL_LABEL[report.verdict.level]} `)} score ${report.verdict.score}/100`);
    for (const reason of report.verdict.reasons) out.push(`  - ${safeLine(reason)}`);

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
    return `${out.join('\n')}\n`;
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
  lines.push(`      ${f.url ? c.cyan(safeLine(f.url)) : c.dim(`post ${safeLine(f.postId)} (no link in the history)`)}${f.isRepost ? c.dim('  (repost)') : ''}`);
  return lines;
}
