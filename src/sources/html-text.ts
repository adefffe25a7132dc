import { load } from 'cheerio/slim';

/**
 * Platform HTML (Weibo `text`, Mastodon `content`, feed descriptions) to the plain text the rules read:
 * - emoji images become their alt text (`[怒]`, `[doge]`): they carry tone;
 * - <br> and block elements become line breaks; entities are decoded;
 * - links keep their visible text (`@name`, `#topic#`), scripts and styles are dropped;
 * - spaces are collapsed within lines, blank lines squeezed, the result trimmed.
 */

interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

const BLOCK = new Set(['p', 'div', 'blockquote', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article', 'header', 'footer', 'pre', 'figure', 'figcaption', 'dd', 'dt']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head']);

export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return tidy(html);
  const $ = load(html, null, false);
  const parts: string[] = [];
  const walk = (nodes: DomNode[] | undefined) => {
    for (const node of nodes ?? []) {
      if (node.type === 'text') parts.push(node.data ?? '');
      else if (node.type === 'cdata') walk(node.children);
      else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        const name = (node.name ?? '').toLowerCase();
        if (SKIP.has(name)) continue;
        if (name === 'br') parts.push('\n');
        else if (name === 'img') parts.push(node.attribs?.alt ?? '');
        else if (BLOCK.has(name)) {
          parts.push('\n');
          walk(node.children);
          parts.push('\n');
        } else walk(node.children);
      }
    }
  };
  walk(($.root()[0] as unknown as DomNode).children);
  return tidy(parts.join(''));
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
