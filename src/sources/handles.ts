import { UsageError } from '../errors.js';

/**
 * The handle syntax of every platform, as pure functions: each adapter parses its handle with these, and
 * the registry (./index.ts) runs the same ones to reject a malformed handle before anything is loaded or
 * fetched (`vet`, `vet export`, the `vet batch` roster check). One copy, so the check and the adapter cannot
 * drift. This module must stay light: no undici, cheerio or opencc, since `vet --version` loads the registry.
 * Each throws a UsageError (exit 2) that names the handle and the forms expected.
 */

/**
 * `weibo:<uid>` (5 to 12 digits), `weibo:@<screen name>`, or a profile address holding the uid
 * (weibo.com/u/<uid>). A bare word is not a screen name: names are looked up only when marked with @, so a
 * mistyped uid is never silently treated as someone's name.
 */
export function parseWeiboHandle(rest: string): { uid: string } | { name: string } {
  const handle = rest.trim();
  if (/^\d{5,12}$/.test(handle)) return { uid: handle };
  const m = /^@\s*(.+)$/.exec(handle);
  if (m && m[1]!.trim()) return { name: m[1]!.trim() };
  const url = /weibo\.(?:com|cn)\/(?:u\/)?(\d{5,12})(?:[/?#]|$)/.exec(handle);
  if (url) return { uid: url[1]! };
  throw new UsageError(`"weibo:${rest}" is not a Weibo handle; write weibo:<uid> (digits) or weibo:@<screen name>${weiboSuggestion(handle)}`, {
    hint: 'the uid is the number in the profile address weibo.com/u/<uid>',
  });
}

/** What the writer probably meant: a uid of the wrong length, or a screen name without its @. */
function weiboSuggestion(handle: string): string {
  if (/^\d+$/.test(handle)) return `; a uid has 5 to 12 digits, "${handle}" has ${handle.length}`;
  if (handle && !/[\s@/:]/.test(handle)) return `; for the screen name "${handle}", write weibo:@${handle}`;
  return '';
}

/** `bsky:<handle>` (a domain name such as alice.bsky.social, @ optional), `bsky:did:…`, or a bsky.app profile address. */
export function parseBskyHandle(rest: string): string {
  let actor = rest.trim().replace(/^@/, '');
  const url = /bsky\.app\/profile\/([^/?#]+)/.exec(actor);
  if (url) actor = decodeURIComponent(url[1]!);
  if (/^did:[a-z]+:[a-zA-Z0-9._:%-]+$/.test(actor)) return actor;
  if (/^([a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?\.)+[a-zA-Z]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/.test(actor)) return actor.toLowerCase();
  throw new UsageError(`"bsky:${rest}" is not a Bluesky handle; write bsky:<handle> (e.g. bsky:alice.bsky.social) or bsky:<did>`);
}

/** `mastodon:@user@instance` (first @ optional) or a profile address https://instance/@user. */
export function parseMastodonHandle(rest: string): { user: string; instance: string } {
  const handle = rest.trim();
  const url = /^https?:\/\/([^/]+)\/@([^/@?#]+)\/?$/.exec(handle);
  if (url) return { user: url[2]!, instance: url[1]!.toLowerCase() };
  const m = /^@?([A-Za-z0-9_.-]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,}|localhost(?::\d+)?)$/.exec(handle);
  if (m) return { user: m[1]!, instance: m[2]!.toLowerCase() };
  throw new UsageError(`"mastodon:${rest}" is not a Mastodon handle; write mastodon:@user@instance (e.g. mastodon:@alice@mastodon.social)`);
}

/** `rss:<http(s) URL of the feed>`. */
export function parseFeedHandle(rest: string): string {
  const url = rest.trim();
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href;
  } catch {
    // fall through to the message
  }
  throw new UsageError(`"rss:${rest}" does not name a feed; write rss:<feed URL>, e.g. rss:https://example.com/feed.xml`);
}

/** `x:@name` (@ optional; letters, digits and _, at most 15) or an x.com / twitter.com address. */
export function parseXHandle(rest: string): string {
  let name = rest.trim();
  const url = /(?:twitter|x)\.com\/([A-Za-z0-9_]{1,15})(?:[/?#]|$)/.exec(name);
  if (url) name = url[1]!;
  name = name.replace(/^@/, '');
  if (/^[A-Za-z0-9_]{1,15}$/.test(name)) return name;
  throw new UsageError(`"x:${rest}" is not an X handle; write x:@name (letters, digits and _, at most 15)`);
}

/**
 * `file:<path>`: any path (relative to the working folder, or to the roster in a batch). Whether the file
 * exists is for the caller to find out; only an empty path is not a handle.
 */
export function parseFileHandle(rest: string): string {
  if (rest === '') throw new UsageError('"file:" names no history file; write file:<path>, e.g. file:exports/reviewer.jsonl');
  return rest;
}
