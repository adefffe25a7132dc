import { isHostile } from '../score.js';
import type { Finding, VetReport } from '../types.js';
import { splitExcerpt } from './excerpt.js';
import type { Reporter } from './index.js';
import { escapeMarkdown } from './escape.js';

/** A URL shown as text; links only to http(s) pages so a post cannot inject javascript: links. */
function link(url: string | undefined): string {
  if (!url) return '';
  // No spaces, brackets, table pipes, backslashes, controls, bidi or invisible characters: else shown as text.
  return /^https?:\/\/[^\s<>()|\\\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]+$/i.test(url) ? `[link](<${url}>)` : escapeMarkdown(url);
}

function row(f: Finding): string {
  const parts = splitExcerpt(f);
  const quote = `${parts.cutBefore ? '…' : ''}${escapeMarkdown(parts.before)}**${escapeMarkdown(parts.match)}**${escapeMarkdown(parts.after)}`;
  return `| ${f.severity} | ${f.createdAt ? f.createdAt.slice(0, 10) : 'undated'} | ${quote} | \`${f.ruleId}\` ${escapeMarkdown(f.description)} | ${link(f.url)} |`;
}

/** A document to share or paste into a pull request. */
export const markdownReporter: Reporter = {
  format: 'markdown',
  render(report: VetReport) {
    const lines: string[] = [];
    lines.push(`# vet: ${escapeMarkdown(report.subject.handle)} for ${escapeMarkdown(report.brand.name)}`, '');
    lines.push(`**Verdict: ${report.verdict.level.toUpperCase()} risk** (score ${report.verdict.score}/100), ${report.window.postsScanned} posts scanned` +
      `${report.window.from && report.window.to ? ` from ${report.window.from.slice(0, 10)} to ${report.window.to.slice(0, 10)}` : ''}.`, '');
    for (const reason of report.verdict.reasons) lines.push(`- ${escapeMarkdown(reason)}`);
    const active = report.findings.filter((f) => !f.ignored);
    const groups: Array<[string, Finding[]]> = [
      ['Evidence of hostility', active.filter((f) => isHostile(f.severity))],
      ['Not counted as hostility', active.filter((f) => !isHostile(f.severity))],
      ['Accepted by reviewers (not counted)', report.findings.filter((f) => f.ignored)],
    ];
    for (const [title, findings] of groups) {
      if (!findings.length) continue;
      lines.push('', `## ${title} (${findings.length})`, '', '| severity | date | excerpt | rule | post |', '|---|---|---|---|---|');
      for (const f of findings) lines.push(row(f));
    }
    lines.push('', `<sub>vet ${report.vetVersion ?? ''} · ${report.generatedAt ?? ''}</sub>`);
    return `${lines.join('\n')}\n`;
  },
};
