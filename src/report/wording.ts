/** Plain words shared by the text and markdown reports: real plurals, notes as sentences. */
import { safeLine } from './sanitize.js';

/** "1 post", "2 posts", "1 entry", "3 entries". The one plural helper of vet's messages. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "1 finding it accepted counts again" / "2 findings … count again": what an expired reviewed entry means. */
export function countsAgain(n: number, between = ''): string {
  return `${countOf(n, 'finding')}${between} ${n === 1 ? 'counts' : 'count'} again`;
}

/** A coverage note ("2 post(s) with an id already seen were skipped") as a sentence: capital first, full stop last. */
export function noteLine(note: string): string {
  const text = note.trim();
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?。！？]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * Product criticism and relationship claims beyond the ones a report keeps are counted, not listed (see
 * stats.omittedMinorFindings): says so with both numbers, so no count seems to contradict another.
 */
export function minorOverflow(listed: number, unlisted: number): string {
  return `${unlisted} more counted but not listed (a report lists at most ${listed} of these)`;
}

/** " (since 2026-01-01; 16 older posts left out)" when --since narrowed the window, else "". */
export function sinceNote(report: { window: { since?: string; postsBefore?: number } }): string {
  const { since, postsBefore } = report.window;
  if (!since) return '';
  const left = postsBefore ? `; ${countOf(postsBefore, 'older post')} left out` : '';
  return ` (since ${since.slice(0, 10)}${left})`;
}

/**
 * Where a finding's words or its target come from, when not simply the post's own body: shown beside the finding
 * in every report ("in an image's alt text", "target named by the post it answers, reposts or quotes").
 */
export function findingOrigin(f: { from?: 'alt' | 'card'; targetFrom?: 'context'; agrees?: { quote: string } }): string[] {
  const notes: string[] = [];
  if (f.from === 'alt') notes.push("in an image's alt text");
  else if (f.from === 'card') notes.push("in a shared link's card");
  // The quote is someone else's words: one line, no control characters or escape sequences, whatever the format.
  if (f.agrees) notes.push(`agrees with the post it answers, reposts or quotes, which says «${safeLine(f.agrees.quote)}»`);
  else if (f.targetFrom === 'context') notes.push('target named by the post it answers, reposts or quotes');
  return notes;
}
