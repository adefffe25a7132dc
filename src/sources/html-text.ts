import { load } from 'cheerio/slim';

/**
 * Platform HTML (Weibo `text`, Mastodon `content`, feed descriptions) to the plain text the rules read:
 * - emoji images become their alt text (`[怒]`, `[doge]`): they carry tone;
 * - <br> and block elements become line breaks; entities are decoded;
 * - links keep their visible text (`@name`, `#topic#`), scripts and styles are dropped;
 * - spaces are collapsed within lines, blank lines squeezed, the result trimmed.
 */

export interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

const BLOCK = new Set(['p', 'div', 'blockquote', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article', 'header', 'footer', 'pre', 'figure', 'figcaption', 'dd', 'dt']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head']);

export interface HtmlTextOptions {
  /** Elements with any of these classes are left out with their content (Mastodon's `quote-inline` fallback). */
  dropClasses?: readonly string[];
}

export function htmlToText(html: string, opts: HtmlTextOptions = {}): string {
  if (!/[<&]/.test(html)) return tidy(html);
  // The parser slows down with the square of the nesting depth: markup nested deeper than any real post is
  // read by a flat, linear pass instead (tags dropped, line breaks and alt texts kept), never parsed.
  if (html.includes('<') && nestingDepth(html, MAX_NESTING, HTML_VOID) > MAX_NESTING) return tidy(decodeEntities(flatten(html)));
  const $ = load(html, null, false);
  return nodesToText(($.root()[0] as unknown as DomNode).children, opts);
}

/** Deeper than any real post or feed nests (real ones stay under a few dozen levels). */
export const MAX_NESTING = 500;

/** HTML elements that never hold others. */
export const HTML_VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * Visits the tags of markup in one linear pass (`<!…>`, `<?…>` and text are skipped): the name in lower case,
 * whether it closes, whether it closes itself, and where it starts and ends. Stops at the first "<" without a ">".
 */
function forEachTag(markup: string, visit: (tag: { name: string; closing: boolean; selfClosing: boolean; start: number; end: number }) => boolean | void): void {
  let at = markup.indexOf('<');
  while (at !== -1) {
    const close = markup.indexOf('>', at + 1);
    if (close === -1) return;
    const closing = markup.charCodeAt(at + 1) === 0x2f;
    const m = /^[A-Za-z][^\s/>]*/.exec(markup.slice(at + (closing ? 2 : 1), Math.min(close, at + 66)));
    if (m && visit({ name: m[0].toLowerCase(), closing, selfClosing: markup.charCodeAt(close - 1) === 0x2f, start: at, end: close + 1 }) === false) return;
    at = markup.indexOf('<', m ? close + 1 : at + 1);
  }
}

/** How deep the tags of `markup` nest, counted in one linear pass; stops counting once past `cap`. */
export function nestingDepth(markup: string, cap: number, voids: ReadonlySet<string> = new Set()): number {
  let depth = 0;
  let deepest = 0;
  forEachTag(markup, ({ name, closing, selfClosing }) => {
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing && !voids.has(name)) deepest = Math.max(deepest, ++depth);
    return deepest <= cap;
  });
  return deepest;
}

/** Markup without its tags: <br> and block tags become line breaks, images their alt text. Linear. */
function flatten(html: string): string {
  const parts: string[] = [];
  let from = 0;
  forEachTag(html, ({ name, start, end }) => {
    parts.push(html.slice(from, start));
    if (name === 'br' || BLOCK.has(name)) parts.push('\n');
    else if (name === 'img') parts.push(/\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(html.slice(start, end))?.slice(1).find((v) => v !== undefined) ?? '');
    from = end;
  });
  parts.push(html.slice(from).replace(/</g, ''));
  return parts.join('');
}

/** Decodes character references in text that holds no tags. */
function decodeEntities(text: string): string {
  return text.includes('&') ? load(text.replace(/</g, '&lt;'), null, false).text() : text;
}

/**
 * The text of parsed nodes, by the rules above. Iterative (an explicit stack, not recursion), so markup nested
 * tens of thousands deep, as a hostile server may send, is read in linear time and never overflows the stack.
 */
export function nodesToText(nodes: readonly DomNode[] | undefined, opts: HtmlTextOptions = {}): string {
  const drop = opts.dropClasses?.length ? new Set(opts.dropClasses) : undefined;
  const parts: string[] = [];
  // Work items: a node to visit, or a string to emit once the children before it are done.
  const stack: Array<DomNode | string> = [];
  const pushChildren = (children: readonly DomNode[] | undefined) => {
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  };
  pushChildren(nodes);
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      parts.push(node);
      continue;
    }
    if (node.type === 'text') parts.push(node.data ?? '');
    else if (node.type === 'cdata') pushChildren(node.children);
    else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const name = (node.name ?? '').toLowerCase();
      if (SKIP.has(name)) continue;
      if (drop && (node.attribs?.class ?? '').split(/\s+/).some((c) => drop.has(c))) continue;
      if (name === 'br') parts.push('\n');
      else if (name === 'img') parts.push(node.attribs?.alt ?? '');
      else if (BLOCK.has(name)) {
        parts.push('\n');
        stack.push('\n');
        pushChildren(node.children);
      } else pushChildren(node.children);
    }
  }
  return tidy(parts.join(''));
}

/** The plain text content of parsed nodes (every text and CDATA node, in order), without recursion. */
export function textContent(nodes: readonly DomNode[] | undefined): string {
  const parts: string[] = [];
  const stack: DomNode[] = [];
  if (nodes) for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]!);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') parts.push(node.data ?? '');
    else if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return parts.join('');
}

function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2002\u2003\u2009\u200b\u3000]/g, (c) => (c === '\u200b' ? '' : ' '))
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True when the text looks like HTML markup rather than plain text that happens to contain "<". */
export function looksLikeHtml(text: string): boolean {
  return /<(\/?[a-z][a-z0-9]*)(\s[^>]*)?\/?>/i.test(text) || /&(#\d+|#x[\da-f]+|[a-z]+);/i.test(text);
}
