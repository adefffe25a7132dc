import { createHash } from 'node:crypto';
import { load } from 'cheerio/slim';
import { HttpClient } from '../http/client.js';
import { redactUrl } from '../http/errors.js';
import { parseJsonExact } from '../http/json.js';
import { jsonProblemIn } from '../util/data-file.js';
import type { Post } from '../types.js';
import { asArray, asRecord, asString, explainStatus, historyOf, isoDate, metricsFrom, newCoverage, type Candidate, type Page, type StatusMeaning } from './common.js';
import { htmlToText, looksLikeHtml, MAX_NESTING, nestingDepth, nodesToText, textContent, type DomNode } from './html-text.js';
import type { FetchedHistory, Source, SourceContext } from './types.js';
import { parseFeedHandle } from './handles.js';

/**
 * Feeds: RSS 2.0 (and RSS 1.0/RDF), Atom and JSON Feed. This covers RSSHub bridges (e.g. /weibo/user/:uid,
 * whose reposts end in "<blockquote> - 转发 @orig: …") and YouTube channel feeds (Atom with media:*).
 * Paged feeds are followed through rel="next" / next_url, on the feed's own origin only (scheme, host and
 * port; redirects too). A feed carries only its latest entries, so the coverage says how far back it reached.
 * Atom text constructs are read by their declared type (text, html, xhtml); RSS titles holding escaped markup
 * or entities (often inside CDATA) are decoded.
 */

const PLATFORM = 'rss';
const LABEL = 'Feed';
const FEED_HINT = 'give the address of the feed itself (often ending in /feed, /rss, .xml or ?format=atom), not of a web page';

// Handle syntax lives in ./handles.ts, shared with the registry's up-front check.
export { parseFeedHandle };

export interface ParsedFeed {
  title?: string;
  items: Post[];
  /** The next (older) page of a paged feed. */
  next?: string;
}

type El = DomNode;

const tags = (el: El | undefined) => (el?.children ?? []).filter((c) => c.type === 'tag');
const nameOf = (el: El) => (el.name ?? '').toLowerCase();
const child = (el: El | undefined, ...names: string[]) => tags(el).find((c) => names.includes(nameOf(c)));
const children = (el: El | undefined, ...names: string[]) => tags(el).filter((c) => names.includes(nameOf(c)));

/** Reposts in RSSHub's Weibo feeds: "… - 转发 <a href=…>@orig</a>:" in the description, " - 转发 @orig:" in the title. */
function rsshubRepost(html: string, title: string | undefined): string | undefined {
  return /转发\s*(?:<a[^>]*>)?\s*@([^<:：\s]+)/.exec(html)?.[1] ?? (title ? /\s-\s转发\s*@([^:：\s]+)/.exec(title)?.[1] : undefined);
}

function stableId(...parts: Array<string | undefined>): string {
  return createHash('sha256').update(parts.filter(Boolean).join('\n')).digest('hex').slice(0, 16);
}

function compose(title: string | undefined, body: string): string {
  const t = title?.trim();
  if (!t) return body;
  const stem = t.replace(/(\.\.\.|…)$/, '').trim();
  // RSSHub titles are the start of the description (a repost's title runs its lines together: "… - 转发 @x: …"),
  // so they are compared without white space; a blog's title is extra words worth reading.
  const squash = (s: string) => s.replace(/\s+/g, '');
  return stem && !squash(body).startsWith(squash(stem)) ? `${t}\n${body}`.trim() : body;
}

const isUrl = (s: string | undefined): s is string => Boolean(s && /^https?:\/\//i.test(s));

/** Parses an RSS/Atom/JSON Feed document; throws when it is none of them. */
export function parseFeed(body: string, feedUrl: string): ParsedFeed {
  const text = body.replace(/^\uFEFF/, '').trim();
  if (text.startsWith('{')) return parseJsonFeed(text, feedUrl);
  // The XML parser slows down with the square of the nesting depth; no real feed nests this deep.
  if (nestingDepth(text, MAX_NESTING) > MAX_NESTING) throw new Error(`not a feed vet reads: its elements are nested more than ${MAX_NESTING} levels deep`);
  const $ = load(text, { xml: true });
  const root = ($.root()[0] as unknown as El).children?.find((c) => c.type === 'tag');
  const rootName = root ? nameOf(root) : '';
  const textOf = (el: El | undefined) => (el ? textContent([el]).trim() : undefined);
  /** An Atom text construct (title, summary, content) by its declared type: text, html or xhtml (RFC 4287 §3.1). */
  const atomText = (el: El | undefined): string | undefined => {
    if (!el) return undefined;
    const type = (el.attribs?.type ?? 'text').toLowerCase();
    if (type === 'xhtml' || type.endsWith('xhtml+xml')) return nodesToText(el.children);
    if (type === 'html' || type.endsWith('/html')) return htmlToText(textContent([el]));
    return textContent([el]).trim();
  };
  /** An RSS title is plain text in the spec, but feeds put escaped markup and entities in it ("Google&#x27;s"). */
  const rssTitle = (el: El | undefined): string | undefined => {
    const raw = textOf(el);
    return raw !== undefined && looksLikeHtml(raw) ? htmlToText(raw) : raw;
  };
  const resolve = (href: string | undefined) => {
    if (!href) return undefined;
    try {
      return new URL(href.trim(), feedUrl).href;
    } catch {
      return undefined;
    }
  };

  if (rootName === 'feed') {
    const feedTitle = atomText(child(root, 'title'));
    const items: Post[] = [];
    for (const entry of children(root, 'entry')) {
      const links = children(entry, 'link');
      const link = resolve((links.find((l) => (l.attribs?.rel ?? 'alternate') === 'alternate') ?? links[0])?.attribs?.href);
      const title = atomText(child(entry, 'title'));
      const content = child(entry, 'content') ?? child(entry, 'summary');
      const group = child(entry, 'media:group');
      // The raw markup, for RSSHub's repost marker; the text, by the content's declared type.
      const html = content ? (textOf(content) ?? '') : (textOf(child(group, 'media:description')) ?? '');
      const bodyText = content ? (atomText(content) ?? '') : htmlToText(html);
      const id = textOf(child(entry, 'id')) ?? link ?? stableId(title, textOf(child(entry, 'published')));
      const post: Post = { id, text: compose(title, bodyText), platform: PLATFORM, url: link ?? (isUrl(id) ? id : feedUrl) };
      const createdAt = isoDate(textOf(child(entry, 'published')) ?? textOf(child(entry, 'updated')));
      if (createdAt) post.createdAt = createdAt;
      const author = textOf(child(child(entry, 'author'), 'name')) ?? feedTitle;
      if (author) post.author = author;
      const original = rsshubRepost(html, title);
      if (original) Object.assign(post, { isRepost: true, repostOf: `@${original}` });
      // YouTube: media:community/media:starRating@count (likes), media:statistics@views.
      const community = child(group, 'media:community');
      const metrics = metricsFrom({ likes: Number(child(community, 'media:starrating')?.attribs?.count ?? NaN), views: Number(child(community, 'media:statistics')?.attribs?.views ?? NaN) });
      if (metrics) post.metrics = metrics;
      items.push(post);
    }
    const next = resolve(children(root, 'link').find((l) => l.attribs?.rel === 'next')?.attribs?.href);
    return { ...(feedTitle ? { title: feedTitle } : {}), items, ...(next ? { next } : {}) };
  }

  if (rootName === 'rss' || rootName === 'rdf:rdf') {
    const channel = child(root, 'channel');
    const feedTitle = rssTitle(child(channel, 'title'));
    const entries = rootName === 'rss' ? children(channel, 'item') : children(root, 'item');
    const items: Post[] = [];
    for (const item of entries) {
      const title = rssTitle(child(item, 'title'));
      const html = textOf(child(item, 'content:encoded')) || textOf(child(item, 'description')) || '';
      const guidEl = child(item, 'guid');
      const guid = textOf(guidEl);
      const link = resolve(textOf(child(item, 'link')) || (guidEl?.attribs?.ispermalink !== 'false' && isUrl(guid) ? guid : undefined) || item.attribs?.['rdf:about']);
      const date = textOf(child(item, 'pubdate')) ?? textOf(child(item, 'dc:date'));
      const id = guid || link || stableId(title, date, html.slice(0, 200));
      const post: Post = { id, text: compose(title, htmlToText(html)), platform: PLATFORM, url: link ?? (isUrl(id) ? id : feedUrl) };
      const createdAt = isoDate(date);
      if (createdAt) post.createdAt = createdAt;
      const author = textOf(child(item, 'dc:creator')) || textOf(child(item, 'author')) || feedTitle;
      if (author) post.author = author;
      const original = rsshubRepost(html, title);
      if (original) Object.assign(post, { isRepost: true, repostOf: `@${original}` });
      items.push(post);
    }
    const next = resolve(children(channel, 'atom:link', 'link').find((l) => l.attribs?.rel === 'next')?.attribs?.href);
    return { ...(feedTitle ? { title: feedTitle } : {}), items, ...(next ? { next } : {}) };
  }

  throw new Error(rootName === 'html' || /^<!doctype html/i.test(text) ? 'a web page, not a feed' : 'not a feed (its root element is none of rss, feed, rdf:RDF)');
}

function parseJsonFeed(text: string, feedUrl: string): ParsedFeed {
  let doc: Record<string, unknown> | undefined;
  try {
    doc = asRecord(parseJsonExact(text));
  } catch (error) {
    // In vet's words with the line and column: V8's message quotes the text around the fault.
    throw new Error(`invalid JSON (${jsonProblemIn(error, text)})`);
  }
  if (!doc || !/jsonfeed\.org/.test(asString(doc.version) ?? '') || !Array.isArray(doc.items)) throw new Error('JSON, but not a JSON Feed (no version or items)');
  const feedTitle = asString(doc.title);
  const feedAuthor = asString(asRecord(asArray(doc.authors)[0])?.name) ?? asString(asRecord(doc.author)?.name);
  const items: Post[] = [];
  for (const raw of doc.items) {
    const item = asRecord(raw);
    if (!item) continue;
    const title = asString(item.title);
    const html = asString(item.content_html);
    const body = html !== undefined ? htmlToText(html) : (asString(item.content_text) ?? asString(item.summary) ?? '').trim();
    const url = asString(item.url) ?? asString(item.external_url);
    const id = asString(item.id) ?? url ?? stableId(title, asString(item.date_published), body.slice(0, 200));
    const post: Post = { id, text: compose(title, body), platform: PLATFORM, url: url ?? (isUrl(id) ? id : feedUrl) };
    const createdAt = isoDate(item.date_published ?? item.date_modified);
    if (createdAt) post.createdAt = createdAt;
    const author = asString(asRecord(asArray(item.authors)[0])?.name) ?? asString(asRecord(item.author)?.name) ?? feedAuthor ?? feedTitle;
    if (author) post.author = author;
    const original = rsshubRepost(html ?? '', title);
    if (original) Object.assign(post, { isRepost: true, repostOf: `@${original}` });
    items.push(post);
  }
  const nextUrl = asString(doc.next_url);
  let next: string | undefined;
  try {
    next = nextUrl ? new URL(nextUrl, feedUrl).href : undefined;
  } catch {
    next = undefined;
  }
  return { ...(feedTitle ? { title: feedTitle } : {}), items, ...(next ? { next } : {}) };
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Newest first, undated last: the paging loop stops at the first post older than --since. */
function newestFirst(items: Post[]): Post[] {
  const ms = (p: Post) => (p.createdAt ? Date.parse(p.createdAt) : -Infinity);
  return [...items].sort((a, b) => ms(b) - ms(a));
}

export const rssSource: Source = {
  platform: PLATFORM,
  forms: ['rss:<feed URL>'],
  async open(rest: string, ctx: SourceContext): Promise<FetchedHistory> {
    const feedUrl = parseFeedHandle(rest);
    const publicUrl = redactUrl(feedUrl);
    const client = new HttpClient({
      platform: PLATFORM,
      label: LABEL,
      ctx,
      pacing: { concurrency: 2, minIntervalMs: 0 },
      headers: { accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5' },
      hints: { refused: FEED_HINT },
    });
    const fetchPage = async (url: string): Promise<ParsedFeed> => {
      let body: string;
      try {
        ({ body } = await client.get(url, { cache: true }));
      } catch (error) {
        const missing = (status: number): StatusMeaning => ({ kind: 'not-found', message: `there is no feed at ${redactUrl(url)} (HTTP ${status})`, hint: FEED_HINT });
        const refused = (status: number): StatusMeaning => ({
          kind: 'refused',
          message: `the feed at ${redactUrl(url)} refused to answer (HTTP ${status}): it needs a login or blocks this address`,
          hint: 'a self-hosted RSSHub may need its own access key in the feed address; or vet a saved history with --from <file>',
        });
        throw explainStatus(error, PLATFORM, { 404: missing(404), 410: missing(410), 401: refused(401), 403: refused(403) });
      }
      try {
        return parseFeed(body, url === feedUrl ? publicUrl : url);
      } catch (error) {
        throw client.fail('not-json', `${redactUrl(url)} is ${(error as Error).message}`, url, { hint: FEED_HINT });
      }
    };
    const first = await fetchPage(feedUrl);
    const coverage = newCoverage();
    const origin = new URL(feedUrl).origin;
    let pagesRead = 0;

    async function* pages(): AsyncGenerator<Page> {
      const seen = new Set<string>();
      let page: ParsedFeed | undefined = first;
      while (page) {
        pagesRead++;
        let next = page.next && !seen.has(page.next) && pagesRead < 50 ? page.next : undefined;
        // The README promises "same origin only": a next page elsewhere (another host, port or scheme) is not read.
        if (next && originOf(next) !== origin) {
          coverage.notes.push({ code: 'feed-offsite', args: { url: redactUrl(next) } });
          ctx.log(`${LABEL}: not following the next page on another origin: ${redactUrl(next)}`);
          next = undefined;
        }
        yield { items: newestFirst(page.items).map((post): Candidate => ({ post })), more: next !== undefined };
        if (!next) return;
        seen.add(next);
        page = await fetchPage(next);
      }
    }

    // A private feed's user:password stays out of the report.
    return historyOf({ handle: `rss:${redactUrl(feedUrl)}`, platform: PLATFORM, displayName: first.title }, pages(), {
      ctx,
      coverage,
      label: LABEL,
      onEnd: (reason) => {
        if (reason !== 'end' || coverage.postsRead === 0) return;
        // A feed is a window on the latest entries, not a history: unless --since was reached, say so.
        coverage.partial = true;
        coverage.notes.unshift({ code: 'feed-cap', args: { posts: coverage.postsRead } });
      },
    });
  },
};
