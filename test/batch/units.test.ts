import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRow } from '../../src/batch/format.js';
import { fileSink, isDone, readEarlierOutput } from '../../src/batch/output.js';
import { runPool } from '../../src/batch/pool.js';
import { Progress } from '../../src/batch/progress.js';
import { inShard, parseShard, shardOf } from '../../src/batch/shard.js';
import { BatchSummary } from '../../src/batch/summary.js';
import { parseTimeout } from '../../src/cli/options.js';

describe('--shard', () => {
  it('parses i/n and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/2', '3/2', '1/0', '1', 'a/b', '-1/2', '1/2/3']) expect(() => parseShard(bad), bad).toThrow(/should be i\/n/);
  });

  it('puts every handle in exactly one shard, the same one every time', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 })), fc.integer({ min: 1, max: 9 }), (handles, count) => {
        const counts = handles.map((h) => Array.from({ length: count }, (_, i) => inShard(h, { index: i + 1, count })).filter(Boolean).length);
        expect(counts.every((c) => c === 1)).toBe(true);
        for (const h of handles) expect(shardOf(h, count)).toBe(shardOf(h, count));
      }),
    );
  });

  it('is documented: 1 + first 4 bytes of SHA-256 of the handle, mod n', () => {
    // Pinned, so the split never changes silently between versions (CI jobs of one matrix may differ).
    // sha256("weibo:1234567890") starts with 0x974cd654 = 2538395220; sha256("bsky:a.bsky.social") below.
    expect([2, 3, 4, 5, 7].map((n) => shardOf('weibo:1234567890', n))).toEqual([1, 1, 1, 1, (2538395220 % 7) + 1]);
    expect([2, 3, 4, 5, 7].map((n) => shardOf('bsky:a.bsky.social', n))).toEqual([2, 1, 4, 4, 7]);
    expect(inShard('anything', undefined)).toBe(true);
  });
});

describe('runPool', () => {
  const tick = () => new Promise((r) => setTimeout(r, 1));

  it('keeps to the overall limit and to the per-lane limit; items without a lane only to the overall one', async () => {
    const items = [...'aaaaaa'.split('').map((l, i) => ({ id: i, lane: l as string | undefined })), ...[6, 7, 8, 9].map((id) => ({ id, lane: undefined }))];
    const active = new Map<string, number>();
    let running = 0;
    let maxRunning = 0;
    let maxLane = 0;
    const order: number[] = [];
    await runPool(items, { concurrency: 4, perLane: 2, laneOf: (x) => x.lane }, async (item) => {
      order.push(item.id);
      running++;
      maxRunning = Math.max(maxRunning, running);
      const lane = item.lane ?? '-';
      active.set(lane, (active.get(lane) ?? 0) + 1);
      if (item.lane) maxLane = Math.max(maxLane, active.get(lane)!);
      for (let i = 0; i < 3; i++) await tick();
      active.set(lane, active.get(lane)! - 1);
      running--;
    });
    expect(maxRunning).toBe(4);
    expect(maxLane).toBe(2);
    expect(order.slice(0, 4)).toEqual([0, 1, 6, 7]); // the file items behind a full lane do not wait for it
    expect([...order].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('a stuck item never stalls the others', async () => {
    let release!: () => void;
    const stuck = new Promise<void>((r) => (release = r));
    const done: number[] = [];
    const pool = runPool([0, 1, 2, 3, 4], { concurrency: 2, perLane: 2, laneOf: () => 'x' }, async (i) => {
      if (i === 0) await stuck;
      done.push(i);
      if (done.length === 4) release();
    });
    await pool;
    expect(done).toEqual([1, 2, 3, 4, 0]);
  });

  it('starts nothing new once stopped, and waits for the items in flight', async () => {
    const stop = new AbortController();
    const finished: number[] = [];
    const result = await runPool([0, 1, 2, 3, 4, 5], { concurrency: 2, perLane: 9, laneOf: () => undefined, stop: stop.signal }, async (i) => {
      if (i === 1) stop.abort();
      await tick();
      finished.push(i);
    });
    expect(result.started).toBe(2);
    expect(finished.sort()).toEqual([0, 1]);
  });

  it('resolves at once for no items', async () => {
    expect(await runPool([], { concurrency: 2, perLane: 1, laneOf: () => undefined }, async () => {})).toEqual({ started: 0 });
  });
});

describe('output files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vet-out-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('never replaces an existing file on a fresh run; appends whole lines in order', async () => {
    const path = join(dir, 'a.jsonl');
    await writeFile(path, 'keep\n');
    await expect(fileSink(path, 'create', 'a.jsonl')).rejects.toThrow('a.jsonl: the file already exists; pass --resume to continue it or --force to replace it');
    const sink = await fileSink(path, 'append');
    await Promise.all(Array.from({ length: 50 }, (_, i) => sink.write(`${JSON.stringify({ i, pad: 'x'.repeat(i * 100) })}\n`)));
    await sink.close();
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines[0]).toBe('keep');
    expect(lines.slice(1, -1).map((l) => JSON.parse(l).i)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('reads back the handles of earlier JSON Lines, dropping a cut-off last line', async () => {
    const path = join(dir, 'b.jsonl');
    const ok = JSON.stringify({ handle: 'weibo:1', brand: { id: 'xiaomi' }, verdict: { level: 'high', score: 60 } });
    const failed = JSON.stringify({ handle: 'weibo:2', brand: { id: 'xiaomi' }, error: { code: 'refused', message: 'no' } });
    await writeFile(path, `${ok}\n\n${failed}\n{"handle":"weibo:3","bra`);
    const earlier = await readEarlierOutput(path, 'jsonl');
    expect(earlier.droppedBytes).toBe(24);
    expect(await readFile(path, 'utf8')).toBe(`${ok}\n\n${failed}\n`);
    expect(isDone(earlier, 'weibo:1', 'xiaomi')).toBe(true);
    expect(isDone(earlier, 'weibo:1', 'apple')).toBe(false);
    expect(isDone(earlier, 'weibo:3', 'xiaomi')).toBe(false);
    expect([...earlier.done.values()].map((d) => [d.handle, d.level ?? d.error?.code])).toEqual([['weibo:1', 'high'], ['weibo:2', 'refused']]);
    expect(await readEarlierOutput(join(dir, 'none.jsonl'), 'jsonl')).toMatchObject({ exists: false, empty: true });
    await writeFile(path, '{"nothandle":1}\n');
    await expect(readEarlierOutput(path, 'jsonl', 'b.jsonl')).rejects.toThrow('b.jsonl:1: not a line of vet batch output (no "handle")');
  });

  it('CSV cells cannot run as formulas or break rows, and read back as written', async () => {
    const row = csvRow(['weibo:1', '=HYPERLINK("x")', 'xiaomi', 'low', '0', '0', '', 'refused: line\nbreak, "quoted"\u001b[2J']);
    expect(row).toBe('weibo:1,"\'=HYPERLINK(""x"")",xiaomi,low,0,0,,"refused: line ⏎ break, ""quoted""\\u{001B}[2J"\n');
    const path = join(dir, 'c.csv');
    await writeFile(path, `handle,name,brand,level,score,findings,top_rule,error\n${row}${csvRow(['bsky:a', '', 'apple', 'critical', '90', '3', 'fan-slur', ''])}`);
    const earlier = await readEarlierOutput(path, 'csv');
    expect([...earlier.done.values()]).toEqual([
      { handle: 'weibo:1', name: '=HYPERLINK("x")', brandId: 'xiaomi', earlier: true, error: { code: 'refused', message: 'line ⏎ break, "quoted"\\u{001B}[2J' } },
      { handle: 'bsky:a', brandId: 'apple', earlier: true, level: 'critical', score: 90 },
    ]);
    await writeFile(path, 'something,else\n');
    await expect(readEarlierOutput(path, 'csv', 'c.csv')).rejects.toThrow(/^c\.csv:1: not the output of vet batch --format csv/);
  });
});

describe('summary and exit code', () => {
  it('1 at or above fail-on outranks 3 for a failed handle; keeps the five worst and a few failures', () => {
    const s = new BatchSummary('high');
    s.add({ handle: 'a', brandId: 'x', level: 'low', score: 0, findings: 0 });
    expect(s.exitCode()).toBe(0);
    s.add({ handle: 'b', brandId: 'x', error: { code: 'refused', message: 'login wall' } });
    expect(s.exitCode()).toBe(3);
    for (let i = 0; i < 7; i++) s.add({ handle: `m${i}`, brandId: 'x', level: 'medium', score: 30 + i, findings: 1 });
    expect(s.exitCode()).toBe(3);
    s.add({ handle: 'h\u202Eevil', name: 'Name', brandId: 'x', level: 'high', score: 55, findings: 2, topRule: 'fan-insult', earlier: true });
    expect(s.exitCode()).toBe(1);
    const text = s.render({ elapsedMs: 1500, notRun: 2, interrupted: true, output: 'out.jsonl' }).join('\n');
    expect(text).toContain('vet: batch stopped: 12 handles, 9 vetted, 1 failed, 2 not run in 2 s; lines in out.jsonl');
    expect(text).toContain('critical 0 · high 1 · medium 7 · low 1 · failed 1   (fail-on high: 1 at or above)');
    expect(text).toContain('1 of them were already in the output from an earlier run');
    expect(text).toContain('    high      55  h\\u{202E}evil (Name) for x, 2 findings (top: fan-insult)');
    expect(text.match(/^ {4}medium/gm)).toHaveLength(4);
    expect(text).toContain('    b for x: [refused] login wall');
    expect(text).toContain('stopped: 2 handles not vetted; run the same command with --resume to finish');
  });
});

describe('progress', () => {
  it('draws a bar on a terminal, with done/total, failures, rate and ETA; cleared before messages', () => {
    let out = '';
    let now = 0;
    const p = new Progress({ write: (s: string) => (out += s), columns: 100 }, 'bar', 4, () => now);
    p.start();
    now = 2000;
    p.advance('weibo:1', false);
    now = 4000;
    p.advance('weibo:\u001b[2', true);
    p.log('vet: hello');
    p.stop();
    expect(out).toContain('\r\x1b[2K[##########----------] 2/4 · 1 failed · 30.0/min · ETA 4 s · weibo:\\u{001B}[2');
    expect(out).toContain('\r\x1b[2Kvet: hello\n\r\x1b[2K[');
    expect(out.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('writes plain lines at each tenth when not a terminal, and nothing when off', () => {
    let out = '';
    const p = new Progress({ write: (s: string) => (out += s) }, 'lines', 20, () => 0);
    p.start();
    for (let i = 0; i < 20; i++) p.advance(`h${i}`, i === 3);
    p.stop();
    expect(out.split('\n').filter(Boolean)).toHaveLength(9);
    expect(out).toContain('vet: batch 4/20 · 1 failed\n');
    let quiet = '';
    const off = new Progress({ write: (s: string) => (quiet += s) }, 'off', 3);
    off.start();
    off.advance('x', false);
    off.stop();
    expect(quiet).toBe('');
  });
});

describe('--timeout', () => {
  it('reads durations; a bare number is seconds', () => {
    expect(parseTimeout('90')).toBe(90_000);
    expect(parseTimeout('1.5s')).toBe(1500);
    expect(parseTimeout('5m')).toBe(300_000);
    expect(parseTimeout('250ms')).toBe(250);
    expect(() => parseTimeout('soon')).toThrow(/--timeout "soon" is not a duration/);
    expect(() => parseTimeout('0')).toThrow(/not a duration/);
  });
});
