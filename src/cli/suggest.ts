import { UsageError } from '../errors.js';
import { closest } from '../util/did-you-mean.js';

/** The subcommands, for "did you mean vet check?" when a mistyped one arrives as a handle. */
export const COMMANDS = ['brands', 'rules', 'explain', 'batch', 'export', 'check', 'profile'] as const;

const PLATFORMS = ['weibo', 'bsky', 'mastodon', 'rss', 'x', 'file'];
const HISTORY_FILE = /\.(jsonl|ndjson|json|csv)$/i;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * What a text given as a handle without a platform most likely meant: a profile address turned into its handle,
 * `@name@host` a Mastodon account, `@name` an X account, a name in Chinese (or Japanese, Korean) a Weibo screen
 * name, a domain name a Bluesky handle, digits a Weibo uid, a path a history file for --from. Undefined when
 * nothing is likely.
 */
export function likelyHandle(text: string, opts: { from?: boolean } = {}): string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(?:https?:\/\/)?(?:www\.|m\.)?weibo\.(?:com|cn)\/(?:u\/)?(\d{5,12})(?:[/?#]|$)/i.exec(t))) return `weibo:${m[1]}`;
  if ((m = /^(?:https?:\/\/)?bsky\.app\/profile\/([^/?#]+)/i.exec(t))) return `bsky:${m[1]}`;
  if ((m = /^(?:https?:\/\/)?(?:www\.)?(?:x|twitter)\.com\/([A-Za-z0-9_]{1,15})(?:[/?#]|$)/i.exec(t))) return `x:@${m[1]}`;
  if ((m = /^https?:\/\/([^/]+)\/@([^/@?#]+)\/?$/.exec(t))) return `mastodon:@${m[2]}@${m[1]}`;
  if (/^https?:\/\//i.test(t)) return `rss:${t}`;
  if (/^(\.{1,2}[\\/]|[\\/]|~[\\/])/.test(t) || HISTORY_FILE.test(t)) return opts.from === false ? `file:${t}` : `--from ${t}`;
  if ((m = /^@?([A-Za-z0-9_.-]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,})$/.exec(t))) return `mastodon:@${m[1]}@${m[2]}`;
  if (CJK.test(t) && !/[\s:/]/.test(t)) return `weibo:@${t.replace(/^@/, '')}`;
  if (/^\d{5,12}$/.test(t)) return `weibo:${t}`;
  if (/^@?([a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?\.)+[a-zA-Z]{2,}$/.test(t)) return `bsky:${t.replace(/^@/, '')}`;
  if ((m = /^@?([A-Za-z0-9_]{1,15})$/.exec(t))) return `x:@${m[1]}`;
  return undefined;
}

/**
 * For `vet <text>` where <text> names no platform: a mistyped command (`vet chek`), or the handle it most likely
 * is (`vet 萬能的大熊` → weibo:@萬能的大熊). Undefined when the text names a platform (the adapter judges the rest).
 */
export function notAHandle(text: string, extra: readonly string[], command: 'vet' | 'vet export' = 'vet'): UsageError | undefined {
  const meant = command === 'vet' && /^[a-z]+$/i.test(text) ? closest(text, COMMANDS) : undefined;
  if (meant) {
    return new UsageError(`unknown command "${text}"; did you mean "vet ${meant}"?`, { hint: `vet ${meant} --help shows what it takes; vet --help lists the commands` });
  }
  if (extra.length > 0) {
    return new UsageError(`too many arguments: vet takes one handle, and got ${extra.length + 1} (${[text, ...extra].map((a) => `"${a}"`).join(' ')})`, {
      hint: `the commands are ${COMMANDS.join(', ')}; vet --help lists them`,
    });
  }
  const colon = text.indexOf(':');
  if (colon > 0 && PLATFORMS.includes(text.slice(0, colon).toLowerCase())) return undefined;
  const likely = likelyHandle(text, { from: command === 'vet' });
  if (!likely) return undefined;
  return new UsageError(`"${text}" does not name a platform; did you mean "${command} ${likely}"?`, {
    hint: 'a handle is written platform:name: weibo:<uid>, weibo:@<screen name>, bsky:<handle>, mastodon:@user@instance, rss:<feed URL>, x:@name, file:<path>',
  });
}
