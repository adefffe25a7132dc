import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { BIN, cleanEnv, requireBuild, workDir } from './helpers.js';

/**
 * Ctrl-C during `vet export --force` or `vet --save`: the old file stays as it was (the new one is renamed into
 * place only when complete) and the temporary file holding the posts read so far is removed too.
 */

let work: string;
let server: FixtureServer;

beforeAll(async () => {
  requireBuild();
  work = await workDir('interrupted');
  server = await startFixtureServer([
    { path: '/api/v1/accounts/lookup', reply: { file: 'mastodon/lookup.json' } },
    // The first page answers; the next never does, so the run is still writing when it is stopped.
    { path: '/api/v1/accounts/109876543210987654/statuses', query: { max_id: null }, reply: { file: 'mastodon/statuses-1.json', headers: { link: '<{{origin}}/api/v1/accounts/109876543210987654/statuses?max_id=1>; rel="next"' } } },
    { path: '/api/v1/accounts/109876543210987654/statuses', reply: { fault: 'hang' } },
  ]);
});
afterAll(async () => {
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Starts vet, waits until a temp file exists in `dir` and the server was asked for the page that hangs, then sends `signal`. */
async function interrupt(args: string[], dir: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const asked = server.requests.length;
  const child = spawn(process.execPath, [BIN, ...args], { cwd: work, env: cleanEnv(work), stdio: 'ignore' });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  // Wait on what the run has done (a temp file, the hanging request), not on a clock.
  while (!((await readdir(dir).catch(() => [] as string[])).some((f) => f.endsWith('.tmp')) && server.requests.slice(asked).some((r) => r.query.max_id === '1'))) {
    await sleep(20);
  }
  child.kill(signal);
  const [code, how] = await exited;
  return { code, signal: how };
}

describe('a run stopped while it writes', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('vet export --force, %s: the old file intact, no temp file left', async (signal) => {
    await writeFile(join(work, 'alice.jsonl'), 'the old export\n');
    const run = await interrupt(['export', 'mastodon:@alice@mastodon.example', '--endpoint', `mastodon=${server.url}`, '--no-cache', '-o', 'alice.jsonl', '--force'], work, signal);
    expect(run.signal ?? run.code).toBeTruthy();
    expect(await readFile(join(work, 'alice.jsonl'), 'utf8')).toBe('the old export\n');
    expect((await readdir(work)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('vet --save, SIGINT: no temp file left in the bundle folder', async () => {
    const bundle = join(work, 'bundle');
    const run = await interrupt(['mastodon:@alice@mastodon.example', '--endpoint', `mastodon=${server.url}`, '--no-cache', '--brand', 'xiaomi', '--save', 'bundle'], bundle, 'SIGINT');
    expect(run.signal ?? run.code).toBeTruthy();
    expect((await readdir(bundle)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
