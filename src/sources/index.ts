import { SourceError, UsageError, VetError } from '../errors.js';
import { redactor, secretsOfEnv } from '../http/secrets.js';
import type { Post } from '../types.js';
import { parseBskyHandle, parseFeedHandle, parseFileHandle, parseMastodonHandle, parseWeiboHandle, parseXHandle } from './handles.js';
import type { FetchedHistory, Source, SourceContext } from './types.js';
import { withPlausibleDates } from './plausible-dates.js';

interface Platform {
  forms: readonly string[];
  /**
   * The adapter's own handle syntax (./handles.ts), run without loading the adapter: throws the UsageError
   * its `open` would for a malformed handle, so callers can refuse one before any file or network work.
   */
  check: (rest: string) => void;
  load: () => Promise<Source>;
}

/**
 * The one place that maps a handle prefix to its adapter. Adapters are imported on first use, so
 * `vet --from file.jsonl` never loads undici or cheerio; `check` needs only ./handles.ts.
 */
const REGISTRY: Record<string, Platform> = {
  weibo: { forms: ['weibo:<uid>', 'weibo:@<screen name>'], check: parseWeiboHandle, load: async () => (await import('./weibo.js')).weiboSource },
  bsky: { forms: ['bsky:<handle or did>'], check: parseBskyHandle, load: async () => (await import('./bsky.js')).bskySource },
  mastodon: { forms: ['mastodon:@user@instance'], check: parseMastodonHandle, load: async () => (await import('./mastodon.js')).mastodonSource },
  rss: { forms: ['rss:<feed URL>'], check: parseFeedHandle, load: async () => (await import('./rss.js')).rssSource },
  x: { forms: ['x:@name'], check: parseXHandle, load: async () => (await import('./x.js')).xSource },
  file: { forms: ['file:<path>'], check: parseFileHandle, load: async () => (await import('./file.js')).fileSource },
};

/** Every handle form vet understands, for help texts and errors. */
export function handleForms(): string[] {
  return Object.values(REGISTRY).flatMap((entry) => [...entry.forms]);
}

export function splitHandle(handle: string): { platform: string; rest: string } {
  const colon = handle.indexOf(':');
  const platform = colon > 0 ? handle.slice(0, colon).toLowerCase() : '';
  if (!platform || !(platform in REGISTRY)) {
    throw new UsageError(
      `"${handle}" does not name a platform. Write the handle in one of these forms: ${handleForms().join(', ')}`,
      { hint: 'for a history saved in a file, use --from <file> or file:<path>' },
    );
  }
  return { platform, rest: handle.slice(colon + 1) };
}

/**
 * Why `rest` is not a handle the `platform` adapter accepts (the UsageError its `open` would throw), or
 * undefined when it is one. Synchronous and offline: syntax only, not whether the account exists.
 */
export function handleProblem(platform: string, rest: string): UsageError | undefined {
  try {
    const entry = REGISTRY[platform.toLowerCase()];
    if (entry) entry.check(rest);
    else splitHandle(`${platform}:${rest}`); // an unknown platform: its message lists the forms
    return undefined;
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
}

/**
 * Throws the UsageError that opening `handle` would (an unknown platform, or a handle its adapter does not
 * accept) without loading the adapter, so `vet <handle>` and `vet export` fail before any file or network work.
 */
export function checkHandle(handle: string): { platform: string; rest: string } {
  const { platform, rest } = splitHandle(handle);
  const problem = handleProblem(platform, rest);
  if (problem) throw problem;
  return { platform, rest };
}

/**
 * Opens a history through its adapter, with two guarantees whatever the adapter does:
 * - the secrets of the environment (VET_X_BEARER_TOKEN, VET_WEIBO_COOKIE) are redacted from every message,
 *   hint, log line, post and coverage note, whichever path the text took (a server echoing a header back
 *   into an error document or a post);
 * - an answer too deeply nested to read (a stack overflow in a parser) is a source error of that platform
 *   (exit 3), never a crash of the whole run.
 */
export async function openHistory(handle: string, ctx: SourceContext): Promise<FetchedHistory> {
  const { platform, rest } = checkHandle(handle);
  const secrets = secretsOfEnv(ctx.env);
  const redact = redactor(secrets);
  const source = await REGISTRY[platform]!.load();
  let history: FetchedHistory;
  try {
    history = withPlausibleDates(await source.open(rest, { ...ctx, log: (message) => ctx.log(redact(message)) }));
  } catch (error) {
    throw cleanError(error, platform, redact);
  }
  const { coverage } = history;
  const inner = history.posts;
  async function* posts(): AsyncGenerator<Post> {
    try {
      for await (const post of inner) yield secrets.length ? redactPost(post, redact) : post;
    } catch (error) {
      throw cleanError(error, platform, redact);
    } finally {
      for (const note of coverage.notes) for (const [key, value] of Object.entries(note.args)) if (typeof value === 'string') note.args[key] = redact(value);
    }
  }
  return { subject: history.subject, coverage, posts: posts() };
}

function redactPost(post: Post, redact: (text: string) => string): Post {
  const out = { ...post, text: redact(post.text) };
  // Offsets into a text that changed length no longer hold.
  if (out.text !== post.text) delete out.segments;
  for (const key of ['url', 'author', 'repostOf'] as const) if (out[key] !== undefined) out[key] = redact(out[key]);
  if (post.context) {
    const context = { ...post.context, text: redact(post.context.text) };
    for (const key of ['author', 'url'] as const) if (context[key] !== undefined) context[key] = redact(context[key]);
    out.context = context;
  }
  return out;
}

function cleanError(error: unknown, platform: string, redact: (text: string) => string): unknown {
  if (error instanceof VetError) {
    error.message = redact(error.message);
    if (error.hint !== undefined) (error as { hint: string | undefined }).hint = redact(error.hint);
    return error;
  }
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return new SourceError(platform, 'the platform answered with data nested too deeply to read; vet stopped reading this history', {
      hint: 'the server may be misbehaving or hostile; vet a saved history with --from <file>',
    });
  }
  return error;
}
