/**
 * Wrapping text reports to a terminal's width: at spaces, with a hanging indent (a continued list item lines
 * up under its text, not under its marker), never inside a URL (a URL longer than the line gets a line of its
 * own and runs past the edge, so it still opens when clicked or copied). East Asian wide characters count two
 * columns; colour escapes count none.
 */

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const URL_TOKEN = /https?:\/\//i;

/** Columns a string takes on a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ANSI, '')) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** The indent a continuation line gets: the line's own indent, plus its list marker ("- ", "12. ", "Note: "). */
function hangingIndent(line: string): number {
  const plain = line.replace(ANSI, '');
  const m = /^(\s*)(?:[-*] |\d+\. +|Note: )?/.exec(plain)!;
  return displayWidth(m[0]);
}

/** Cuts a token that is wider than `room` (a long run of Chinese, say) into pieces that fit. */
function splitToken(token: string, room: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  // Colour escapes stay attached to the character after them.
  for (const part of token.match(/(?:\u001b\[[0-9;]*m)*(?:[\s\S]|$)/gu) ?? []) {
    if (part === '') continue;
    const w = displayWidth(part);
    if (width + w > room && piece) {
      pieces.push(piece);
      piece = '';
      width = 0;
    }
    piece += part;
    width += w;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** One line wrapped to `width` columns. */
export function wrapLine(line: string, width: number): string[] {
  if (displayWidth(line) <= width) return [line];
  const indent = Math.min(hangingIndent(line), Math.floor(width / 2));
  const pad = ' '.repeat(indent);
  const lead = /^\s*/.exec(line)![0];
  // Each word with the spaces before it, so a line that is not broken keeps its spacing (padded columns).
  const tokens = [...line.slice(lead.length).matchAll(/( *)([^ ]+)/g)].map((m) => [m[1]!, m[2]!] as const);
  const out: string[] = [];
  let current = lead;
  let currentWidth = displayWidth(lead);
  let fresh = true; // nothing but the indent on the current line yet
  const flush = () => {
    out.push(current.trimEnd());
    current = pad;
    currentWidth = indent;
    fresh = true;
  };
  for (const [space, token] of tokens) {
    const w = displayWidth(token);
    const gap = fresh ? '' : space || ' ';
    const need = w + gap.length;
    if (currentWidth + need <= width) {
      current += gap + token;
      currentWidth += need;
      fresh = false;
      continue;
    }
    if (!fresh) flush();
    if (indent + w <= width || URL_TOKEN.test(token)) {
      // A URL is never cut: too long for any line, it takes one of its own.
      current += token;
      currentWidth += w;
      fresh = false;
      continue;
    }
    const pieces = splitToken(token, width - indent);
    pieces.forEach((piece, i) => {
      current += piece;
      currentWidth += displayWidth(piece);
      fresh = false;
      if (i < pieces.length - 1) flush();
    });
  }
  if (!fresh || out.length === 0) out.push(current.trimEnd());
  return out;
}

/** A whole report (lines joined by \n, ending in one) wrapped to `width`; unchanged when width is undefined. */
export function wrapText(text: string, width: number | undefined): string {
  if (!width || width < 20) return text;
  const lines = text.split('\n');
  const last = lines.pop();
  const wrapped = lines.flatMap((line) => wrapLine(line, width));
  return `${[...wrapped, ...(last ? wrapLine(last, width) : [])].join('\n')}${last === '' ? '\n' : ''}`;
}
