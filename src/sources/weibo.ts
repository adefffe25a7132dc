import { SourceError, UsageError } from '../errors.js';
import { buildUrl, HttpClient, type HttpResponse } from '../http/client.js';
import { HttpError } from '../http/errors.js';
import type { Coverage, Post } from '../types.js';
import { postContext } from './context.js';
import { asArray, asRecord, asString, endpoint, explainStatus, historyOf, metricsFrom, newCoverage, notFound, parseCount, shortOfTotal, type Candidate, type Page } from './common.js';
import { htmlToText, looksLikeHtml } from './html-text.js';
import type { FetchedHistory, Source, SourceContext } from './types.js';
import { readWeiboDate } from './weibo-dates.js';
import { parseWeiboHandle } from './handles.js';

/**
 * Weibo. Two ways in:
 * - anonymous: the mobile API (m.weibo.cn `getIndex`, container 107603{uid}, `since_id` paging,
 *   `statuses/extend` for long posts). Weibo shows anonymous visitors only part of a history, so the
 *   coverage says when the profile counts more posts than were shown;
 * - with VET_WEIBO_COOKIE (a logged-in weibo.com Cookie header): the fuller weibo.com/ajax history
 *   (`profile/info`, `statuses/mymblog`, `statuses/longtext`). The cookie is sent to weibo.com only.
 * Handles: weibo:<uid> or weibo:@<screen name>; names are tried as given and in the other Chinese script.
 */

export const WEIBO_MOBILE = 'https://m.weibo.cn';
export const WEIBO_WEB = 'https://weibo.com';
const PLATFORM = 'weibo';
const LABEL = 'Weibo';

const HINT_ANON =
  'set VET_WEIBO_COOKIE to the Cookie header of a logged-in weibo.com session (vet then reads the fuller weibo.com history), or vet a saved history with --from <file>';
const HINT_COOKIE =
  'the cookie in VET_WEIBO_COOKIE may have expired: log in to weibo.com in a browser, copy a fresh Cookie header into VET_WEIBO_COOKIE, or vet a saved history with --from <file>';
const HINT_RATE = 'Weibo limits how fast one address may read; wait a few minutes and run vet again (pages already read are cached), or use --from <file>';
/** Redirect targets that mean "log in or pass the visitor check first". */
const LOGIN_REDIRECT = /passport\.weibo\.(com|cn)|login\.sina\.com\.cn|visitor\.passport|\/signin\b|\/login\b|\/visitor\//i;

/** Weibo's `ok:0` ("这里还没有内容", nothing here yet): an unknown uid on a profile, the end or a hiccup while paging. */
class WeiboEmpty extends SourceError {}

/** `ok:0` messages that are not "nothing here": Weibo throttling (errno 100005) or asking for a login. */
const THROTTLED_MSG = /频繁|頻繁|too (many|frequent)/i;
const LOGIN_MSG = /登录|登錄|登入|请先|請先|log ?in|sign ?in|visitor|访客|訪客|验证|驗證/i;
/** The title or text of Weibo's visitor, login and captcha pages, served as HTML with status 200. */
const WALL_PAGE = /Sina Visitor System|passport\.weibo|visitor\/visitor|新浪通行证|登录 - 新浪|安全验证|验证码|geetest/i;

// Handle syntax lives in ./handles.ts, shared with the registry's up-front check.
export { parseWeiboHandle };

/** Throws for Weibo's refusals inside a 200 answer, so they are neither used nor cached. */
export function checkWeiboDocument(client: HttpClient, value: unknown, res: HttpResponse, loggedIn: boolean): void {
  const doc = asRecord(value);
  if (!doc) throw client.fail('bad-json', `${LABEL} answered with data vet does not recognise`, res.url);
  const hint = loggedIn ? HINT_COOKIE : HINT_ANON;
  const ok = Number(doc.ok);
  if (ok === 1) return;
  if (ok === -100) throw client.refused(`${LABEL} asks for a login or a visitor check before it shows this (ok:-100)`, res.url, { hint });
  const code = Number(doc.error_code ?? doc.errno);
  if (code === 21301 || /relogin/i.test(String(doc.error ?? doc.msg ?? ''))) {
    throw client.refused(`${LABEL} does not accept the login (${code === 21301 ? 'error 21301 ' : ''}relogin)`, res.url, { hint: HINT_COOKIE });
  }
  if (doc.data === undefined && typeof doc.url === 'string') {
    throw client.refused(`${LABEL} answered with a captcha or verification page instead of posts`, res.url, { hint });
  }
  const msg = typeof doc.msg === 'string' ? doc.msg.slice(0, 80) : '';
  if (ok === 0 && (Number(doc.errno) === 100005 || THROTTLED_MSG.test(msg))) {
    throw client.fail('rate-limited', `${LABEL} is limiting requests ("${msg || 'errno 100005'}")`, res.url, { hint: HINT_RATE });
  }
  if (ok === 0 && LOGIN_MSG.test(msg)) throw client.refused(`${LABEL} asks for a login or a visitor check before it shows this ("${msg}")`, res.url, { hint });
  if (ok === 0) throw new WeiboEmpty(PLATFORM, `${LABEL} answered "${String(doc.msg ?? 'nothing here')}"`);
  throw client.fail('bad-json', `${LABEL} answered with an unexpected document (ok:${String(doc.ok)})`, res.url);
}

/** Maps HTTP statuses Weibo uses for refusals to one clear message. */
function explain(error: unknown, loggedIn: boolean): unknown {
  if (!(error instanceof HttpError)) return error;
  const hint = loggedIn ? HINT_COOKIE : HINT_ANON;
  const wantsLogin = (status: number) => ({ kind: 'refused' as const, message: `${LABEL} refused the request (HTTP ${status}): it wants a login`, hint });
  if (error.kind === 'status') {
    return explainStatus(error, PLATFORM, {
      432: { kind: 'refused', message: `${LABEL} refused the request (HTTP 432): it blocks readers without visitor or login cookies`, hint },
      401: wantsLogin(401),
      403: wantsLogin(403),
    });
  }
  if (error.kind === 'redirect') {
    return new HttpError(PLATFORM, 'refused', `${error.message.replace(/^[^:]+: /, '')}, which usually means a login or visitor check`, { url: error.url, hint });
  }
  return error;
}

const PLAIN_REPOST = /^(转发微博|轉發微博|Repost|repost)$/;

/** The comment of a repost plus the reposted text, in Weibo's own `//@author: text` chain form. */
function withOriginal(own: string, original: { author?: string; text: string }): string {
  const comment = PLAIN_REPOST.test(own.trim()) ? '' : own.trim();
  const quoted = `//${original.author ? `@${original.author}: ` : ''}${original.text}`;
  return comment ? `${comment}\n${quoted}` : quoted;
}

/**
 * Fills a repost's text and context. A plain repost (no words of its own: empty, "转发微博", or only the
 * `//@name:` chain Weibo fills in) is the original itself, in the `//@author: text` chain form. A commented
 * repost keeps its own text (chain included, as Weibo shows it) and carries the original as its context.
 */
function setRepost(post: Post, own: string, retweeted: Record<string, unknown>, textOf: (status: Record<string, unknown>, id: string) => string): void {
  const rid = asString(retweeted.idstr) ?? asString(retweeted.mid) ?? asString(retweeted.id) ?? '';
  const originalText = textOf(retweeted, rid);
  const ruser = asRecord(retweeted.user);
  const rauthor = asString(ruser?.screen_name);
  const comment = own.trim();
  post.isRepost = true;
  post.repostOf = rauthor ? `@${rauthor}` : rid ? `weibo:${rid}` : 'a deleted or hidden post';
  if (!comment || PLAIN_REPOST.test(comment) || comment.startsWith('//@')) {
    post.text = withOriginal(own, { ...(rauthor ? { author: rauthor } : {}), text: originalText });
    return;
  }
  post.text = own;
  // A deleted or hidden original (no user) shows Weibo's notice instead of its words: not context.
  const gone = !ruser || String(retweeted.deleted ?? '') === '1';
  const rbid = asString(retweeted.bid) ?? asString(retweeted.mblogid);
  const context = postContext('repost', gone ? '' : originalText, rauthor, rid ? postUrl(asString(ruser?.idstr) ?? asString(ruser?.id), rbid, rid) : undefined);
  if (context) post.context = context;
}

/** Cut-off text ends in "...全文" (full text) when the post was truncated. */
function stripFullTextLink(text: string): string {
  return text.replace(/\s*(\.\.\.|…)?\s*全文\s*$/, '…');
}

function postUrl(uid: string | undefined, bid: string | undefined, id: string): string {
  return uid && bid ? `https://weibo.com/${uid}/${bid}` : `https://m.weibo.cn/status/${bid ?? id}`;
}

export interface LongTexts {
  /** id → full text (already plain) */
  get(id: string): string | undefined;
}

/**
 * One mobile `mblog` to a Post. `longTexts` holds the expanded texts of `isLongText` posts
 * (statuses/extend); without one, the cut text is kept.
 */
export function parseMobileMblog(mblog: Record<string, unknown>, now: Date, longTexts?: LongTexts): Post | undefined {
  return mobileCandidate(mblog, now, longTexts)?.post;
}

/** parseMobileMblog as a paging candidate: pinned or not, and whether its date was inferred from a short form. */
function mobileCandidate(mblog: Record<string, unknown>, now: Date, longTexts?: LongTexts): Candidate | undefined {
  const id = asString(mblog.idstr) ?? asString(mblog.mid) ?? asString(mblog.id);
  if (!id) return undefined;
  const user = asRecord(mblog.user);
  const uid = asString(user?.idstr) ?? asString(user?.id);
  const bid = asString(mblog.bid) ?? asString(mblog.mblogid);
  const textOf = (m: Record<string, unknown>, mid: string): string => {
    const full = longTexts?.get(mid);
    if (full !== undefined) return full;
    const text = htmlToText(asString(m.text) ?? asString(m.raw_text) ?? '');
    return m.isLongText ? stripFullTextLink(text) : text;
  };
  const text = textOf(mblog, id);
  const post: Post = { id, text, platform: PLATFORM, url: postUrl(uid, bid, id) };
  const date = readWeiboDate(mblog.created_at, now);
  if (date) post.createdAt = date.iso;
  const author = asString(user?.screen_name);
  if (author) post.author = author;
  const retweeted = asRecord(mblog.retweeted_status);
  if (retweeted) setRepost(post, text, retweeted, textOf);
  const metrics = metricsFrom({ likes: mblog.attitudes_count, reposts: mblog.reposts_count, comments: mblog.comments_count });
  if (metrics) post.metrics = metrics;
  return { post, pinned: isPinned(mblog), ...(date?.inferred ? { dateInferred: true } : {}) };
}

export function isPinned(mblog: Record<string, unknown>): boolean {
  const title = asRecord(mblog.title);
  return Number(mblog.mblogtype) === 2 || Number(mblog.isTop) === 1 || asString(title?.text) === '置顶';
}

/** How deep card groups are followed; real pages nest one or two levels. */
const MAX_CARD_DEPTH = 8;

/** The mblogs of a getIndex timeline page: card_type 9 holds one; card_type 11 wraps them in card_group. */
export function mblogsOfCards(cards: unknown[]): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  // Depth first, in page order, without recursion: a hostile page may nest groups thousands deep.
  const stack: Array<{ cards: unknown[]; at: number }> = [{ cards, at: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.at >= top.cards.length) {
      stack.pop();
      continue;
    }
    const card = asRecord(top.cards[top.at++]);
    if (!card) continue;
    const mblog = asRecord(card.mblog);
    if (Number(card.card_type) === 9 && mblog) out.push(mblog);
    else if (Number(card.card_type) === 11 && stack.length < MAX_CARD_DEPTH) stack.push({ cards: asArray(card.card_group), at: 0 });
  }
  return out;
}

/** Weibo tells visitors when an author limits who sees older posts ("仅展示最近半年的微博"). */
const VISIBILITY_NOTICE = /仅展示|僅展示|半年内|半年內|仅自己可见|可见范围|visible only/;

/** Is there a visibility notice in a card that holds no post? Its strings are searched without recursion, to a bounded depth. */
function noticeIn(cards: unknown[]): boolean {
  return cards.some((raw) => {
    const card = asRecord(raw);
    if (!card || card.mblog) return false;
    const stack: Array<{ value: unknown; depth: number }> = [{ value: card, depth: 0 }];
    for (let seen = 0; stack.length && seen < 10_000; seen++) {
      const { value, depth } = stack.pop()!;
      if (typeof value === 'string') {
        if (VISIBILITY_NOTICE.test(value)) return true;
      } else if (value && typeof value === 'object' && depth < MAX_CARD_DEPTH) {
        for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
      }
    }
    return false;
  });
}

/** Fetches full texts for cut posts, one by one; stops trying after a refusal or throttle. */
class LongTextFetcher implements LongTexts {
  private readonly texts = new Map<string, string>();
  failed = 0;
  private blocked = false;
  constructor(private readonly fetchOne: (id: string, mblogid: string | undefined) => Promise<string | undefined>, private readonly log: (m: string) => void) {}

  get(id: string): string | undefined {
    return this.texts.get(id);
  }

  async expand(mblogs: Array<Record<string, unknown>>): Promise<void> {
    for (const m of mblogs) {
      for (const item of [m, asRecord(m.retweeted_status)]) {
        if (!item || !item.isLongText) continue;
        const id = asString(item.idstr) ?? asString(item.mid) ?? asString(item.id);
        if (!id || this.texts.has(id)) continue;
        if (this.blocked) {
          this.failed++;
          continue;
        }
        try {
          const full = await this.fetchOne(id, asString(item.mblogid) ?? asString(item.bid));
          if (full === undefined) this.failed++;
          else this.texts.set(id, full);
        } catch (error) {
          if (!(error instanceof SourceError)) throw error;
          this.failed++;
          if (error instanceof HttpError && ['refused', 'rate-limited', 'aborted'].includes(error.kind)) this.blocked = true;
          this.log(`${LABEL}: could not expand long post ${id}: ${error.message.replace(/^[^:]+: /, '')}`);
        }
      }
    }
  }

  note(coverage: Coverage): void {
    if (this.failed) coverage.notes.push({ code: 'not-expanded', args: { source: LABEL, posts: this.failed } });
  }
}

function longTextOf(value: unknown): string | undefined {
  const data = asRecord(asRecord(value)?.data);
  const text = asString(data?.longTextContent);
  if (text === undefined) return undefined;
  return looksLikeHtml(text) ? htmlToText(text) : text.trim();
}

/** Zero posts shown while the profile counts some: a refusal in effect, not an empty (clean) history. */
function failIfNothingShown(coverage: Coverage, total: number | undefined, uid: string, loggedIn: boolean): void {
  if (coverage.postsRead > 0 || !total) return;
  throw new SourceError(PLATFORM, `${LABEL} showed ${total === 1 ? 'not the one post' : `none of the ${total} posts`} its profile counts for uid ${uid}${loggedIn ? '' : ' to an anonymous reader'}`, {
    hint: loggedIn ? 'the author may limit who sees their posts; vet a saved history with --from <file>' : HINT_ANON,
  });
}

/** Notes a history that ended while the profile counts noticeably more posts: older posts are hidden. */
function hiddenPostsNote(coverage: Coverage, total: number | undefined, loggedIn: boolean, notice: boolean): void {
  const missing = total === undefined ? 0 : total - coverage.postsRead;
  if (notice || shortOfTotal(coverage, total)) {
    coverage.partial = true;
    const args = { source: LABEL, shown: coverage.postsRead, authorLimits: notice ? 1 : 0, loggedIn: loggedIn ? 1 : 0 };
    coverage.notes.unshift({ code: 'hidden-history', args: total !== undefined && missing > 0 ? { ...args, total } : args });
  }
}

interface WeiboRun {
  ctx: SourceContext;
  uid: string;
  mobile: HttpClient;
  web?: HttpClient;
}

function clients(ctx: SourceContext): { mobile: HttpClient; web?: HttpClient; cookie?: string } {
  const raw = ctx.env.VET_WEIBO_COOKIE?.trim().replace(/^cookie:\s*/i, '');
  if (raw && /[\r\n]/.test(raw)) throw new UsageError('VET_WEIBO_COOKIE must be one line: the value of the Cookie header, e.g. SUB=...; SUBP=...');
  const pacing = { concurrency: 1, minIntervalMs: 1000, jitterMs: 500 };
  const mobile = new HttpClient({
    platform: PLATFORM,
    label: LABEL,
    ctx,
    headers: { 'mweibo-pwa': '1', 'x-requested-with': 'XMLHttpRequest' },
    pacing,
    hints: { refused: HINT_ANON, rateLimited: HINT_RATE },
    retryStatuses: [414],
    loginRedirect: LOGIN_REDIRECT,
  });
  if (!raw) return { mobile };
  const webBase = endpoint(ctx, 'weibo-web', WEIBO_WEB);
  const web = new HttpClient({
    platform: PLATFORM,
    label: LABEL,
    ctx,
    credentials: { origin: webBase, headers: { cookie: raw } },
    headers: { 'x-requested-with': 'XMLHttpRequest' },
    pacing,
    hints: { refused: HINT_COOKIE, rateLimited: HINT_RATE },
    retryStatuses: [414],
    loginRedirect: LOGIN_REDIRECT,
    cacheVariant: 'login',
  });
  return { mobile, web, cookie: raw };
}

/** Tries the name as written, then in simplified and traditional script (opencc, loaded only here). */
export async function nameVariants(name: string): Promise<string[]> {
  const names = [name];
  if (/[\u3400-\u9fff]/.test(name)) {
    const [{ Converter: toCn }, { Converter: toTw }] = await Promise.all([import('opencc-js/t2cn'), import('opencc-js/cn2t')]);
    names.push(toCn({ from: 'tw', to: 'cn' })(name), toTw({ from: 'cn', to: 'tw' })(name));
  }
  return [...new Set(names)];
}

async function resolveName(name: string, ctx: SourceContext, run: Omit<WeiboRun, 'uid'>): Promise<string> {
  const tried = await nameVariants(name);
  for (const candidate of tried) {
    ctx.log(`${LABEL}: looking up the screen name "${candidate}"`);
    try {
      if (run.web) {
        const base = endpoint(ctx, 'weibo-web', WEIBO_WEB);
        const { value } = await run.web.getJson(buildUrl(base, '/ajax/profile/info', { screen_name: candidate }), {
          headers: { referer: 'https://weibo.com/' },
          validate: (v, res) => checkWeiboDocument(run.web!, v, res, true),
        });
        const user = asRecord(asRecord(asRecord(value)?.data)?.user);
        const uid = asString(user?.idstr) ?? asString(user?.id);
        if (uid) return uid;
        continue;
      }
      const base = endpoint(ctx, 'weibo', WEIBO_MOBILE);
      const res = await run.mobile.get(buildUrl(base, `/n/${encodeURIComponent(candidate)}`), { redirect: 'manual', allowStatuses: [404] });
      const target = res.headers.location ?? '';
      const fromRedirect = /\/u\/(\d{5,})/.exec(target)?.[1];
      if (fromRedirect) return fromRedirect;
      // Weibo's visitor, login and captcha pages come as HTML with status 200: a refusal, not "no such user".
      if (res.status === 200 && WALL_PAGE.test(res.body.slice(0, 4096))) {
        const title = /<title[^>]*>([^<]{0,80})/i.exec(res.body)?.[1]?.replace(/\s+/g, ' ').trim();
        throw run.mobile.refused(`${LABEL} answered with its visitor or login page${title ? ` ("${title}")` : ''} instead of the profile`, res.url);
      }
      if (res.status === 200 && !/用户不存在|用戶不存在/.test(res.body)) {
        const inPage = /\/u\/(\d{5,})|\$CONFIG\['oid'\]\s*=\s*'(\d{5,})'|"uid"\s*:\s*"?(\d{5,})/.exec(res.body);
        const uid = inPage?.[1] ?? inPage?.[2] ?? inPage?.[3];
        if (uid) return uid;
      }
    } catch (error) {
      if (error instanceof WeiboEmpty) continue;
      throw explain(error, Boolean(run.web));
    }
  }
  throw notFound(PLATFORM, `no ${LABEL} user is named "${name}"${tried.length > 1 ? ` (also tried ${tried.slice(1).map((n) => `"${n}"`).join(', ')})` : ''}`, 'check the exact screen name, or use weibo:<uid> (the number in the profile address weibo.com/u/<uid>)');
}

async function openMobile(run: WeiboRun): Promise<FetchedHistory> {
  const { ctx, uid, mobile } = run;
  const base = endpoint(ctx, 'weibo', WEIBO_MOBILE);
  const headers = { referer: `https://m.weibo.cn/u/${uid}` };
  const validate = (v: unknown, res: HttpResponse) => checkWeiboDocument(mobile, v, res, false);
  let profile: Record<string, unknown> | undefined;
  try {
    ({ value: profile } = await mobile.getJson<Record<string, unknown>>(buildUrl(base, '/api/container/getIndex', { type: 'uid', value: uid }), { headers, cache: true, validate }));
  } catch (error) {
    if (error instanceof WeiboEmpty) throw notFound(PLATFORM, `${LABEL} has no user with uid ${uid}`, 'check the uid: it is the number in the profile address weibo.com/u/<uid>');
    throw explain(error, false);
  }
  const data = asRecord(profile?.data);
  const userInfo = asRecord(data?.userInfo);
  const screenName = asString(userInfo?.screen_name);
  const total = parseCount(userInfo?.statuses_count)?.value;
  const tabs = asArray(asRecord(data?.tabsInfo)?.tabs).map(asRecord);
  const containerid = asString(tabs.find((t) => t?.tab_type === 'weibo')?.containerid) ?? `107603${uid}`;
  const coverage = newCoverage();
  const longTexts = new LongTextFetcher(async (id) => {
    const { value } = await mobile.getJson(buildUrl(base, '/statuses/extend', { id }), { headers, cache: true, validate });
    return longTextOf(value);
  }, ctx.log);
  let notice = false;
  let endedOnEmpty = false;

  // The most any page said the history holds (cardlistInfo.total), next to the profile's statuses_count.
  let listed: number | undefined;

  // A server that keeps sending empty pages with a fresh cursor must not be read forever.
  const maxPages = Math.ceil((ctx.limit ?? 2000) / 10) + 20;
  async function* pages(): AsyncGenerator<Page> {
    // Two paging styles: `cardlistInfo.since_id` (current), or numbered pages (`cardlistInfo.page`, the next
    // page's number, on older and some still-served containers). Whichever the last page gave is followed.
    let cursor: { since_id?: string; page?: number } = {};
    for (let pageNo = 1; pageNo <= maxPages; pageNo++) {
      const url = buildUrl(base, '/api/container/getIndex', { type: 'uid', value: uid, containerid, ...cursor });
      let value: Record<string, unknown> | undefined;
      for (let tries = 0; !value; tries++) {
        try {
          ({ value } = await mobile.getJson<Record<string, unknown>>(url, { headers, cache: true, validate }));
        } catch (error) {
          // ok:0 while paging is often a hiccup: one more try, then it is the end of what Weibo shows.
          if (error instanceof WeiboEmpty && pageNo > 1 && tries === 0) continue;
          if (error instanceof WeiboEmpty) {
            endedOnEmpty = pageNo > 1;
            return;
          }
          throw explain(error, false);
        }
      }
      const pageData = asRecord(value.data);
      const cards = asArray(pageData?.cards);
      const info = asRecord(pageData?.cardlistInfo);
      const pageTotal = parseCount(info?.total)?.value;
      if (pageTotal !== undefined) listed = Math.max(listed ?? 0, pageTotal);
      notice ||= noticeIn(cards);
      const mblogs = mblogsOfCards(cards);
      await longTexts.expand(mblogs);
      const items: Candidate[] = [];
      for (const mblog of mblogs) {
        const candidate = mobileCandidate(mblog, ctx.now, longTexts);
        if (candidate) items.push({ ...candidate, post: { ...candidate.post, author: candidate.post.author ?? screenName ?? uid } });
      }
      const sinceId = asString(info?.since_id);
      const nextPage = parseCount(info?.page)?.value;
      const next = sinceId
        ? sinceId !== cursor.since_id ? { since_id: sinceId } : undefined
        : nextPage !== undefined && nextPage > (cursor.page ?? 1) ? { page: nextPage } : undefined;
      const more = next !== undefined && cards.length > 0;
      yield { items, more };
      if (!more) return;
      cursor = next!;
    }
  }

  return historyOf({ handle: `weibo:${uid}`, platform: PLATFORM, displayName: screenName }, pages(), {
    ctx,
    coverage,
    label: LABEL,
    onEnd: (reason) => {
      longTexts.note(coverage);
      const counted = listed === undefined ? total : Math.max(listed, total ?? 0);
      if (reason === 'end') failIfNothingShown(coverage, counted, uid, false);
      if (reason === 'end') hiddenPostsNote(coverage, counted, false, notice);
      if (endedOnEmpty) ctx.log(`${LABEL}: a page answered "nothing here"; treated as the end of what Weibo shows`);
    },
  });
}

/** One weibo.com/ajax status to a Post (`text_raw` is already plain). */
export function parseWebStatus(status: Record<string, unknown>, now: Date, longTexts?: LongTexts): Post | undefined {
  return webCandidate(status, now, longTexts)?.post;
}

function webCandidate(status: Record<string, unknown>, now: Date, longTexts?: LongTexts): Candidate | undefined {
  const id = asString(status.idstr) ?? asString(status.mid) ?? asString(status.id);
  if (!id) return undefined;
  const user = asRecord(status.user);
  const uid = asString(user?.idstr) ?? asString(user?.id);
  const bid = asString(status.mblogid) ?? asString(status.bid);
  const textOf = (s: Record<string, unknown>, sid: string) =>
    longTexts?.get(sid) ?? (typeof s.text_raw === 'string' ? s.text_raw.trim() : htmlToText(asString(s.text) ?? ''));
  const post: Post = { id, text: textOf(status, id), platform: PLATFORM, url: postUrl(uid, bid, id) };
  const date = readWeiboDate(status.created_at, now);
  if (date) post.createdAt = date.iso;
  const author = asString(user?.screen_name);
  if (author) post.author = author;
  const retweeted = asRecord(status.retweeted_status);
  if (retweeted) setRepost(post, post.text, retweeted, textOf);
  const metrics = metricsFrom({ likes: status.attitudes_count, reposts: status.reposts_count, comments: status.comments_count });
  if (metrics) post.metrics = metrics;
  return { post, pinned: isPinned(status), ...(date?.inferred ? { dateInferred: true } : {}) };
}

async function openWeb(run: WeiboRun & { web: HttpClient }): Promise<FetchedHistory> {
  const { ctx, uid, web } = run;
  const base = endpoint(ctx, 'weibo-web', WEIBO_WEB);
  const headers = { referer: `https://weibo.com/u/${uid}` };
  const validate = (v: unknown, res: HttpResponse) => checkWeiboDocument(web, v, res, true);
  let info: Record<string, unknown> | undefined;
  try {
    ({ value: info } = await web.getJson<Record<string, unknown>>(buildUrl(base, '/ajax/profile/info', { uid }), { headers, cache: true, validate }));
  } catch (error) {
    if (error instanceof WeiboEmpty) throw notFound(PLATFORM, `${LABEL} has no user with uid ${uid}`, 'check the uid: it is the number in the profile address weibo.com/u/<uid>');
    throw explain(error, true);
  }
  const user = asRecord(asRecord(info?.data)?.user);
  const screenName = asString(user?.screen_name);
  let total = parseCount(user?.statuses_count)?.value;
  const coverage = newCoverage();
  const longTexts = new LongTextFetcher(async (id, mblogid) => {
    const { value } = await web.getJson(buildUrl(base, '/ajax/statuses/longtext', { id: mblogid ?? id }), { headers, cache: true, validate });
    return longTextOf(value);
  }, ctx.log);
  // Paging has no natural bound when a server keeps answering; a generous one stops a runaway loop.
  const maxPages = Math.ceil((ctx.limit ?? 2000) / 10) + 20;

  async function* pages(): AsyncGenerator<Page> {
    let sinceId: string | undefined;
    for (let page = 1; page <= maxPages; page++) {
      let value: Record<string, unknown>;
      try {
        ({ value } = await web.getJson<Record<string, unknown>>(buildUrl(base, '/ajax/statuses/mymblog', { uid, page, feature: 0, since_id: sinceId }), { headers, cache: true, validate }));
      } catch (error) {
        if (error instanceof WeiboEmpty) return;
        throw explain(error, true);
      }
      const data = asRecord(value.data);
      total ??= parseCount(data?.total)?.value;
      const list = asArray(data?.list).map(asRecord).filter((s): s is Record<string, unknown> => s !== undefined);
      if (list.length === 0) return;
      await longTexts.expand(list);
      const items: Candidate[] = [];
      for (const status of list) {
        const candidate = webCandidate(status, ctx.now, longTexts);
        if (candidate) items.push({ ...candidate, post: { ...candidate.post, author: candidate.post.author ?? screenName ?? uid } });
      }
      yield { items, more: true };
      sinceId = asString(data?.since_id) || undefined;
    }
  }

  return historyOf({ handle: `weibo:${uid}`, platform: PLATFORM, displayName: screenName }, pages(), {
    ctx,
    coverage,
    label: LABEL,
    onEnd: (reason) => {
      longTexts.note(coverage);
      if (reason === 'end') failIfNothingShown(coverage, total, uid, true);
      if (reason === 'end') hiddenPostsNote(coverage, total, true, false);
    },
  });
}

export const weiboSource: Source = {
  platform: PLATFORM,
  forms: ['weibo:<uid>', 'weibo:@<screen name>'],
  async open(rest: string, ctx: SourceContext): Promise<FetchedHistory> {
    const handle = parseWeiboHandle(rest);
    const { mobile, web } = clients(ctx);
    const uid = 'uid' in handle ? handle.uid : await resolveName(handle.name, ctx, { ctx, mobile, ...(web ? { web } : {}) });
    ctx.log(`${LABEL}: reading uid ${uid} ${web ? 'from weibo.com with the login cookie' : 'anonymously from m.weibo.cn'}`);
    return web ? openWeb({ ctx, uid, mobile, web }) : openMobile({ ctx, uid, mobile });
  },
};
