/** Backoff, Retry-After and per-host pacing: the parts of "be polite to the platform" that need no I/O. */

/** Statuses worth another attempt: throttling (418 is Weibo's "too fast", 414 its IP throttle) and server trouble. */
export const RETRY_STATUSES = new Set([408, 414, 418, 425, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524]);

/** Exponential backoff with "equal jitter": half fixed, half random, so parallel runs do not retry in step. */
export function backoffMs(attempt: number, baseMs: number, capMs: number, random = Math.random): number {
  const step = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(step / 2 + random() * (step / 2));
}

/**
 * How long the server asked us to wait, in ms, from Retry-After (seconds or an HTTP date) or the
 * rate-limit reset headers platforms send instead (X: x-rate-limit-reset, Bluesky: ratelimit-reset,
 * Mastodon: x-ratelimit-reset as an ISO date). Undefined when the server did not say.
 */
export function serverWaitMs(headers: Record<string, string | string[] | undefined>, now = Date.now()): number | undefined {
  const header = (name: string) => {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const retryAfter = header('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Math.round(Number(retryAfter) * 1000);
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  for (const name of ['x-rate-limit-reset', 'ratelimit-reset', 'x-ratelimit-reset']) {
    const v = header(name)?.trim();
    if (!v) continue;
    if (/^\d+$/.test(v)) {
      const n = Number(v);
      // Epoch seconds (X, Bluesky) vs. "seconds from now" (the IETF draft): epochs are large.
      return n > 1e9 ? Math.max(0, n * 1000 - now) : n * 1000;
    }
    const at = Date.parse(v);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  return undefined;
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 && !signal?.aborted) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new Error('aborted'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason ?? new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Per-host gate: at most `concurrency` requests in flight and at least `minIntervalMs` (+ jitter) between
 * request starts. Shared by every client in the process, so a batch of histories still paces each platform.
 */
class HostGate {
  private active = 0;
  private nextStartAt = 0;
  private readonly waiting: Array<() => void> = [];

  async acquire(p: { concurrency: number; minIntervalMs: number; jitterMs: number }, signal?: AbortSignal): Promise<() => void> {
    while (this.active >= p.concurrency) {
      await new Promise<void>((resolve, reject) => {
        const wake = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        const onAbort = () => {
          const i = this.waiting.indexOf(wake);
          if (i >= 0) this.waiting.splice(i, 1);
          reject(signal!.reason ?? new Error('aborted'));
        };
        if (signal?.aborted) return onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
        this.waiting.push(wake);
      });
    }
    this.active++;
    try {
      const now = Date.now();
      const startAt = Math.max(now, this.nextStartAt);
      this.nextStartAt = startAt + p.minIntervalMs + (p.jitterMs > 0 ? Math.random() * p.jitterMs : 0);
      await sleep(startAt - now, signal);
    } catch (error) {
      this.release();
      throw error;
    }
    let released = false;
    return () => {
      if (!released) {
        released = true;
        this.release();
      }
    };
  }

  private release(): void {
    this.active--;
    this.waiting.shift()?.();
  }
}

const gates = new Map<string, HostGate>();

export function hostGate(host: string): HostGate {
  let gate = gates.get(host);
  if (!gate) gates.set(host, (gate = new HostGate()));
  return gate;
}
