import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ignoreClosedReader } from '../../src/cli/io.js';
import { BIN, cleanEnv, ROOT, requireBuild, vetInProcess, workDir } from './helpers.js';

/**
 * A reader that goes away (`vet … | head -1`, `vet batch … 2>&1 >/dev/null | head -1`) is the reader's choice:
 * vet drops what it still had to print, with no stack trace, and exits with the code the run earned
 * (README "Exit codes"). `vet batch` to standard output stops with its own note and exit 130; a closed
 * standard error never stops a batch.
 */

let dir: string;
beforeAll(async () => {
  requireBuild();
  dir = await workDir('closed-pipes');
  await cp(join(ROOT, 'fixtures', 'batch'), join(dir, 'batch'), { recursive: true });
  const roster = await readFile(join(dir, 'batch', 'handles.txt'), 'utf8');
  await writeFile(join(dir, 'batch', 'low.txt'), roster.split('\n').filter((l) => !/hostile|doom|insulter/.test(l)).join('\n'));
  // Big enough (a text report of about 360 KB) that the output outlasts the pipe's buffer.
  const posts = Array.from({ length: 4_000 }, (_, i) =>
    JSON.stringify({ id: String(i), text: i % 2 ? `米粉都是脑残 ${i}` : `红米的续航有点失望 ${i}`, createdAt: new Date(Date.UTC(2026, 0, 1) + i * 3600e3).toISOString(), platform: 'weibo' }),
  );
  await writeFile(join(dir, 'big.jsonl'), `${posts.join('\n')}\n`);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface ClosedRun {
  code: number | null;
  /** The stream left open (stderr when stdout is closed, and the other way round). */
  other: string;
}

/**
 * Spawns the built CLI and closes one of its pipes, as `head` does: at once ('start': every write finds the
 * reader gone), or after reading one chunk ('first-chunk': the process is mid-output).
 */
function vetClosing(which: 'stdout' | 'stderr', when: 'start' | 'first-chunk', args: string[]): Promise<ClosedRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: cleanEnv(dir) });
    const closed = child[which];
    const open = which === 'stdout' ? child.stderr : child.stdout;
    let other = '';
    open.on('data', (d) => (other += d));
    closed.on('error', () => {});
    if (when === 'start') closed.destroy();
    else closed.once('data', () => closed.destroy());
    child.stdin.end();
    // Cleanup only, as in ./helpers.ts: it fires after the test's own timeout (60 s) has failed the test, so a hung
    // child never outlives the suite and no outcome depends on the clock.
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    timer.unref();
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, other });
    });
  });
}

function expectNoCrash(stderr: string): void {
  expect(stderr).not.toMatch(/Unhandled 'error'|node:events|EPIPE|unexpected error/);
  expect(stderr).not.toMatch(/^\s+at /m);
}

const hostile = join(ROOT, 'fixtures', 'histories', 'tech-reviewer-hostile.jsonl');
const proposal = join(ROOT, 'fixtures', 'proposals', 'mixed.yaml');

describe('a closed standard output', () => {
  const cases: Array<[string, string[], number]> = [
    ['vet rules', ['rules'], 0],
    ['vet brands', ['brands'], 0],
    ['vet --help', ['--help'], 0],
    ['vet --format json (a critical verdict)', ['--from', hostile, '--brand', 'xiaomi', '--format', 'json'], 1],
    ['vet, text report', ['--from', hostile, '--brand', 'xiaomi'], 1],
    ['vet export file:', ['export', `file:${hostile}`], 0],
    ['vet check --format json', ['check', proposal, '--format', 'json'], 1],
    ['vet check --format sarif', ['check', proposal, '--format', 'sarif'], 1],
  ];

  it.each(cases)('%s: no stack trace, the exit code the run earned', { timeout: 60_000 }, async (_name, args, code) => {
    const reference = await vetInProcess(args, { cwd: dir });
    expect(reference.code, reference.stderr).toBe(code);
    const run = await vetClosing('stdout', 'start', args);
    expectNoCrash(run.other);
    expect(run.code, run.other).toBe(code);
  });

  it.each([
    ['vet, text report', ['--from', 'big.jsonl', '--brand', 'xiaomi'], 1],
    ['vet --format json', ['--from', 'big.jsonl', '--brand', 'xiaomi', '--format', 'json'], 1],
    ['vet export', ['export', 'file:big.jsonl'], 0],
  ] as Array<[string, string[], number]>)('%s closed mid-output (like head -1): quiet, the same exit code', { timeout: 60_000 }, async (_name, args, code) => {
    const run = await vetClosing('stdout', 'first-chunk', args);
    expectNoCrash(run.other);
    expect(run.code, run.other).toBe(code);
  });

  it('vet batch to standard output keeps its own handling: a note, it stops, exit 130', { timeout: 60_000 }, async () => {
    // One handle at a time, so the closed pipe is seen before the next handle finishes.
    const run = await vetClosing('stdout', 'start', ['batch', 'batch/low.txt', '--brand', 'xiaomi', '--concurrency', '1']);
    expect(run.other).toMatch(/^vet: standard output was closed \(the reader closed it\); stopping$/m);
    expect(run.other).toMatch(/not run/);
    expect(run.other).not.toMatch(/Unhandled 'error'|node:events/);
    expect(run.other).not.toMatch(/^\s+at /m);
    expect(run.code, run.other).toBe(130);
  });
});

describe('a closed standard error', () => {
  it.each([
    ['every handle low: exit 0', 'low.txt', 5, 0],
    ['a handle at or above fail-on: exit 1', 'handles.txt', 8, 1],
  ] as Array<[string, string, number, number]>)('vet batch --output, %s, every line written', { timeout: 60_000 }, async (_name, roster, lines, code) => {
    const output = `r-${roster}.jsonl`;
    const run = await vetClosing('stderr', 'start', ['batch', `batch/${roster}`, '--brand', 'xiaomi', '--output', output]);
    expect(run.code).toBe(code);
    const written = (await readFile(join(dir, output), 'utf8')).trimEnd().split('\n');
    expect(written).toHaveLength(lines);
    for (const line of written) expect(JSON.parse(line).verdict).toBeDefined();
  });

  it('closed after the first message: the batch still finishes', { timeout: 60_000 }, async () => {
    const run = await vetClosing('stderr', 'first-chunk', ['batch', 'batch/low.txt', '--brand', 'xiaomi', '--output', 'r-mid.jsonl']);
    expect(run.code).toBe(0);
    expect((await readFile(join(dir, 'r-mid.jsonl'), 'utf8')).trimEnd().split('\n')).toHaveLength(5);
  });

  it('vet with an error message to a closed standard error: still exit 2', { timeout: 60_000 }, async () => {
    const run = await vetClosing('stderr', 'start', ['--from', hostile, '--brand', 'no-such-brand']);
    expect(run.code).toBe(2);
  });

  it('the report still goes to standard output, with the verdict exit code', { timeout: 60_000 }, async () => {
    const run = await vetClosing('stderr', 'start', ['--from', hostile, '--brand', 'xiaomi', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.other).verdict.level).toBe('critical');
  });
});

describe('ignoreClosedReader (installed by bin/vet.js on the real stdout and stderr)', () => {
  const failure = (code: string) => Object.assign(new Error(code), { code });

  it('drops EPIPE, then the follow-on stream errors; re-throws anything else', () => {
    const stream = new EventEmitter();
    ignoreClosedReader(stream as unknown as NodeJS.WritableStream);
    expect(() => stream.emit('error', failure('ERR_STREAM_DESTROYED'))).toThrow('ERR_STREAM_DESTROYED');
    expect(() => stream.emit('error', failure('EPIPE'))).not.toThrow();
    expect(() => stream.emit('error', failure('ERR_STREAM_DESTROYED'))).not.toThrow();
    expect(() => stream.emit('error', failure('ERR_STREAM_WRITE_AFTER_END'))).not.toThrow();
    expect(() => stream.emit('error', failure('EIO'))).toThrow('EIO');
  });

  it('leaves other errors to another listener when there is one (batch stops on any stdout error)', () => {
    const stream = new EventEmitter();
    ignoreClosedReader(stream as unknown as NodeJS.WritableStream);
    const seen: string[] = [];
    stream.on('error', (e: NodeJS.ErrnoException) => seen.push(e.code!));
    expect(() => stream.emit('error', failure('EIO'))).not.toThrow();
    expect(() => stream.emit('error', failure('EPIPE'))).not.toThrow();
    expect(seen).toEqual(['EIO', 'EPIPE']);
  });

  it('in-process runs (their own stdout and stderr) leave the process streams alone', async () => {
    const before = [process.stdout.listenerCount('error'), process.stderr.listenerCount('error')];
    const run = await vetInProcess(['batch', 'batch/low.txt', '--brand', 'xiaomi'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(5);
    expect([process.stdout.listenerCount('error'), process.stderr.listenerCount('error')]).toEqual(before);
  });
});
