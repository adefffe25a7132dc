/**
 * Date.parse with a memory of one: a post's date is read by the file source (to check it) and again by the
 * vetting (for the window, the timeline and the score), one right after the other. The second read of the same
 * string costs a comparison. The answer is Date.parse's, whatever the string.
 */
let lastText: string | undefined;
let lastMs = NaN;

export function dateMs(text: string): number {
  if (text === lastText) return lastMs;
  lastMs = Date.parse(text);
  lastText = text;
  return lastMs;
}

/** Records that `text` parses to `ms` (a date the caller has just written from `ms`, as toISOString does). */
export function knownDateMs(text: string, ms: number): void {
  lastText = text;
  lastMs = ms;
}
