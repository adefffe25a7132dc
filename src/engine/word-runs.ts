import { isWordChar } from '../text/normalize.js';
import { textWork } from '../text/work.js';

/**
 * What may stick to the end of a product name without a space: "iphonese", "redmi14pro". The definition;
 * `WordRuns.gluedModelAt` decides it without backtracking (as a regular expression it takes exponential time on
 * "xiaomi1111111111111111111111qqqq").
 */
export const GLUED_MODEL = /^(\d+[a-z]{0,3}|se|s|c|x|xr|xs|plus|pro|max|mini|ultra|note)+$/;
const GLUED_WORDS = ['se', 's', 'c', 'x', 'xr', 'xs', 'plus', 'pro', 'max', 'mini', 'ultra', 'note'];

/** Entries of the glued-model table (0: not a word character). */
const NO = 1;
const YES = 2;

/**
 * The runs of word characters (isWordChar) of one text. Each table is built on first use in one pass over the
 * text, so a boundary check costs the same for every hit however long the run around it ("xiaomixiaomi…",
 * a 100,000-letter hashtag): the work is linear in the length of the text.
 */
export class WordRuns {
  private starts: Int32Array | undefined;
  private glued: Uint8Array | undefined;
  private hash: boolean | undefined;

  constructor(readonly text: string) {}

  /** Does the text hold a # at all? Without one no word is in a hashtag, and `startOf` need not be asked. */
  get hasHash(): boolean {
    return (this.hash ??= this.text.includes('#'));
  }

  /** Where the run of word characters that holds `at` starts; `at` itself when text[at] is not one. */
  startOf(at: number): number {
    if (!this.starts) this.starts = runStarts(this.text);
    return this.starts[at]!;
  }

  /** Is text[at, end of its run of word characters) a glued model name (GLUED_MODEL)? `at` is a word character. */
  gluedModelAt(at: number): boolean {
    if (!this.glued) this.glued = gluedSuffixes(this.text);
    return this.glued[at] === YES;
  }
}

function runStarts(text: string): Int32Array {
  const n = text.length;
  const starts = new Int32Array(n);
  textWork.steps += n;
  let start = 0;
  for (let i = 0; i < n; i++) {
    if (!isWordChar(text.charCodeAt(i))) start = i + 1;
    starts[i] = start > i ? i : start;
  }
  return starts;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/**
 * For every word character: does the rest of its run, from there, match GLUED_MODEL? One pass from the end,
 * each position deciding from the positions after it. A run of digits is one part whichever way the pattern
 * would split it (a part that starts with a digit can only be followed, inside the digits, by another such part),
 * so every digit of a run shares one answer.
 */
function gluedSuffixes(text: string): Uint8Array {
  const n = text.length;
  const glued = new Uint8Array(n);
  textWork.steps += n;
  let runEnd = n;
  // The rest of the run from `j` matches, or is empty.
  const restHolds = (j: number) => j === runEnd || glued[j] === YES;
  for (let i = n - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      runEnd = i;
      continue;
    }
    let holds = false;
    if (isDigit(c)) {
      if (i + 1 < runEnd && isDigit(text.charCodeAt(i + 1))) holds = glued[i + 1] === YES;
      else {
        // A digit part ends here at i + 1, followed by up to three letters.
        for (let m = 0; m <= 3 && !holds; m++) {
          const j = i + 1 + m;
          if (j > runEnd || (m > 0 && !isLower(text.charCodeAt(j - 1)))) break;
          holds = restHolds(j);
        }
      }
    } else if (isLower(c)) {
      for (const word of GLUED_WORDS) {
        if (text.startsWith(word, i) && restHolds(i + word.length)) {
          holds = true;
          break;
        }
      }
    }
    glued[i] = holds ? YES : NO;
  }
  return glued;
}
