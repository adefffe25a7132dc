import { isHostile } from '../score.js';
import { changeEvidence } from './changes.js';
import type { Finding, VetReport } from '../types.js';
import { splitExcerpt } from './excerpt.js';
import type { Reporter } from './index.js';
import { escapeMarkdown, escapeMarkdownPart } from './escape.js';
import { countOf, findingOrigin, minorOverflow, sinceNote } from './wording.js';
import { decisionOf, reasonLines, standaloneNotes } from './codes.js';

/** A URL shown as text; links only to http(s) pages so a post cannot inject javascript: links. */
export function markdownLink(url: string | undefined): string {
  if (!url) return '';
  // No spaces, brackets, table pipes, backslashes, controls, bidi or invisible characters: else shown as text.
  return /^https?:\/\/[^\s<>()|\\\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]+$/i.test(url) ? `[link](<${url}>)` : escapeMarkdown(url);
}

/**
 * The excerpt exactly as written, spacing included, with the matched words in bold and "…" where the post goes
 * on. White space at the edges of the match stays outside the `**`: CommonMark only bolds `**` that touch text.
 */
export function markdownQuote(f: Finding): string {
  const { before, match, after, cutBefore, cutAfter } = splitExcerpt(f);
  const quote = `${escapeMarkdownPart(before.trimStart())}${match ? `**${escapeMarkdownPart(match)}**` : ''}${escapeMarkdownPart(after.trimEnd())}`;
  return `${cutBefore ? '…' : ''}${quote}${cutAfter ? '…' : ''}`;
}

function row(f: Finding): string {
  const origin = [...(f.isRepost ? ['repost'] : []), ...findingOrigin(f)];
  const quote = `${markdownQuote(f)}${origin.length ? ` _(${escapeMarkdownPart(origin.join('; '))})_` : ''}`;
  return `| ${f.severity} | ${f.createdAt ? f.createdAt.slice(0, 10) : 'undated'} | ${quote} | \`${f.ruleId}\` ${escapeMarkdown(f.description)} | ${markdownLink(f.url)} |`;
}

/** A document to share or paste into a pull request. */
export const markdownReporter: Reporter = {
  format: 'markdown',
  render(report: VetReport) {
    const lines: string[] = [];
    lines.push(`# vet: ${escapeMarkdown(report.subject.handle)} for ${escapeMarkdown(report.brand.name)}`, '');
    lines.push(`**${escapeMarkdown(decisionOf(report))}**`, '');
    const level = report.verdict.level === 'insufficient-data' ? 'INSUFFICIENT DATA' : `${report.verdict.level.toUpperCase()} risk`;
    lines.push(`Verdict: **${escapeMarkdown(level)}** (score ${report.verdict.score}/100), ${countOf(report.window.postsScanned, 'post')} scanned` +
      `${report.window.from && report.window.to ? ` from ${report.window.from.slice(0, 10)} to ${report.window.to.slice(0, 10)}` : ''}${escapeMarkdownPart(sinceNote(report))}.`, '');
    for (const reason of reasonLines(report)) lines.push(`- ${escapeMarkdown(reason)}`);
    // What the source said about the posts read (duplicates skipped, a history cut short), unless a reason quotes it.
    for (const note of standaloneNotes(report)) lines.push('', `Note: ${escapeMarkdown(note)}`);
    const active = report.findings.filter((f) => !f.ignored);
    const minor = active.filter((f) => !isHostile(f.severity));
    const omitted = report.stats?.omittedMinorFindings ?? 0;
    const groups: Array<[string, Finding[], number]> = [
      ['Evidence of hostility', active.filter((f) => isHostile(f.severity)), 0],
      ['Not counted as hostility', minor, omitted],
      ['Accepted by reviewers (not counted)', report.findings.filter((f) => f.ignored), 0],
    ];
    for (const [title, findings, unlisted] of groups) {
      if (!findings.length && !unlisted) continue;
      lines.push('', `## ${title} (${findings.length + unlisted})`);
      if (unlisted) lines.push('', `${findings.length ? `${findings.length} listed below; ` : ''}${minorOverflow(findings.length, unlisted)}.`);
      if (!findings.length) continue;
      lines.push('', '| severity | date | excerpt | rule | post |', '|---|---|---|---|---|');
      for (const f of findings) lines.push(row(f));
    }
    const changed = changeEvidence(report);
    if (changed) {
      lines.push('', `## ${escapeMarkdown(changed.title)}`, '', '| change | was | now | post |', '|---|---|---|---|');
      for (const item of changed.items) lines.push(`| ${escapeMarkdown(item.head)} | ${escapeMarkdown(item.quote)} | ${item.now !== undefined ? escapeMarkdown(item.now) : ''} | ${escapeMarkdown(item.link)} |`);
    }
    lines.push('', `<sub>vet ${report.vetVersion ?? ''} · ${report.generatedAt ?? ''}</sub>`);
    return `${lines.join('\n')}\n`;
  },
};
