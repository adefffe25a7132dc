// Rendering: one Markdown table (aligned, so it reads in a terminal and pastes into the README), the
// per-language summary lines, and the target checks.
import { precisionRecall, rate } from './metrics.mjs';

/**
 * @typedef {import('./metrics.mjs').Counts} Counts
 * @typedef {'vet' | 'keyword' | 'vader'} CheckerName
 * @typedef {object} LineResult
 * @property {string} set
 * @property {'en' | 'zh'} lang
 * @property {string} brand the mapping key
 * @property {boolean} sublabels
 * @property {boolean} [thread]
 * @property {boolean} [context] rows vetted with a context (information: counts toward no target)
 * @property {number} posts
 * @property {Partial<Record<CheckerName, Counts>>} checkers
 */

export const CHECKERS = /** @type {const} */ (['vet', 'keyword', 'vader']);
const LABEL = { vet: 'vet', keyword: 'kw', vader: 'VADER' };

/** @param {number | null} r @param {number} digits */
const pct = (r, digits) => (r === null ? '—' : `${(r * 100).toFixed(digits)}%`);
/** @param {number | null} x */
const dec = (x) => (x === null ? '—' : x.toFixed(2));

/** @param {Counts | undefined} c @param {boolean} sublabels */
function checkerCells(c, sublabels) {
  if (!c) return ['n/a', 'n/a', 'n/a', 'n/a'];
  const { precision, recall } = precisionRecall(c.hostile);
  return [
    sublabels ? `${dec(precision)}/${dec(recall)}` : '',
    sublabels ? '' : c.pos.n ? `${pct(rate(c.pos), 2)} (${c.pos.flagged})` : '—',
    pct(rate(c.neg), 1),
    sublabels || c.elsewhere.n === 0 ? '' : String(c.elsewhere.flagged),
  ];
}

/** @param {string[]} header @param {string[][]} body */
function markdown(header, body) {
  const rows = [header, ...body];
  const widths = header.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  const pad = (/** @type {string} */ cell, /** @type {number} */ i) => cell + ' '.repeat((widths[i] ?? 0) - [...cell].length);
  const line = (/** @type {string[]} */ r) => `| ${r.map(pad).join(' | ')} |`;
  // Numbers right-aligned from the posts column on.
  const rule = `|${widths.map((w, i) => (i >= 3 ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

/**
 * @param {LineResult[]} lines
 * @param {Record<'en' | 'zh', LineResult>} summaries
 */
export function renderTable(lines, summaries) {
  const header = ['set', 'lang', 'brand', 'posts', 'pos/neu', 'neg', 'neg→other'];
  for (const name of CHECKERS) header.push(`${LABEL[name]} P/R`, `${LABEL[name]} FA`, `${LABEL[name]} neg`, `${LABEL[name]} wrong`);
  /** @type {string[][]} */
  const rows = [];
  const all = [...lines];
  for (const lang of /** @type {const} */ (['en', 'zh'])) if (summaries[lang]) all.push(summaries[lang]);
  for (const l of all) {
    const any = l.checkers.vet ?? l.checkers.keyword;
    const cells = [l.set, l.lang, l.brand, String(l.posts)];
    cells.push(
      l.sublabels || !any ? '' : String(any.pos.n),
      any ? String(any.neg.n) : '',
      l.sublabels || !any ? '' : any.elsewhere.n ? String(any.elsewhere.n) : '—',
    );
    for (const name of CHECKERS) cells.push(...checkerCells(l.checkers[name], l.sublabels));
    rows.push(cells);
  }
  return markdown(header, rows);
}

/**
 * The issue's targets, checked line by line.
 * @param {LineResult[]} lines
 * @param {Record<'en' | 'zh', LineResult>} summaries
 * @returns {{ text: string, checks: Array<{ target: string, pass: boolean, detail: string }> }}
 */
export function checkTargets(lines, summaries) {
  /** @type {Array<{ target: string, pass: boolean, detail: string }>} */
  const checks = [];
  const brandLines = lines.filter((l) => !l.sublabels);
  const faOf = (/** @type {LineResult} */ l, /** @type {CheckerName} */ n) => {
    const c = l.checkers[n];
    return c ? rate(c.pos) : null;
  };
  const name = (/** @type {LineResult} */ l) => `${l.set}/${l.brand}`;

  const over = brandLines.filter((l) => (faOf(l, 'vet') ?? 0) > 0.01);
  checks.push({
    target: 'vet false alarms ≤ 1% of pos/neu posts on every line',
    pass: over.length === 0,
    detail: over.length ? `over on ${over.map((l) => `${name(l)} ${pct(faOf(l, 'vet'), 2)}`).join(', ')}` : `worst ${pct(Math.max(0, ...brandLines.map((l) => faOf(l, 'vet') ?? 0)), 2)}`,
  });
  for (const lang of /** @type {const} */ (['en', 'zh'])) {
    const s = summaries[lang];
    if (!s?.checkers.vet?.hostile) continue;
    const { precision, recall } = precisionRecall(s.checkers.vet.hostile);
    checks.push({ target: `hostility precision ≥ 0.9 (${lang})`, pass: (precision ?? 0) >= 0.9, detail: dec(precision) });
    checks.push({ target: `hostility recall ≥ 0.7 (${lang})`, pass: (recall ?? 0) >= 0.7, detail: dec(recall) });
  }
  // Real comment threads: precision on every row of each thread, recall on the rows that name their target.
  for (const l of lines.filter((x) => x.thread && !x.context)) {
    const { precision, recall } = precisionRecall(l.checkers.vet?.hostile);
    if (l.brand.startsWith('←')) checks.push({ target: `hostility recall ≥ 0.7 on explicit rows (${l.set})`, pass: (recall ?? 0) >= 0.7, detail: dec(recall) });
    else checks.push({ target: `hostility precision ≥ 0.85 (${l.set})`, pass: (precision ?? 0) >= 0.85, detail: dec(precision) });
  }
  const subLines = lines.filter((l) => l.sublabels);
  for (const peer of /** @type {const} */ (['keyword', 'vader'])) {
    // Better = strictly lower; equal counts only when both are 0 (nothing lower is possible).
    const compared = brandLines.filter((l) => l.checkers[peer]);
    const notBetter = compared.filter((l) => {
      const mine = faOf(l, 'vet') ?? 0;
      const theirs = faOf(l, peer) ?? 0;
      return mine > theirs || (mine === theirs && mine > 0);
    });
    const zeroTies = compared.filter((l) => (faOf(l, 'vet') ?? 0) === 0 && (faOf(l, peer) ?? 0) === 0);
    if (compared.length) checks.push({
      target: `vet false alarms below ${peer} on every line`,
      pass: notBetter.length === 0,
      detail: `lower on ${compared.length - notBetter.length - zeroTies.length}, both 0 on ${zeroTies.length}, not lower on ${notBetter.length}${notBetter.length ? ` (${notBetter.map((l) => `${name(l)} ${pct(faOf(l, 'vet'), 2)} vs ${pct(faOf(l, peer), 2)}`).join(', ')})` : ''} of ${compared.length}`,
    });
    const pCompared = subLines.filter((l) => l.checkers[peer]?.hostile && precisionRecall(l.checkers[peer]?.hostile).precision !== null);
    const pWorse = pCompared.filter((l) => (precisionRecall(l.checkers.vet?.hostile).precision ?? -1) <= (precisionRecall(l.checkers[peer]?.hostile).precision ?? 0));
    if (pCompared.length) {
      checks.push({
        target: `vet hostility precision above ${peer} on every sub-label line`,
        pass: pWorse.length === 0,
        detail: pWorse.length
          ? `not above on ${pWorse.map((l) => `${name(l)} ${dec(precisionRecall(l.checkers.vet?.hostile).precision)} vs ${dec(precisionRecall(l.checkers[peer]?.hostile).precision)}`).join(', ')}`
          : `above on all ${pCompared.length}`,
      });
    }
    for (const lang of /** @type {const} */ (['en', 'zh'])) {
      const s = summaries[lang];
      if (!s?.checkers.vet?.hostile || !s.checkers[peer]?.hostile) continue;
      const mine = precisionRecall(s.checkers.vet.hostile);
      const theirs = precisionRecall(s.checkers[peer]?.hostile);
      checks.push({
        target: `vet hostility recall above ${peer} (${lang})`,
        pass: (mine.recall ?? 0) > (theirs.recall ?? 0),
        detail: `${dec(mine.recall)} vs ${dec(theirs.recall)}`,
      });
    }
  }
  const text = checks.map((c) => `- [${c.pass ? 'x' : ' '}] ${c.target}: ${c.detail}`).join('\n');
  return { text, checks };
}
