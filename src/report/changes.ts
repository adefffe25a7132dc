import { isHostile } from '../score.js';
import type { Category, ChangedPost, Changes, Level, VetReport } from '../types.js';
import { safeLine } from './sanitize.js';
import { countOf } from './wording.js';

/**
 * What changed since the last audit, as coded reasons and as words. A hostile post deleted or edited since
 * the last audit is the strongest warning sign there is (scrubbing before a deal): it is named in the reasons
 * and raises the level to at least medium (README: "Deleted and edited posts").
 */
export interface ChangeReason {
  code: 'deleted-hostile' | 'edited-hostile' | 'deleted-posts' | 'edited-posts';
  args: Record<string, string | number>;
}

/** What posts of a category did, for "2 posts that insulted Xiaomi's fans". */
const DID: Record<Category, (brand: string) => string> = {
  'fan-slur': (b) => `used slurs for ${b}'s fans`,
  'fan-insult': (b) => `insulted ${b}'s fans`,
  'brand-insult': (b) => `insulted ${b}`,
  'executive-insult': (b) => `insulted ${b}'s executives or staff`,
  'doom-wish': (b) => `wished death or ruin on ${b}, its fans or its people`,
  'boycott-call': (b) => `called for a boycott of ${b}`,
  'fraud-accusation': (b) => `accused ${b} of lying, fraud or cheating`,
  'relationship-claim': (b) => `claimed a business tie with ${b}`,
  'product-criticism': (b) => `criticised ${b}'s products`,
};

export const CHANGE_FLOOR: Level = 'medium';

/** The reasons the changes give, most severe first: hostile deletions, hostile edits, then the others counted. */
export function changeReasons(changes: Changes, brand: string): ChangeReason[] {
  const reasons: ChangeReason[] = [];
  for (const [code, list] of [['deleted-hostile', changes.deleted], ['edited-hostile', changes.edited]] as const) {
    const byCategory = new Map<Category, ChangedPost[]>();
    for (const post of list) {
      const worst = worstCategory(post);
      if (worst) byCategory.set(worst, [...(byCategory.get(worst) ?? []), post]);
    }
    for (const [category, posts] of byCategory) {
      const seen = posts.map((p) => p.lastSeen).sort();
      reasons.push({ code, args: { brand, category, posts: posts.length, firstSeen: seen[0]!, lastSeen: seen[seen.length - 1]! } });
    }
  }
  const quietDeleted = changes.deleted.filter((p) => !worstCategory(p)).length;
  if (quietDeleted) reasons.push({ code: 'deleted-posts', args: { posts: quietDeleted } });
  const quietEdited = changes.edited.filter((p) => !worstCategory(p)).length;
  if (quietEdited) reasons.push({ code: 'edited-posts', args: { posts: quietEdited } });
  return reasons;
}

export function changeReasonText(reason: ChangeReason): string {
  const a = reason.args;
  const n = Number(a.posts);
  const seen = a.firstSeen === a.lastSeen || String(a.firstSeen).slice(0, 10) === String(a.lastSeen).slice(0, 10)
    ? `seen on ${String(a.lastSeen).slice(0, 10)}`
    : `seen between ${String(a.firstSeen).slice(0, 10)} and ${String(a.lastSeen).slice(0, 10)}`;
  const did = () => DID[a.category as Category]?.(String(a.brand)) ?? `were hostile (${String(a.category)})`;
  switch (reason.code) {
    case 'deleted-hostile':
      return `${countOf(n, 'post')} that ${did()}, ${seen}, ${n === 1 ? 'was' : 'were'} deleted since: deleting hostile posts before a deal is a warning sign in itself.`;
    case 'edited-hostile':
      return `${countOf(n, 'post')} that ${did()}, ${seen}, ${n === 1 ? 'was' : 'were'} edited since and no longer ${n === 1 ? 'says' : 'say'} so.`;
    case 'deleted-posts':
      return `${countOf(n, 'other post')} seen by the last audit ${n === 1 ? 'was' : 'were'} deleted since (nothing hostile in ${n === 1 ? 'it' : 'them'}).`;
    case 'edited-posts':
      return `${countOf(n, 'other post')} ${n === 1 ? 'was' : 'were'} edited since the last audit (nothing hostile removed).`;
  }
}

function worstCategory(post: ChangedPost): Category | undefined {
  const RANK = { info: 0, low: 1, medium: 2, high: 3, critical: 4 } as const;
  const hostile = post.hostile.filter((f) => isHostile(f.severity)).sort((x, y) => RANK[y.severity] - RANK[x.severity]);
  return hostile[0]?.category;
}

export const isHostileChange = (post: ChangedPost): boolean => worstCategory(post) !== undefined;

/** The evidence section of text and markdown reports: each deleted or edited post, with quote, link and date last seen. */
export function changeEvidence(report: VetReport): { title: string; items: Array<{ head: string; quote: string; now?: string; link: string; url?: string }> } | undefined {
  const changes = report.changes;
  if (!changes || (changes.deleted.length === 0 && changes.edited.length === 0)) return undefined;
  const items = [
    ...changes.deleted.map((p) => ({ p, what: 'DELETED' })),
    ...changes.edited.map((p) => ({ p, what: 'EDITED' })),
  ]
    .sort((x, y) => Number(isHostileChange(y.p)) - Number(isHostileChange(x.p)))
    .map(({ p, what }) => ({
      head: `${what.padEnd(8)} ${p.createdAt ? p.createdAt.slice(0, 10) : 'undated'}  last seen ${p.lastSeen.slice(0, 10)}${p.hostile.length ? `  hostile: ${[...new Set(p.hostile.map((f) => f.ruleId))].join(', ')}` : ''}`,
      quote: p.quote,
      ...(p.now !== undefined ? { now: p.now } : {}),
      link: p.url ?? `post ${p.postId} (no link in the history)`,
      ...(p.url ? { url: p.url } : {}),
    }));
  const parts = [changes.deleted.length ? `${countOf(changes.deleted.length, 'post')} deleted` : '', changes.edited.length ? `${countOf(changes.edited.length, 'post')} edited` : ''].filter(Boolean);
  return { title: `Changed since the last audit (${changes.previous.at.slice(0, 10)}): ${parts.join(', ')}`, items };
}

/**
 * Whether a report differs from the subject's last audit in a way worth a line (`vet batch --changes-only`):
 * a post deleted or edited, a hostile finding that was not there, or another level. A first audit always is.
 */
export function changedSinceLastAudit(report: VetReport): boolean {
  const c = report.changes;
  if (!c) return true;
  return c.deleted.length > 0 || c.edited.length > 0 || (c.newHostile ?? 0) > 0 || c.previous.level !== report.verdict.level;
}

/** The changed posts as terminal lines (title first), every piece made safe; `title` and `link` style them. */
export function changeEvidenceLines(report: VetReport, style: { title?: (s: string) => string; link?: (s: string) => string } = {}): string[] {
  const changed = changeEvidence(report);
  if (!changed) return [];
  const out = [(style.title ?? String)(safeLine(changed.title))];
  changed.items.forEach((item, i) => {
    out.push(`  ${String(i + 1).padStart(2)}. ${safeLine(item.head)}`, `      was: "${safeLine(item.quote)}"`);
    if (item.now !== undefined) out.push(`      now: "${safeLine(item.now)}"`);
    out.push(`      ${(style.link ?? String)(safeLine(item.link))}`);
  });
  return out;
}
