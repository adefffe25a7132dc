import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join, resolve } from 'node:path';
import { runInProcess } from '../helpers/in-process.js';
import { NO_STORE_ENV } from '../helpers/store-env.js';

/** Spawning the built CLI (`node bin/vet.js batch …`, after `npm run build`) for the batch end-to-end tests. */

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'vet.js');
export const BATCH_FIXTURES = join(ROOT, 'fixtures', 'batch');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Spawned {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  done: Promise<Run>;
}

/** A clean environment: fixed clock, no colour, a private cache, tiny HTTP delays, no proxy variables. */
export function batchEnv(work: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...NO_STORE_ENV,
    PATH: process.env.PATH ?? '',
    HOME: work,
    NO_COLOR: '1',
    VET_NOW: '2026-11-24T00:00:00Z',
    VET_CACHE_DIR: join(work, 'cache'),
    VET_HTTP_MIN_INTERVAL_MS: '0',
    VET_HTTP_RETRY_BASE_MS: '5',
    VET_HTTP_RETRIES: '1',
    VET_HTTP_TIMEOUT_MS: '3000',
    ...extra,
  };
}

export function start(args: string[], opts: { cwd: string; env?: Record<string, string>; stdin?: string }): Spawned {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd, env: batchEnv(opts.cwd, opts.env) });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  if (opts.stdin !== undefined) child.stdin.end(opts.stdin);
  else child.stdin.end();
  const done = new Promise<Run>((resolveRun, reject) => {
    // Cleanup only: it fires after the test's own timeout has failed the test, so a hung child never outlives
    // the suite; no outcome depends on it.
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    timer.unref();
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code, stdout, stderr });
    });
  });
  return { child, stdout: () => stdout, stderr: () => stderr, done };
}

export function vet(args: string[], opts: { cwd: string; env?: Record<string, string>; stdin?: string }): Promise<Run> {
  return start(args, opts).done;
}

/** Polls until `check` holds (no timing is asserted: the test's own timeout bounds it). */
export async function until(check: () => boolean | Promise<boolean>, everyMs = 25): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, everyMs));
}

/** Parses JSON Lines, failing on anything that is not a whole line of JSON. */
export function jsonLines(text: string): Array<Record<string, unknown>> {
  if (text === '') return [];
  if (!text.endsWith('\n')) throw new Error(`output does not end with a line break: …${text.slice(-80)}`);
  return text.slice(0, -1).split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

/**
 * The same command in this process (src/cli/main.ts with a captured CliIO): no Node start-up per run, for
 * the many cases that need no real process (signals and exit are tested with `start`).
 */
export async function inProcess(args: string[], opts: { cwd: string; env?: Record<string, string>; stdin?: string }): Promise<Run> {
  return runInProcess(args, { cwd: opts.cwd, env: batchEnv(opts.cwd, opts.env), ...(opts.stdin !== undefined ? { stdin: opts.stdin } : {}) });
}

/**
 * The CSV output's rows as the columns most tests compare (handle,name,brand,level,score,findings,top_rule and
 * "code: message" of an error), one string each, header first; test/batch/csv-columns.test.ts covers the rest.
 */
export async function csvCore(text: string): Promise<string[]> {
  const { parse } = await import('csv-parse/sync');
  const { csvRow } = await import('../../src/batch/format.js');
  const records = parse(text, { columns: true }) as Array<Record<string, string>>;
  return [
    'handle,name,brand,level,score,findings,top_rule,error',
    ...records.map((r) =>
      csvRow([r.handle!, r.name!, r.brand!, r.level!, r.score!, r.findings!, r.top_rule!, r.error_code ? `${r.error_code}: ${r.error_message}` : '']).trimEnd(),
    ),
  ];
}
