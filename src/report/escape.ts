import { escapeUnsafe } from './sanitize.js';

/**
 * Escaping for every output format. Post text, names and handles come from people we do not trust (an
 * influencer's posts, a proposal in a pull request), so before any format-specific escaping everything goes
 * through `cleanText`, which neutralises what could act instead of being read, the same way the single
 * report does (src/report/sanitize.ts): control characters (ESC of ANSI/OSC sequences included), bidi
 * overrides, zero-width characters and lone surrogates are shown as visible escapes such as \u{202E}. A post
 * cannot recolour a terminal, reorder what a reviewer reads, forge a CI command or break an XML parser, and
 * the reader still sees that something was there.
 */

const LINE_BREAKS = /\r\n|[\r\u2028\u2029\u0085]/g;

/** `multiline` keeps line feeds (any line break becomes one); otherwise breaks show as ⏎ and tabs as spaces. */
export function cleanText(value: string, opts: { multiline?: boolean } = {}): string {
  let text = String(value).replace(LINE_BREAKS, '\n');
  if (!opts.multiline) text = text.replace(/\n/g, ' ⏎ ').replace(/\t/g, ' ');
  return escapeUnsafe(text);
}

/** One line, at most `max` characters (by code point), with an ellipsis when cut. */
export function oneLine(value: string, max = Infinity): string {
  const text = cleanText(value).trim();
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, Math.max(0, max - 1)).join('')}…` : text;
}

// Characters XML 1.0 does not allow at all, even escaped: most C0 controls, lone surrogates, U+FFFE/U+FFFF.
const XML_ILLEGAL = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Text or attribute content for XML: illegal characters dropped, markup characters as entities. */
export function escapeXml(value: string, opts: { multiline?: boolean } = {}): string {
  return cleanText(value, opts)
    .replace(XML_ILLEGAL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, opts.multiline ? '\n' : '&#10;');
}

/**
 * GitHub Actions workflow command data (the message after `::`): %, CR and LF are percent-encoded, as
 * @actions/core does, so text can never end the line and start a command of its own.
 */
export function escapeWorkflowData(value: string): string {
  return cleanText(value, { multiline: true }).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command property (file=, line=, title=): also `:` and `,`, which end a property. */
export function escapeWorkflowProperty(value: string): string {
  return escapeWorkflowData(oneLine(value)).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// Every ASCII punctuation mark that can start or end Markdown syntax; CommonMark lets any of them be
// escaped with a backslash. `<`, `>` and `&` become entities instead, so no HTML survives.
const MARKDOWN_SYNTAX = /[\\`*_{}[\]()#+\-.!|~$]/g;

/**
 * Inline Markdown (a table cell or list item on GitHub): one line; HTML, emphasis, links, images, code,
 * tables and math are all escaped; @mentions and #references are broken with a zero-width space so a post
 * cannot notify people or link issues from a pull-request comment.
 */
export function escapeMarkdown(value: string, max = Infinity): string {
  return markdownInline(oneLine(value, max));
}

/**
 * escapeMarkdown for one piece of a line made of several (the text before a quote's matched words, the words,
 * the text after): the same escaping, but white space at the edges is kept, so the joined pieces read exactly
 * as the whole would.
 */
export function escapeMarkdownPart(value: string): string {
  return markdownInline(cleanText(value));
}

function markdownInline(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_SYNTAX, '\\$&')
    .replace(/@(?=[\p{L}\p{N}_-])/gu, '@\u200b')
    .replace(/#(?=\p{N})/gu, '#\u200b');
}

/** SARIF plain-text messages: square brackets are escaped, since `[text](n)` is an embedded link there. */
export function escapeSarifText(value: string, opts: { multiline?: boolean } = {}): string {
  return cleanText(value, opts).replace(/[[\]]/g, '\\$&');
}

/** C1 controls, line and paragraph separators and every Default_Ignorable_Code_Point (emoji selectors kept, as in sanitize.ts). */
const JSON_HIDDEN = /(?<!\p{Emoji})[\ufe0e\ufe0f]|(?![\ufe0e\ufe0f])[\u007f-\u009f\u2028\u2029\p{Default_Ignorable_Code_Point}]/gu;

/**
 * JSON keeps the data exactly (it is evidence), but characters that reorder or hide text when the JSON is
 * displayed are written as \u escapes (a surrogate pair for U+E0020 and the like), which every JSON parser
 * reads back unchanged.
 */
export function safeJsonStringify(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(JSON_HIDDEN, (c) => Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
}
