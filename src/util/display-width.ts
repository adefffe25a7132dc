import { eastAsianWidth } from 'get-east-asian-width';

/**
 * Terminal columns a text takes: East Asian wide and fullwidth characters (中文, ｶ, most emoji) take two; combining
 * marks, zero-width joiners, variation selectors and other default-ignorable characters take none. Imported
 * only by code that draws on a terminal (batch progress), never at start-up.
 */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}\u200b\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;

export function charWidth(char: string): number {
  const cp = char.codePointAt(0)!;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (ZERO_WIDTH.test(char)) return 0;
  return eastAsianWidth(cp);
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** The text cut to at most `columns` columns, with … in the last column when cut; never splits a wide character. */
export function truncateToWidth(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  let out = '';
  let width = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (width + w > columns - 1) break;
    out += char;
    width += w;
  }
  return columns >= 1 ? `${out}…` : '';
}
