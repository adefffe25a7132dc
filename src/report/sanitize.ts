/**
 * Post text is written by strangers, often by the very person being vetted. Before it reaches a terminal
 * or a document, every character that could move the cursor, clear the screen, set the window title,
 * reorder text (bidi overrides) or hide text (zero-width) is shown as a visible escape such as \u{202E},
 * and line breaks become ⏎, so a post can never forge or hide a line of the report.
 */
// Control characters (but tab and line feed), line and paragraph separators, interlinear annotation marks, lone
// surrogates, and every Default_Ignorable_Code_Point (zero-width, bidi controls, tag characters U+E0020…,
// variation selectors U+E0100…, U+1D173…). The presentation selectors U+FE0E/U+FE0F are kept right after an
// emoji (❤️), where they only choose how it is drawn; anywhere else they are escaped too.
// eslint-disable-next-line no-control-regex
const UNSAFE = /(?<!\p{Emoji})[\ufe0e\ufe0f]|(?![\ufe0e\ufe0f])[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufff9-\ufffb\p{Default_Ignorable_Code_Point}\p{Cs}]/gu;

export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`);
}

/** One line of terminal-safe text: escapes, and line breaks and tabs shown as ⏎ and spaces. */
export function safeLine(text: string): string {
  return escapeUnsafe(text.replace(/\r\n|\r|\n/g, ' ⏎ ').replace(/\t/g, ' '));
}
