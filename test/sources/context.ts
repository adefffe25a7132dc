import type { SourceContext } from '../../src/sources/types.js';
import type { FetchedHistory } from '../../src/sources/types.js';
import type { Post } from '../../src/types.js';

/** 2025-03-10 12:00 in Beijing: the clock every source test runs at. */
export const NOW = new Date('2025-03-10T04:00:00Z');

/**
 * A SourceContext for tests: no cache unless asked, tiny timeouts and backoffs (so every fault ends in
 * milliseconds), no pacing, no proxy variables, and a log that tests can read.
 */
export function testContext(overrides: Partial<SourceContext> = {}): SourceContext & { logs: string[] } {
  const logs: string[] = [];
  return {
    endpoints: {},
    env: {},
    cache: { enabled: false, refresh: false },
    log: (message) => logs.push(message),
    now: NOW,
    limit: 2000,
    ...overrides,
    http: { timeoutMs: 2000, retries: 2, retryBaseMs: 5, maxRetryWaitMs: 300, minIntervalMs: 0, ...overrides.http },
    logs,
  };
}

export async function readAll(history: FetchedHistory): Promise<Post[]> {
  const posts: Post[] = [];
  for await (const post of history.posts) posts.push(post);
  return posts;
}
