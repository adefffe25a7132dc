import type { Post } from '../types.js';
import type { FetchedHistory } from './types.js';

/**
 * What vet writes, vet reads. A server may date a post in year 275760 or -1 (the most and least a JavaScript
 * Date can hold): exported as is, such a date is one no history file may hold (a year has four digits), so
 * `vet --from` refused vet's own export, and the evidence bundle's history. A date outside 1970-01-01 to
 * 9999-12-31 is impossible for a post: adapters clamp it to a bound (common.ts isoDate), and here, as the posts
 * leave the source, a date at or beyond a bound is dropped (the post is read as undated), with a note.
 */
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Strictly inside the bounds: a date at a bound is one `clampDate` made (or epoch zero, a common "no date"). */
export function isPlausibleDate(createdAt: string): boolean {
  const ms = Date.parse(createdAt);
  return ms > EARLIEST && ms < LATEST;
}

export function clampDate(ms: number): number {
  return Math.min(LATEST, Math.max(EARLIEST, ms));
}

export function withPlausibleDates(history: FetchedHistory): FetchedHistory {
  const source = history.posts;
  async function* posts(): AsyncGenerator<Post> {
    let undated = 0;
    try {
      for await (const post of source) {
        if (post.createdAt === undefined || isPlausibleDate(post.createdAt)) {
          yield post;
          continue;
        }
        const { createdAt: _impossible, ...rest } = post;
        undated++;
        yield rest;
      }
    } finally {
      if (undated > 0) {
        history.coverage.notes.push(
          `${undated === 1 ? '1 post had an impossible date (before 1970 or after 9999) and was' : `${undated} posts had an impossible date (before 1970 or after 9999) and were`} read as undated`,
        );
      }
    }
  }
  history.posts = posts();
  return history;
}
