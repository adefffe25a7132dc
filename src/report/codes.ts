import type { Category, Coded, ReportCoverage, VetReport } from '../types.js';
import { countOf, noteLine } from './wording.js';

/**
 * The words for every coded result: verdict reasons, coverage notes and the decision line. Each output
 * (text, markdown, HTML, the JSON's sentences) takes these sentences and escapes them its own way; nothing
 * reads a sentence back, code decides on codes. A code this version does not know (a newer report) and the
 * `text` code (a sentence from a report written before codes) are shown as their text.
 */

type Args = Coded['args'];

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v) || 0);
const str = (v: unknown): string => (v === undefined ? '' : String(v));
const day = (v: unknown): string => str(v).slice(0, 10);
const month = (v: unknown): string => str(v).slice(0, 7);
/** 1840 → "1,840". */
/** 12,345 as en-US writes it; by hand, because the first toLocaleString of a process loads ICU data (about 10 ms). */
export const thousands = (n: number): string => {
  // Counts are whole numbers; anything else (a fraction, -0, 1e21 and up) is left to ICU.
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  return `${n < 0 ? '-' : ''}${String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',')}`;
};
/** "1 post", "1,840 posts"; with a word before "post": "1 weibo post", "3 weibo posts". */
const posts = (n: unknown, kind = '') => countOf(num(n), kind ? `${kind} post` : 'post').replace(/^\d+/, (d) => thousands(Number(d)));

const CATEGORY_PHRASE: Record<Category, (brand: string) => string> = {
  'fan-slur': (b) => `Slurs for ${b}'s fans`,
  'fan-insult': (b) => `Insults aimed at ${b}'s fans or buyers`,
  'brand-insult': (b) => `Insults aimed at ${b} itself`,
  'executive-insult': (b) => `Insults aimed at ${b}'s executives or staff`,
  'doom-wish': (b) => `Wishes of death or ruin on ${b}, its fans or its people`,
  'boycott-call': (b) => `Calls to boycott ${b}`,
  'fraud-accusation': (b) => `Accusations that ${b} lies, commits fraud or cheats its customers`,
  'relationship-claim': (b) => `Claims of a business relationship with ${b}`,
  'product-criticism': (b) => `Criticism of ${b}'s products or service`,
};

/** What posts of a category do, as a verb phrase: [one post, several posts]. */
const CATEGORY_VERB: Record<Category, (brand: string) => [string, string]> = {
  'fan-slur': (b) => [`uses a slur for ${b}'s fans`, `use slurs for ${b}'s fans`],
  'fan-insult': (b) => [`insults ${b}'s fans`, `insult ${b}'s fans`],
  'brand-insult': (b) => [`insults ${b}`, `insult ${b}`],
  'executive-insult': (b) => [`insults ${b}'s executives or staff`, `insult ${b}'s executives or staff`],
  'doom-wish': (b) => [`wishes death or ruin on ${b}, its fans or its people`, `wish death or ruin on ${b}, its fans or its people`],
  'boycott-call': (b) => [`calls for a boycott of ${b}`, `call for a boycott of ${b}`],
  'fraud-accusation': (b) => [`accuses ${b} of lying, fraud or cheating`, `accuse ${b} of lying, fraud or cheating`],
  'relationship-claim': (b) => [`claims a business tie with ${b}`, `claim a business tie with ${b}`],
  'product-criticism': (b) => [`criticises ${b}'s products`, `criticise ${b}'s products`],
};

const phrase = (category: unknown, brand: string) => CATEGORY_PHRASE[category as Category]?.(brand) ?? `${str(category)} (${brand})`;

function describeAge(days: number): string {
  const years = days / 365.25;
  if (days < 1) return 'less than a day';
  if (days < 60) return countOf(Math.round(days), 'day');
  if (years < 2) return `${Math.round(days / 30.4)} months`;
  return `${Math.round(years * 10) / 10} years`;
}

/** A verdict reason as a sentence. `notes` are the coverage notes as sentences, for the partial-history reason. */
export function reasonText(reason: Coded, notes: readonly string[] = []): string {
  const a = reason.args;
  const b = str(a.brand);
  switch (reason.code) {
    case 'accepted-only': {
      const n = num(a.accepted);
      const found = n === 1 ? 'the 1 hostile finding' : `all ${n} hostile findings`;
      return `No post counts against ${b}: ${found} in the ${posts(a.posts)} scanned ${n === 1 ? 'was' : 'were'} accepted by a reviewer (listed below).`;
    }
    case 'no-hostility':
      return num(a.posts) === 1 ? `The one post scanned does not attack ${b}, its fans or its people.` : `No post among the ${thousands(num(a.posts))} scanned attacks ${b}, its fans or its people.`;
    case 'category':
      return `${phrase(a.category, b)}: ${posts(a.posts)}${a.latest ? `, the latest on ${day(a.latest)}` : ''}.`;
    case 'latest-hostile': {
      const days = num(a.ageDays);
      // A post dated after today has no age: said as such (the reason on future dates explains it).
      if (days < 0) return 'The most recent hostile post is dated after today, so it weighs fully.';
      return days <= 365.25
        ? `The most recent hostile post is ${describeAge(days)} old, so it weighs fully.`
        : `The most recent hostile post is ${describeAge(days)} old; older posts count less but stay listed.`;
    }
    case 'undated-hostile': {
      const one = num(a.posts) === 1;
      return `${posts(a.posts)} with hostility ${one ? 'carries' : 'carry'} no date and ${one ? 'counts' : 'count'} as moderately old.`;
    }
    case 'hostile-reposts': {
      const reposts = num(a.reposts);
      const hostile = num(a.hostile);
      const which = hostile === 1 ? 'The one hostile post is a repost'
        : reposts >= hostile ? `All ${hostile} hostile posts are reposts`
          : `${reposts} of the ${hostile} hostile posts ${reposts === 1 ? 'is a repost' : 'are reposts'}`;
      return `${which} of someone else's words (counted at half weight).`;
    }
    case 'backlash-risk':
      return `Partnering carries a real risk of backlash from ${b}'s customers and fans.`;
    case 'criticism':
      return `${phrase('product-criticism', b)}: ${posts(a.posts)}. Honest criticism is not hostility and does not raise the risk.`;
    case 'relationship':
      return `${phrase('relationship-claim', b)}: ${posts(a.posts)}. Check that the tie is true and disclosed.`;
    case 'accepted-findings':
      return `${num(a.findings) === 1 ? '1 finding was' : `${num(a.findings)} findings were`} accepted by a reviewer and do not count toward the score.`;
    case 'partial-history':
      return `Only part of the history could be read (${notes.join('; ') || 'the source stopped early'}); older posts may hold more.`;
    case 'future-posts':
      return `${num(a.posts) === 1 ? '1 post is' : `${num(a.posts)} posts are`} dated after today (the latest ${day(a.latest)}): check the history's dates; such a post counts as brand new.`;
    case 'little-data':
      return `Only ${posts(a.posts)} scanned: the verdict rests on little data.`;
    default:
      return str(a.text) || reason.code;
  }
}

/** Why a platform served fewer posts than the profile counts (`fewer-served`'s `why`). */
const FEWER_WHY: Record<string, string> = {
  hidden: 'some were not shown (deleted, taken down or hidden)',
  withheld: 'the rest were not shown (deleted or withheld)',
  private: 'the rest are private, deleted or older than the server keeps',
};

/** A coverage note as it reads inside a sentence (no capital, no full stop): what the source said. */
export function noteText(note: Coded): string {
  const a = note.args;
  const s = str(a.source);
  const text = ((): string => {
    switch (note.code) {
      case 'fetch-stopped':
        return `${s} stopped answering after ${posts(a.posts)}, so older posts were not read: ${str(a.detail)}${a.hint ? ` (${str(a.hint)})` : ''}`;
      case 'limit-reached':
        return `vet stopped after --limit ${posts(a.limit)}; older posts were not read (raise --limit to read more)`;
      case 'date-range':
        return `read ${posts(a.posts, s)} dated ${day(a.from)}${day(a.to) === day(a.from) ? '' : ` to ${day(a.to)}`}`;
      case 'duplicates-skipped':
        return num(a.posts) === 1 ? '1 post was skipped: its id had already been seen' : `${num(a.posts)} posts were skipped: their ids had already been seen`;
      case 'not-expanded':
        return num(a.posts) === 1 ? `1 long ${s} post could not be expanded; only its first part was read` : `${num(a.posts)} long ${s} posts could not be expanded; only their first part was read`;
      case 'hidden-history': {
        const counted = a.total !== undefined && num(a.total) > num(a.shown) ? `; the profile counts ${posts(a.total)} and ${num(a.shown)} ${num(a.shown) === 1 ? 'was' : 'were'} shown` : '';
        return `${s} did not show the whole history${a.authorLimits ? ' (the author limits who sees older posts)' : ''}${counted}. ` +
          (a.loggedIn ? 'Older posts are hidden even to a logged-in reader.' : 'Set VET_WEIBO_COOKIE to read the fuller weibo.com history.');
      }
      case 'logged-out-hidden':
        return `the author asked ${s} apps not to show their posts to logged-out readers (!no-unauthenticated); the public AppView may still serve them`;
      case 'fewer-served':
        return `${s} served ${posts(a.served, a.why === 'private' ? 'public' : '')} but the ${a.why === 'private' ? 'account' : 'profile'} counts ${num(a.total)}; ${FEWER_WHY[str(a.why)] ?? 'the rest were not shown'}`;
      case 'api-cap':
        return `${s}'s API serves only the latest ${posts(a.cap)}; the profile counts ${num(a.total)}, so older posts were not read`;
      case 'from-store':
        return `${num(a.posts) === 1 ? 'the one post' : num(a.stored) >= num(a.posts) ? `all ${num(a.posts)} posts` : `${num(a.stored)} of the ${num(a.posts)} posts`} came from the audit store (read by earlier audits; --full fetches ${num(a.stored) === 1 ? 'it' : 'them'} again)`;
      case 'impossible-dates':
        return `${num(a.posts) === 1 ? '1 post had an impossible date (before 1970 or after 9999) and was' : `${num(a.posts)} posts had an impossible date (before 1970 or after 9999) and were`} read as undated`;
      case 'store-read':
        return `read ${posts(a.posts)} from the audit store${a.last ? ` (last audit ${day(a.last)})` : ''}${num(a.posts) === 1 ? (num(a.deleted) ? ', deleted on the platform since it was recorded' : '') : `, ${num(a.deleted)} of them deleted on the platform since they were recorded`}`;
      case 'feed-cap':
        return `the feed carries only its latest ${countOf(num(a.posts), 'entry', 'entries')}; posts older than ${num(a.posts) === 1 ? 'that' : 'those'} were not read`;
      case 'feed-offsite':
        return `the feed's next page is on another site (${str(a.url)}); vet reads a feed on its own origin only, so entries there were not read`;
      case 'dates-inferred':
        return `${num(a.posts) === 1 ? `1 ${s} post was` : `${num(a.posts)} ${s} posts were`} dated only in a short or relative form ("15小时前", "昨天 12:30", "06-14"); vet worked the dates out from the time of reading (a month and day later than today is taken as last year)`;
      case 'export-cut':
        return `the export${a.handle ? ` of ${str(a.handle)}` : ''} has no closing line: it was cut short (an interrupted vet export or a truncated copy), so posts may be missing`;
      case 'id-conflicts':
        return `${s} sent ${num(a.posts) === 1 ? 'one post id' : `${num(a.posts)} post ids`} twice with different text (${str(a.ids)}); vet kept the first text read`;
      default:
        return str(a.text) || note.code;
    }
  })();
  return a.subject ? `${str(a.subject)}: ${text}` : text;
}

/** The coverage notes of a report as codes: its codes, or (a report from before codes) its sentences as `text`. */
export function noteCodesOf(coverage: ReportCoverage | undefined): Coded[] {
  if (!coverage) return [];
  return coverage.noteCodes ?? coverage.notes.map((text) => ({ code: 'text', args: { text } }));
}

/** The reasons of a report as codes, the same way. */
export function reasonCodesOf(report: Pick<VetReport, 'verdict'>): Coded[] {
  return report.verdict.reasonCodes ?? report.verdict.reasons.map((text) => ({ code: 'text', args: { text } }));
}

/** The report's reasons as sentences, worded from their codes. */
export function reasonLines(report: Pick<VetReport, 'verdict' | 'coverage'>): string[] {
  const notes = noteCodesOf(report.coverage).map(noteText);
  return reasonCodesOf(report).map((r) => reasonText(r, notes));
}

/**
 * Coverage notes to show on their own: all of them, unless a partial-history reason already quotes them.
 * Decided on codes, not by searching the reasons' words.
 */
export function standaloneNotes(report: Pick<VetReport, 'verdict' | 'coverage'>): string[] {
  // A report from before codes quoted every note in its partial-history reason whenever the history was partial.
  const quoted = report.verdict.reasonCodes ? report.verdict.reasonCodes.some((r) => r.code === 'partial-history') : report.coverage?.partial === true;
  if (quoted) return [];
  return noteCodesOf(report.coverage).map(noteText).filter((n) => n.trim()).map(noteLine);
}

const span = (a: Args): string => (a.from && a.to ? (month(a.from) === month(a.to) ? ` (${month(a.from)})` : ` (${month(a.from)} to ${month(a.to)})`) : '');

/** The recommendation in one line, first in every report. */
export function decisionText(decision: Coded): string {
  const a = decision.args;
  const b = str(a.brand);
  if (decision.code !== 'decision') return str(a.text) || decision.code;
  const level = str(a.level);
  if (level === 'insufficient-data') {
    const one = num(a.scanned) === 1;
    return `Insufficient data to judge: only ${posts(a.scanned)} ${a.partial ? 'could be' : one ? 'was' : 'were'} read${span(a)}; vet a fuller history before deciding.`;
  }
  if (a.category && num(a.posts) > 0) {
    const n = num(a.posts);
    const verb = (CATEGORY_VERB[a.category as Category]?.(b) ?? [str(a.category), str(a.category)])[n === 1 ? 0 : 1];
    const lead = { critical: 'Do not sign without review', high: 'Do not sign without review', medium: 'Review before signing', low: 'Low risk, worth a look' }[level] ?? level;
    const more = num(a.hostile) > n ? `; ${thousands(num(a.hostile))} hostile posts in all` : '';
    return `${lead}: ${posts(n)} ${verb}${a.latest ? `, the latest on ${day(a.latest)}` : ''}${more}.`;
  }
  if (num(a.accepted) > 0) return `No hostility counts against ${b} in ${posts(a.scanned)}${span(a)}: reviewers accepted what was found.`;
  return `No hostility found in ${posts(a.scanned)}${span(a)}.`;
}

const SEVERITY_RANK: Record<string, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

/** The decision of a report: its own, or (a report from before decisions) one made from its findings. */
export function decisionOf(report: VetReport): string {
  if (report.verdict.decisionCode) return decisionText(report.verdict.decisionCode);
  if (report.verdict.decision) return report.verdict.decision;
  const args: Args = { level: report.verdict.level, brand: report.brand.name, scanned: report.window.postsScanned };
  if (report.window.from && report.window.to) Object.assign(args, { from: report.window.from, to: report.window.to });
  if (report.coverage?.partial) args.partial = 1;
  // Hostile findings that count, grouped by category: the worst (then the most recent) category leads.
  const byCategory = new Map<string, { posts: Set<string>; worst: number; latest: string }>();
  const hostilePosts = new Set<string>();
  for (const f of report.findings) {
    if (f.ignored || SEVERITY_RANK[f.severity]! < SEVERITY_RANK.medium!) continue;
    hostilePosts.add(f.postId);
    const c = byCategory.get(f.category) ?? { posts: new Set<string>(), worst: 0, latest: '' };
    c.posts.add(f.postId);
    c.worst = Math.max(c.worst, SEVERITY_RANK[f.severity]!);
    if ((f.createdAt ?? '') > c.latest) c.latest = f.createdAt!;
    byCategory.set(f.category, c);
  }
  const top = [...byCategory.entries()].sort((x, y) => y[1].worst - x[1].worst || y[1].latest.localeCompare(x[1].latest))[0];
  if (top) Object.assign(args, { category: top[0], posts: top[1].posts.size, hostile: hostilePosts.size, ...(top[1].latest ? { latest: top[1].latest } : {}) });
  else if (report.findings.some((f) => f.ignored)) args.accepted = report.findings.filter((f) => f.ignored).length;
  return decisionText({ code: 'decision', args });
}
