import { isHostile } from '../../score.js';
import type { Finding, VetReport } from '../../types.js';
import { decisionOf, reasonLines, standaloneNotes } from '../codes.js';
import { splitExcerpt } from '../excerpt.js';
import { countOf, findingOrigin, minorOverflow, sinceNote } from '../wording.js';
import { changeEvidence } from '../changes.js';
import { timelineSvg } from './chart.js';
import { esc, escProse, LEVEL_TEXT, levelClass, link, page } from './page.js';

/**
 * `vet --format html`: the decision, the facts and the reasons, the timeline, then the evidence as the text
 * report gives it (quote with the match marked, date, link, rule and what it means), the findings not counted,
 * the accepted ones and the coverage. Post text is hostile input: all of it goes through `esc`.
 */

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : 'undated');

/** The quote exactly as written, the matched words in <mark>, "…" where the post goes on. */
export function htmlQuote(f: Finding): string {
  const { before, match, after, cutBefore, cutAfter } = splitExcerpt(f);
  return `${cutBefore ? '…' : ''}${esc(before)}<mark>${esc(match)}</mark>${esc(after)}${cutAfter ? '…' : ''}`;
}

function findingItem(f: Finding, n: number, id: string): string {
  const accepted = f.ignored
    ? `<p class="accepted">Accepted${f.ignored.by ? ` by ${esc(f.ignored.by)}` : ''}${f.ignored.expires ? `, until ${esc(f.ignored.expires)}` : ''}: ${esc(f.ignored.reason)}</p>`
    : '';
  return `<li id="${id}-finding-${n}" data-severity="${esc(f.severity)}">
<div class="meta"><span class="num">${n}.</span><span class="sev sev-${esc(f.severity)}">${esc(f.severity)}</span><span>${esc(day(f.createdAt))}</span><span>${esc(f.description)}</span><code>${esc(f.ruleId)}</code>${f.isRepost ? '<span>(repost)</span>' : ''}${findingOrigin(f).map((o) => `<span class="origin">(${esc(o)})</span>`).join('')}</div>
<blockquote lang="und">${htmlQuote(f)}</blockquote>
<div class="meta">${f.url ? link(f.url) : `<span>post ${esc(f.postId)} (no link in the history)</span>`}</div>
${accepted}</li>`;
}

function findingList(findings: readonly Finding[], id: string, start = 1): string {
  return `<ol class="findings">${findings.map((f, i) => findingItem(f, start + i, id)).join('\n')}</ol>`;
}

/** Deleted and edited posts since the last audit (`changes`), as the text report lists them: quote, now, link. */
function changeList(items: NonNullable<ReturnType<typeof changeEvidence>>['items'], id: string): string {
  return `<ol class="findings changes">${items
    .map((item, i) => {
      const where = item.url ? link(item.url) : `<span>${esc(item.link)}</span>`;
      return `<li id="${id}-change-${i + 1}"><div class="meta"><span class="num">${i + 1}.</span><span>${esc(item.head)}</span></div>
<blockquote lang="und"><small>was:</small> ${esc(item.quote)}</blockquote>${item.now !== undefined ? `\n<blockquote lang="und"><small>now:</small> ${esc(item.now)}</blockquote>` : ''}
<div class="meta">${where}</div></li>`;
    })
    .join('\n')}</ol>`;
}

/** The facts under the decision: level, score, posts, window, coverage. */
function facts(report: VetReport): string {
  const { from, to, postsScanned } = report.window;
  const items: Array<[string, string]> = [
    ['Verdict', `<span class="${levelClass(report.verdict.level)}">${esc(LEVEL_TEXT[report.verdict.level] ?? report.verdict.level)}</span>`],
    ['Score', `${report.verdict.score}/100`],
    ['Posts scanned', esc(String(postsScanned))],
    ['Dates', from && to ? `${esc(day(from))} to ${esc(day(to))}` : 'undated'],
    ['History', report.coverage?.partial ? 'partial' : 'complete as read'],
  ];
  if (report.window.since) items.push(['Since', esc(day(report.window.since))]);
  return `<dl class="facts">${items.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>`;
}

/**
 * One report as a <section> (a whole page for `vet`, one of several for `vet check`). `id` prefixes element
 * ids; `heading` is the level of its title.
 */
export function reportSection(report: VetReport, opts: { id: string; heading: 'h1' | 'h2'; showAll?: boolean }): string {
  const { id } = opts;
  const sub = opts.heading === 'h1' ? 'h2' : 'h3';
  const active = report.findings.filter((f) => !f.ignored);
  const hostile = active.filter((f) => isHostile(f.severity));
  const minor = active.filter((f) => !isHostile(f.severity));
  const accepted = report.findings.filter((f) => f.ignored);
  const omitted = report.stats?.omittedMinorFindings ?? 0;
  const out: string[] = [];
  out.push(`<${opts.heading}>${esc(report.subject.handle)} <small>(${esc(report.subject.platform)}) for ${esc(report.brand.name)}</small></${opts.heading}>`);
  out.push(`<p class="decision ${levelClass(report.verdict.level)}" data-decision>${escProse(decisionOf(report))}</p>`);
  out.push(facts(report));
  out.push(`<${sub}>Why</${sub}>`, `<ul class="reasons">${reasonLines(report).map((r) => `<li>${escProse(r)}</li>`).join('')}</ul>`);
  out.push(`<${sub}>Timeline</${sub}>`, timelineSvg(report, hostile, id));
  if (hostile.length) out.push(`<${sub}>Evidence: ${esc(countOf(hostile.length, 'finding'))} of hostility</${sub}>`, findingList(hostile, id));
  const changed = changeEvidence(report);
  if (changed) out.push(`<${sub}>${esc(changed.title)}</${sub}>`, changeList(changed.items, id));
  if (minor.length || omitted) {
    out.push(`<${sub}>Not counted as hostility: ${esc(countOf(minor.length + omitted, 'finding'))}</${sub}>`);
    out.push('<p class="note">Product criticism and relationship claims: honest criticism is not hostility; check that a claimed tie is true and disclosed.</p>');
    const shown = opts.showAll ? minor : minor.slice(0, 20);
    out.push(findingList(shown, id, hostile.length + 1));
    const more: string[] = [];
    if (shown.length < minor.length) more.push(`${minor.length - shown.length} more listed with --all or --format json`);
    if (omitted) more.push(minorOverflow(minor.length, omitted));
    if (more.length) out.push(`<p class="note">… ${esc(more.join('; '))}.</p>`);
  }
  if (accepted.length) {
    out.push(`<${sub}>Accepted by reviewers: ${esc(countOf(accepted.length, 'finding'))} (not counted)</${sub}>`);
    out.push(findingList(accepted, id, hostile.length + minor.length + 1));
  }
  out.push(`<${sub}>Coverage</${sub}>`);
  const { from, to, postsScanned } = report.window;
  out.push(`<p>Scanned ${esc(countOf(postsScanned, 'post'))}${from && to ? ` from ${esc(day(from))} to ${esc(day(to))}` : ''}${esc(sinceNote(report))}.${report.coverage?.partial ? ' Only part of the history could be read.' : ''}</p>`);
  for (const note of standaloneNotes(report)) out.push(`<p class="note">Note: ${escProse(note)}</p>`);
  for (const error of report.errors) out.push(`<p class="note">Error: ${esc(error.message)}</p>`);
  return out.join('\n');
}

export function footer(version: string | undefined, generatedAt: string | undefined): string {
  return `<footer>Each finding names its rule (<code>vet rules</code> lists them); check the post at its link before acting. vet ${esc(version ?? '')}${generatedAt ? ` · generated ${esc(generatedAt)}` : ''}</footer>`;
}

/** The whole page for one report. */
export function renderHtml(report: VetReport, opts: { showAll?: boolean } = {}): string {
  const kicker = `<p class="kicker">vet report · brand ${esc(report.brand.name)}${report.generatedAt ? ` · ${esc(day(report.generatedAt))}` : ''}</p>`;
  const body = `${kicker}\n${reportSection(report, { id: 'r', heading: 'h1', ...(opts.showAll ? { showAll: true } : {}) })}\n${footer(report.vetVersion, report.generatedAt)}`;
  return page(`vet: ${report.subject.handle} for ${report.brand.name}`, body);
}
