import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { requireBuild, vet, vetInProcess, workDir, type Run } from './helpers.js';

/**
 * Text from a server or a file that reaches standard error stays inside its own line: a line break in an X
 * `errors[].detail` or a Weibo page title is shown as ⏎, so "\n::error file=README.md,line=1::forged" can never
 * start a line of its own (GitHub reads such a line as an annotation), and a carriage return cannot overwrite
 * what came before. Every line vet writes to standard error starts with vet's own words.
 */

const FORGED = '::error file=README.md,line=1::forged';
const EVIL = `\n${FORGED}\r\n\u2028${FORGED}\u0085\u202e\u2066reversed`;

let work: string;
let x: FixtureServer;
let web: FixtureServer;

beforeAll(async () => {
  requireBuild();
  work = await workDir('stderr-lines');
  x = await startFixtureServer([
    { path: '/2/users/by/username/forger', reply: { body: { errors: [{ title: 'Not Found Error', detail: `Could not find user.${EVIL}`, type: 'https://api.twitter.com/2/problems/resource-not-found' }] } } },
  ]);
  web = await startFixtureServer([
    { path: '/ajax/profile/info', reply: { body: `<html><head><title>expired${EVIL}</title></head></html>`, headers: { 'content-type': 'text/html' } } },
  ]);
});
afterAll(async () => {
  await Promise.all([x?.close(), web?.close()]);
  if (work) await rm(work, { recursive: true, force: true });
});

/** Every line of standard error is vet's: no forged command, no carriage return, no bidi control. */
function expectOwnLines(run: Run): void {
  expect(run.stderr).not.toMatch(/\r|\u2028|\u0085|\u202e|\u2066/);
  for (const line of run.stderr.split('\n').filter(Boolean)) {
    expect(line, run.stderr).not.toMatch(/^\s*::/);
    expect(line, run.stderr).toMatch(/^(vet|hint): |^ {2,}\S/);
  }
}

describe('server text on standard error', () => {
  it('an X errors[].detail with line breaks: one line', async () => {
    const run = await vet(['x:@forger', '--endpoint', `x=${x.url}`, '--brand', 'apple', '--no-cache'], { cwd: work, env: { VET_X_BEARER_TOKEN: 'token-for-tests' } });
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toMatch(/Could not find user\./);
    expect(run.stderr).toMatch(/⏎/);
    expectOwnLines(run);
  });

  it('a Weibo page title with line breaks: one line', async () => {
    const run = await vetInProcess(['weibo:1234567890', '--endpoint', `weibo-web=${web.url}`, '--brand', 'xiaomi', '--no-cache'], {
      cwd: work,
      env: { VET_WEIBO_COOKIE: 'SUB=cookie-for-tests' },
    });
    expect(run.code, run.stderr).toBe(3);
    expectOwnLines(run);
  });

  it('in vet batch and vet check too (errors, per-handle lines, --verbose logs)', async () => {
    await writeFile(join(work, 'roster.txt'), 'x:@forger\n');
    const batch = await vetInProcess(['batch', 'roster.txt', '--brand', 'apple', '--endpoint', `x=${x.url}`, '--no-cache', '--verbose'], { cwd: work, env: { VET_X_BEARER_TOKEN: 'token-for-tests' } });
    expect(batch.stderr).toMatch(/Could not find user\./);
    expectOwnLines(batch);
    await writeFile(join(work, 'proposal.yaml'), 'brand: apple\ninfluencers:\n  - name: A\n    handles: [x:@forger]\n');
    const check = await vetInProcess(['check', 'proposal.yaml', '--endpoint', `x=${x.url}`, '--no-cache', '--verbose', '--format', 'json'], { cwd: work, env: { VET_X_BEARER_TOKEN: 'token-for-tests' } });
    expect(check.code, check.stderr).toBe(3);
    expectOwnLines(check);
  });
});

describe('file text on standard error', () => {
  it('a file name or a roster cell with a line break stays on its line', async () => {
    await writeFile(join(work, 'bad.csv'), `handle,brand\n"file:a\n${FORGED}.jsonl",xiaomi\n"weibo:1\r${FORGED}",xiaomi\n`);
    const run = await vetInProcess(['batch', 'bad.csv', '--brand', 'xiaomi', '--quiet'], { cwd: work });
    expect(run.code).toBe(2);
    expectOwnLines(run);
  });

  it('a proposal whose several problems are listed: one line each, each line vet\'s', async () => {
    await writeFile(join(work, 'many.yaml'), `brand: "./no\\n${FORGED}.yaml"\ninfluencers:\n  - name: "A\\n${FORGED}"\n    from: "gone\\r\\n${FORGED}.jsonl"\n`);
    const run = await vetInProcess(['check', 'many.yaml'], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(3);
    expectOwnLines(run);
  });
});
