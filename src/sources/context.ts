import type { PostContext } from '../types.js';

/**
 * `Post.context`: the post a reply answers, a repost shares or a quote quotes. Adapters and history files build
 * it here, so every source cuts it the same way. It is never the author's own words: findings never quote it.
 */

/** The longest context text kept (UTF-16 code units); a longer one is cut and ends in "…". */
export const CONTEXT_MAX_CHARS = 4000;

export const CONTEXT_KINDS = ['reply', 'repost', 'quote'] as const satisfies ReadonlyArray<PostContext['kind']>;

/** `text` cut to CONTEXT_MAX_CHARS, never through a surrogate pair. */
export function cutContextText(text: string): string {
  if (text.length <= CONTEXT_MAX_CHARS) return text;
  let end = CONTEXT_MAX_CHARS - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * A context, or undefined when there is nothing to carry (no text and no author). An empty text with an author
 * is kept: a reply to a brand account's picture still says whom it answers.
 */
export function postContext(kind: PostContext['kind'], text: string | undefined, author?: string, url?: string): PostContext | undefined {
  const body = cutContextText((text ?? '').trim());
  if (!body && !author) return undefined;
  const context: PostContext = { kind, text: body };
  if (author) context.author = author;
  // Links come from the platform's answer: only web addresses are kept.
  if (url && /^https?:\/\/\S+$/i.test(url)) context.url = url;
  return context;
}
