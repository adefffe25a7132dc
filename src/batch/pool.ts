/**
 * A small work pool: at most `concurrency` items at once, and at most `perLane` at once in each lane (a
 * platform host), so a roster of 300 Weibo handles does not hammer Weibo while the Bluesky and file rows
 * behind them wait. Items without a lane (local files) are bounded only by `concurrency`. Among the lanes
 * with room, the item earliest in the input starts first. The HTTP layer still paces requests per host
 * on top of this (src/http/retry.ts), process-wide.
 *
 * When `stop` aborts, nothing new starts; the pool resolves once the items already started have settled.
 */
export interface PoolOptions<T> {
  concurrency: number;
  perLane: number;
  laneOf: (item: T) => string | undefined;
  stop?: AbortSignal;
}

export interface PoolResult {
  /** Items started (the rest were never begun because of `stop`). */
  started: number;
}

const NO_LANE = '\u0000';

export function runPool<T>(items: readonly T[], opts: PoolOptions<T>, work: (item: T) => Promise<void>): Promise<PoolResult> {
  const queues = new Map<string, number[]>();
  items.forEach((item, i) => {
    const lane = opts.laneOf(item) ?? NO_LANE;
    let queue = queues.get(lane);
    if (!queue) queues.set(lane, (queue = []));
    queue.push(i);
  });
  const heads = new Map<string, number>([...queues.keys()].map((lane) => [lane, 0]));
  const active = new Map<string, number>();
  const limit = Math.max(1, opts.concurrency);
  const perLane = Math.max(1, opts.perLane);
  let running = 0;
  let started = 0;
  let failure: { error: unknown } | undefined;

  return new Promise<PoolResult>((resolve, reject) => {
    const settle = () => {
      if (running > 0) return;
      opts.stop?.removeEventListener('abort', settle);
      if (failure) reject(failure.error);
      else resolve({ started });
    };

    /** The lane whose next item comes first in the input, among lanes with room. */
    const nextLane = (): string | undefined => {
      let best: string | undefined;
      let bestIndex = Infinity;
      for (const [lane, queue] of queues) {
        const head = heads.get(lane)!;
        if (head >= queue.length) continue;
        if (lane !== NO_LANE && (active.get(lane) ?? 0) >= perLane) continue;
        if (queue[head]! < bestIndex) [best, bestIndex] = [lane, queue[head]!];
      }
      return best;
    };

    const pump = () => {
      while (running < limit && !opts.stop?.aborted && !failure) {
        const lane = nextLane();
        if (lane === undefined) break;
        const index = queues.get(lane)![heads.get(lane)!]!;
        heads.set(lane, heads.get(lane)! + 1);
        active.set(lane, (active.get(lane) ?? 0) + 1);
        running++;
        started++;
        let promise: Promise<void>;
        try {
          promise = work(items[index]!);
        } catch (error) {
          promise = Promise.reject(error);
        }
        promise
          .catch((error: unknown) => {
            failure ??= { error };
          })
          .finally(() => {
            running--;
            active.set(lane, active.get(lane)! - 1);
            pump();
            settle();
          });
      }
    };

    opts.stop?.addEventListener('abort', settle, { once: true });
    pump();
    settle();
  });
}
