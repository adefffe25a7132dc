/**
 * Post text is written by strangers, often by the very person being vetted. Before it reaches a terminal
 * or a document, every character that could move the cursor, clear the screen, set the window title,
 * reorder text (bidi overrides) or hide text (zero-width) is shown as a visible escape such as \u{202E},
 * and line breaks become ⏎, so a post can never forge or hide a line of the report.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\u3164\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u{${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}}`);
}

/** One line of terminal-safe text: escapes, and line breaks and tabs shown as ⏎ and spaces. */
export function safeLine(text: string): string {
  return escapeUnsafe(text.replace(/\r\n|\r|\n/g, ' ⏎ ').replace(/\t/g, ' '));
}
