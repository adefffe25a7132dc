import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import type { FetchedHistory } from '../../src/sources/types.js';
import type { Post } from '../../src/types.js';
import { runInProcess } from '../helpers/in-process.js';
import { NO_STORE_ENV } from '../helpers/store-env.js';

/**
 * Spawning the built CLI (`node bin/vet.js`, after `npm run build`) for the robustness suite: the real
 * process, so exit codes, standard output and standard error are exactly what a user sees.
 */

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'vet.js');
export const NOW = '2026-11-24T00:00:00Z';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time, for the report only: no test asserts on it. */
  ms: number;
}

export function requireBuild(): void {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('run `npm run build` before the robustness tests');
}

export async function workDir(name: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `vet-robust-${name}-`));
}

/**
 * A clean environment: fixed clock, no colour, a private cache, tiny HTTP limits (so every fault ends in
 * well under a second), no pacing, no proxy variables from the machine running the tests.
 */
export function cleanEnv(work: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...NO_STORE_ENV,
    PATH: process.env.PATH ?? '',
    HOME: work,
    NO_COLOR: '1',
    VET_NOW: NOW,
    VET_CACHE_DIR: join(work, 'cache'),
    VET_HTTP_MIN_INTERVAL_MS: '0',
    VET_HTTP_RETRY_BASE_MS: '5',
    VET_HTTP_RETRIES: '2',
    VET_HTTP_TIMEOUT_MS: '2000',
    VET_HTTP_MAX_WAIT_MS: '200',
    ...extra,
  };
}

/** At most three vet processes at a time per test file: much of each run is start-up or waiting on a socket. */
let running = 0;
const queue: Array<() => void> = [];

export interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
  stdin?: string;
  /**
   * Kills the process when aborted (the run then ends with code null): for a test that stops a run on an event
   * it watches, such as the server counting more requests than the run may make. Never a deadline on the clock.
   */
  signal?: AbortSignal;
}

export async function vet(args: string[], opts: RunOptions): Promise<Run> {
  if (running >= 3) await new Promise<void>((r) => queue.push(r));
  running++;
  try {
    return await spawnVet(args, opts);
  } finally {
    running--;
    queue.shift()?.();
  }
}

function spawnVet(args: string[], opts: RunOptions): Promise<Run> {
  return new Promise((done, fail) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd, env: cleanEnv(opts.cwd, opts.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.end(opts.stdin ?? '');
    // A test that sees the run go wrong stops it through the signal. The timer is cleanup only: it fires after the
    // test's own timeout has failed the test, so a hung child never outlives the suite; no outcome depends on it.
    const kill = () => child.kill('SIGKILL');
    if (opts.signal?.aborted) kill();
    opts.signal?.addEventListener('abort', kill, { once: true });
    const cleanup = setTimeout(kill, 120_000);
    cleanup.unref();
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(cleanup);
      opts.signal?.removeEventListener('abort', kill);
      done({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/**
 * The same command in this process (src/cli/main.ts with a captured CliIO): what a user sees minus the
 * Node start-up, for table cases whose first row is also run with `vet` (the real process).
 */
export async function vetInProcess(args: string[], opts: RunOptions): Promise<Run> {
  const started = Date.now();
  const run = await runInProcess(args, { cwd: opts.cwd, env: cleanEnv(opts.cwd, opts.env), ...(opts.stdin !== undefined ? { stdin: opts.stdin } : {}) });
  return { ...run, ms: Date.now() - started };
}

/** The first case of each table runs as a real process, the others in-process (same code, no start-up). */
export function runner(index: number): typeof vet {
  return index === 0 ? vet : vetInProcess;
}

/** An expected failure: the exit code, one `vet: …` message, and never a stack trace or "unexpected error". */
export function expectCleanFailure(run: Run, code: number): void {
  expect(run.code, `exit code; stderr was:\n${run.stderr}`).toBe(code);
  expect(run.stderr).toMatch(/^vet: /);
  expect(run.stderr).not.toMatch(/unexpected error/);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

/** Every file under a folder (recursively), as absolute paths. */
export async function filesUnder(root: string): Promise<string[]> {
  if (!existsSync(root)) return [];
  return (await readdir(root, { withFileTypes: true, recursive: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Every place a secret could end up: the run's output and every file (name and content) under the folders. */
export async function everything(run: Run, ...dirs: string[]): Promise<string> {
  const parts = [run.stdout, run.stderr];
  for (const dir of dirs) for (const file of await filesUnder(dir)) parts.push(file, await readFile(file, 'utf8'));
  return parts.join('\n');
}

/** None of the secrets appears in the text. */
export function expectNoSecret(text: string, secrets: readonly string[]): void {
  for (const secret of secrets) expect(text.includes(secret), `found "${secret}"`).toBe(false);
}

/** A history held in memory (for vetHistory, the pipeline's entry point), as a file source would give it. */
export function memoryHistory(posts: Post[], handle = 'property'): FetchedHistory {
  return {
    subject: { handle, platform: 'file' },
    coverage: { postsRead: posts.length, partial: false, notes: [] },
    posts: (async function* () {
      yield* posts;
    })(),
  };
}
