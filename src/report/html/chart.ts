import { isHostile } from '../../score.js';
import type { Finding, TimelineMonth, VetReport } from '../../types.js';
import { esc } from './page.js';
import { countOf } from '../wording.js';

/**
 * The timeline, drawn here as SVG (no library, no script): one band per month across the window. The upper
 * panel is the posts read; the lower one, on its own scale, the posts with hostility (red) and with product
 * criticism (amber), so one hostile post stands out even in a month of hundreds. The worst posts are marked
 * with their number in the evidence list, and link to it. Every bar carries data-month, data-kind and
 * data-count, and a <title> a reader sees on hover.
 */

const W = 720;
const LEFT = 40;
const RIGHT = 8;
const TOP_Y = 20;
const PANEL = 78;
const LOW_Y = TOP_Y + PANEL + 30;
const AXIS_Y = LOW_Y + PANEL;
const H = AXIS_Y + 22;
/** How many of the worst posts are marked. */
export const WORST_MARKED = 5;

const r2 = (n: number) => Math.round(n * 100) / 100;

/** Every month from the first to the last, "2024-11", "2024-12", "2025-01", … */
function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  // A bogus date far in the past must not make a chart of thousands of bands: at most 50 years are drawn.
  while ((y < ly || (y === ly && m <= lm)) && out.length < 600) {
    out.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

const MONTH = /^\d{4}-\d{2}$/;

/**
 * The months to draw: the report's timeline, or (a report from before timelines) the findings' months, with
 * posts read unknown. Months inside the span with no post are drawn empty.
 */
export function timelineOf(report: VetReport): { months: TimelineMonth[]; undated: number; postsKnown: boolean } {
  let known: TimelineMonth[];
  let postsKnown = true;
  let undated = report.timeline?.undated ?? 0;
  if (report.timeline) {
    known = report.timeline.months.filter((m) => MONTH.test(m.month));
  } else {
    postsKnown = false;
    const byMonth = new Map<string, { hostile: Set<string>; criticism: Set<string> }>();
    for (const f of report.findings) {
      if (f.ignored || !f.createdAt) continue;
      const key = f.createdAt.slice(0, 7);
      if (!MONTH.test(key)) continue;
      const entry = byMonth.get(key) ?? { hostile: new Set<string>(), criticism: new Set<string>() };
      if (isHostile(f.severity)) entry.hostile.add(f.postId);
      if (f.category === 'product-criticism') entry.criticism.add(f.postId);
      byMonth.set(key, entry);
    }
    known = [...byMonth.entries()].map(([month, e]) => ({ month, posts: 0, hostile: e.hostile.size, criticism: e.criticism.size }));
    undated = 0;
  }
  const bounds = [...known.map((m) => m.month), ...[report.window.from, report.window.to].filter((d): d is string => !!d).map((d) => d.slice(0, 7)).filter((d) => MONTH.test(d))].sort();
  if (bounds.length === 0) return { months: [], undated, postsKnown };
  const have = new Map(known.map((m) => [m.month, m]));
  const months = monthRange(bounds[0]!, bounds[bounds.length - 1]!).map((month) => have.get(month) ?? { month, posts: 0, hostile: 0, criticism: 0 });
  return { months, undated, postsKnown };
}

export interface MarkedPost {
  /** The finding's number in the evidence list (1-based). */
  n: number;
  finding: Finding;
}

/** The worst posts to mark: the first hostile findings of the evidence list (already most severe, then newest first), one per post. */
export function worstPosts(hostile: readonly Finding[]): MarkedPost[] {
  const seen = new Set<string>();
  const out: MarkedPost[] = [];
  hostile.forEach((finding, i) => {
    if (out.length >= WORST_MARKED || !finding.createdAt || seen.has(finding.postId)) return;
    seen.add(finding.postId);
    out.push({ n: i + 1, finding });
  });
  return out;
}

/** The chart as an inline <svg>; `id` keeps element ids unique when a page holds several charts. */
export function timelineSvg(report: VetReport, hostile: readonly Finding[], id = 'chart'): string {
  const { months, undated, postsKnown } = timelineOf(report);
  if (months.length === 0) return '<p class="note">No dated posts to draw a timeline of.</p>';
  const band = (W - LEFT - RIGHT) / months.length;
  const x = (i: number) => LEFT + i * band;
  const maxRead = Math.max(1, ...months.map((m) => m.posts));
  const maxFound = Math.max(1, ...months.map((m) => Math.max(m.hostile, m.criticism)));
  const index = new Map(months.map((m, i) => [m.month, i]));
  const parts: string[] = [];
  const bar = (kind: string, m: TimelineMonth, count: number, bx: number, width: number, base: number, max: number, fill: string, what: string) => {
    const h = r2((count / max) * PANEL);
    parts.push(
      `<rect class="bar bar-${kind}" data-month="${m.month}" data-kind="${kind}" data-count="${count}" x="${r2(bx)}" y="${r2(base - h)}" width="${r2(width)}" height="${h}" fill="${fill}"><title>${m.month}: ${count} ${what}</title></rect>`,
    );
  };
  // Bars are centred in their month and never wider than a thumb, however few the months.
  const readWidth = Math.min(band * 0.8, 28);
  const pairWidth = Math.min(band * 0.42, 14);
  const centre = (i: number) => x(i) + band / 2;
  months.forEach((m, i) => {
    if (postsKnown) bar('read', m, m.posts, centre(i) - readWidth / 2, readWidth, TOP_Y + PANEL, maxRead, '#b8c2cc', m.posts === 1 ? 'post read' : 'posts read');
    bar('hostile', m, m.hostile, centre(i) - pairWidth, pairWidth, AXIS_Y, maxFound, '#c62828', m.hostile === 1 ? 'post with hostility' : 'posts with hostility');
    bar('criticism', m, m.criticism, centre(i), pairWidth, AXIS_Y, maxFound, '#e0a100', m.criticism === 1 ? 'post of product criticism' : 'posts of product criticism');
  });

  // Axes: a baseline per panel, the scale's top, and the years (January, or the first month).
  const axes: string[] = [
    `<line x1="${LEFT}" y1="${TOP_Y + PANEL}" x2="${W - RIGHT}" y2="${TOP_Y + PANEL}" stroke="#8a939d" stroke-width="1"/>`,
    `<line x1="${LEFT}" y1="${AXIS_Y}" x2="${W - RIGHT}" y2="${AXIS_Y}" stroke="#8a939d" stroke-width="1"/>`,
    `<text x="${LEFT}" y="${TOP_Y - 6}" font-size="11" fill="#5b6470">${postsKnown ? `Posts read per month (up to ${maxRead})` : 'Posts read per month: not in this report'}</text>`,
    `<text x="${LEFT}" y="${LOW_Y - 6}" font-size="11" fill="#5b6470">Posts with hostility · with product criticism (up to ${maxFound})</text>`,
    `<text x="${LEFT - 4}" y="${TOP_Y + 4}" font-size="10" fill="#5b6470" text-anchor="end">${postsKnown ? maxRead : ''}</text>`,
    `<text x="${LEFT - 4}" y="${TOP_Y + PANEL}" font-size="10" fill="#5b6470" text-anchor="end">0</text>`,
    `<text x="${LEFT - 4}" y="${LOW_Y + 4}" font-size="10" fill="#5b6470" text-anchor="end">${maxFound}</text>`,
    `<text x="${LEFT - 4}" y="${AXIS_Y}" font-size="10" fill="#5b6470" text-anchor="end">0</text>`,
  ];
  const yearEvery = Math.max(1, Math.ceil(months.length / 12 / 10));
  months.forEach((m, i) => {
    const [year, month] = m.month.split('-');
    if ((month === '01' || i === 0) && Number(year) % yearEvery === 0) {
      axes.push(`<line x1="${r2(x(i))}" y1="${AXIS_Y}" x2="${r2(x(i))}" y2="${AXIS_Y + 4}" stroke="#8a939d"/>`);
      axes.push(`<text x="${r2(x(i) + 2)}" y="${AXIS_Y + 15}" font-size="10" fill="#5b6470">${i === 0 && month !== '01' ? m.month : year}</text>`);
    }
  });

  // The worst posts: a numbered mark above their month in the lower panel, linking to the evidence.
  const marks: string[] = [];
  const stacked = new Map<number, number>();
  for (const { n, finding } of worstPosts(hostile)) {
    const i = index.get(finding.createdAt!.slice(0, 7));
    if (i === undefined) continue;
    const level = stacked.get(i) ?? 0;
    stacked.set(i, level + 1);
    const cx = r2(centre(i) - pairWidth / 2);
    const cy = r2(LOW_Y + 8 + level * 15);
    marks.push(
      `<a href="#${id}-finding-${n}" class="worst" data-n="${n}" data-month="${finding.createdAt!.slice(0, 7)}"><circle cx="${cx}" cy="${cy}" r="7" fill="#8e1020"/>` +
        `<text x="${cx}" y="${r2(cy + 3.5)}" font-size="9" font-weight="700" fill="#fff" text-anchor="middle">${n}</text>` +
        `<title>${esc(`#${n} ${finding.severity} ${finding.ruleId} ${finding.createdAt!.slice(0, 10)}`)}</title></a>`,
    );
  }

  const first = months[0]!.month;
  const last = months[months.length - 1]!.month;
  const total = (k: 'posts' | 'hostile' | 'criticism') => months.reduce((s, m) => s + m[k], 0);
  const desc = `${countOf(months.length, 'month')} from ${first} to ${last}: ${postsKnown ? `${countOf(total('posts'), 'post')} read, ` : ''}${total('hostile')} with hostility, ${total('criticism')} with product criticism.`;
  return `<svg class="chart" id="${id}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-title ${id}-desc" data-months="${months.length}">
<title id="${id}-title">Timeline: posts per month</title>
<desc id="${id}-desc">${esc(desc)}</desc>
<g class="axes">${axes.join('')}</g>
<g class="bars">${parts.join('')}</g>
<g class="marks">${marks.join('')}</g>
</svg>
<ul class="legend">${postsKnown ? '<li><span class="key key-read"></span>posts read</li>' : ''}<li><span class="key key-hostile"></span>posts with hostility</li><li><span class="key key-criticism"></span>posts with product criticism</li>${marks.length ? '<li><span class="key key-worst"></span>the worst posts, numbered as in the evidence</li>' : ''}${undated ? `<li>${undated} post${undated === 1 ? '' : 's'} without a date, not drawn</li>` : ''}</ul>`;
}
