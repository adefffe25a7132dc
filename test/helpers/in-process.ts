import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { NO_STORE_ENV } from './store-env.js';

/**
 * Runs the CLI in this process (src/cli/main.ts with a captured CliIO): what a user sees, minus Node's
 * start-up, for the many cases that need no real process. `env` is used as given; VET_NOW fixes the clock.
 */
export async function runInProcess(
  args: string[],
  opts: { cwd: string; env: Record<string, string | undefined>; stdin?: string },
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env: { ...NO_STORE_ENV, ...opts.env },
    cwd: opts.cwd,
    ...(opts.env.VET_NOW ? { now: () => new Date(opts.env.VET_NOW!) } : {}),
    ...(opts.stdin !== undefined ? { stdin: Readable.from([Buffer.from(opts.stdin)]) } : {}),
  } as Parameters<typeof main>[1]);
  return { code, stdout, stderr };
}
