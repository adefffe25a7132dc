import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseXml } from './helpers.js';
import { validateSarif } from './sarif-schema.js';
import { NO_STORE_ENV } from '../helpers/store-env.js';

/**
 * End to end: spawns the built CLI (`npm run build` first; `npm test` does it) on copies of
 * fixtures/proposals. The copies' post dates are shifted so the newest post of each history is 20 days old
 * and the gaps between posts are kept: verdicts do not drift as the calendar moves on.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/vet.js');
const DAY = 24 * 3600 * 1000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function vet(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...NO_STORE_ENV, PATH: process.env.PATH ?? '', NO_COLOR: '1', HOME: cwd, VET_CACHE_DIR: join(cwd, '.cache'), ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** stdout as JSON; a failure shows what the CLI said on stderr (e.g. a build another helper is running). */
function json(run: Run) {
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`not JSON (exit ${run.code}); stderr: ${run.stderr}`);
  }
}

/** A fresh copy of the fixtures with dates moved to "now". */
async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vet-check-e2e-'));
  await cp(join(ROOT, 'fixtures/proposals'), join(dir, 'proposals'), { recursive: true });
  const histories = join(dir, 'proposals/histories');
  for (const name of await readdir(histories)) {
    const file = join(histories, name);
    const posts = (await readFile(file, 'utf8'))
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { createdAt?: string });
    const newest = Math.max(...posts.map((p) => Date.parse(p.createdAt!)));
    const shift = Date.now() - 20 * DAY - newest;
    for (const p of posts) p.createdAt = new Date(Date.parse(p.createdAt!) + shift).toISOString();
    await writeFile(file, `${posts.map((p) => JSON.stringify(p)).join('\n')}\n`);
  }
  return dir;
}

/** A port with nothing listening: connections are refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

let dir: string;
beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) throw new Error('run `npm run build` before the end-to-end tests');
  dir = await workspace();
});

// Each test spawns the CLI a few times; the ceiling is generous so slow CI machines do not flake.
describe('vet check, end to end', { timeout: 60_000 }, () => {
  it('a valid proposal where everyone passes exits 0', async () => {
    const run = await vet(['check', 'proposals/valid.yaml'], dir);
    expect(run.stderr).toBe('');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/pass +Food Blogger +insufficient data/);
    expect(run.stdout).toMatch(/pass +Tech Fan +insufficient data/);
    expect(run.stdout).toMatch(/Result: ok \(exit 0\)/);
  });

  it('an invalid proposal exits 2 naming file:line:col of each mistake, before vetting anything', async () => {
    const run = await vet(['check', 'proposals/valid.yaml', 'proposals/invalid.yaml'], dir);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('proposals/invalid.yaml:4:11: policy.failOn: must be one of low, medium, high, critical');
    expect(run.stderr).toContain('proposals/invalid.yaml:8:13: influencer "Someone": unknown key "budget"');
  });

  it('quoted globs are expanded by vet (the invalid file is among them)', async () => {
    expect((await vet(['check', 'proposals/*.yaml'], dir)).code).toBe(2);
    const run = await vet(['check', 'proposals/{valid,mixed}.yaml', '--format', 'json'], dir);
    expect(run.code, run.stderr).toBe(1);
    expect(json(run).proposals.map((p: { file: string }) => p.file)).toEqual(['proposals/mixed.yaml', 'proposals/valid.yaml']);
  });

  it('mixed verdicts: exit 1, one line per influencer, evidence under failures', async () => {
    const run = await vet(['check', 'proposals/mixed.yaml'], dir);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/FAIL +Hostile Creator +(high|critical)/);
    expect(run.stdout).toMatch(/pass +Food Blogger +insufficient data/);
    expect(run.stdout).toMatch(/pass, with findings +Old Grudge +medium/);
    expect(run.stdout).toMatch(/FAIL +Injector/);
    expect(run.stdout).toContain('«死的是米粉»');
    expect(run.stdout).not.toMatch(/[\u001b\u202e]/);
  });

  it('--fail-on overrides every policy', async () => {
    const run = await vet(['check', 'proposals/mixed.yaml', '--fail-on', 'medium', '--format', 'json'], dir);
    expect(run.code, run.stderr).toBe(1);
    const doc = json(run);
    expect(doc.failOnOverride).toBe('medium');
    expect(doc.summary.failed).toBe(3);
  });

  it('--since overrides every policy, and every report shows the window that applied', async () => {
    const text = await vet(['check', 'proposals/mixed.yaml', '--since', '2030-01-01'], dir);
    expect(text.stdout).toMatch(/\(since 2030-01-01 for every proposal\)/);
    expect(text.stdout).toMatch(/mixed\.yaml.*\(brand xiaomi, fail on \w+, since 2030-01-01\)/);
    expect(text.stdout).not.toMatch(/fail on \w+, since (?!2030-01-01)/);
    const junit = await vet(['check', 'proposals/mixed.yaml', '--since', '3y', '--format', 'junit'], dir);
    expect(junit.stdout).toContain('<property name="since" value="3y"/>');
    const doc = json(await vet(['check', 'proposals/mixed.yaml', '--since', '3y', '--format', 'json'], dir));
    expect(doc.sinceOverride).toBe('3y');
  });

  describe('sarif', () => {
    it('is valid SARIF 2.1.0: one run, rules, one located result per influencer at medium or above', async () => {
      const run = await vet(['check', 'proposals/mixed.yaml', '--format', 'sarif'], dir);
      expect(run.code, run.stderr).toBe(1);
      const sarif = json(run);
      expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
      const [only] = sarif.runs;
      expect(sarif.runs).toHaveLength(1);
      expect(only.tool.driver.rules.length).toBeGreaterThan(5);
      const located = only.results.map((r: { level: string; ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }) => [
        r.level,
        r.locations[0]!.physicalLocation.artifactLocation.uri,
        r.locations[0]!.physicalLocation.region.startLine,
      ]);
      expect(located).toEqual([
        ['error', 'proposals/mixed.yaml', 8],
        ['warning', 'proposals/mixed.yaml', 15],
        ['error', 'proposals/mixed.yaml', 18],
      ]);
      expect(only.results[0].ruleId).toBe('fan-doom-wish');
      expect(only.results[0].message.text).toContain('«死的是米粉»');
    });

    it('partialFingerprints are stable across runs for the same post and rule', async () => {
      const fingerprints = async () => {
        const run = await vet(['check', 'proposals/mixed.yaml', '--format', 'sarif'], dir);
        return json(run).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints);
      };
      const first = await fingerprints();
      expect(first[0]['vetFinding/v1']).toBe('weibo:h1:fan-doom-wish:ef85c4c9c422');
      expect(await fingerprints()).toEqual(first);
    });
  });

  it('junit: well-formed, one testcase per influencer, failures carry the evidence', async () => {
    const run = await vet(['check', 'proposals/mixed.yaml', '--format', 'junit'], dir);
    expect(run.code, run.stderr).toBe(1);
    const names = parseXml(run.stdout);
    expect(names.filter((n) => n === 'testcase')).toHaveLength(4);
    expect(names.filter((n) => n === 'failure')).toHaveLength(2);
    expect(run.stdout).toMatch(/<failure message="verdict \w+ \(score \d+\) is at or above high"/);
    expect(run.stdout).toContain('&lt;/failure&gt;&lt;testcase name=&quot;forged&quot;/&gt;');
  });

  it('github: one ::error per failing influencer at its line; a post cannot forge a command', async () => {
    const run = await vet(['check', 'proposals/mixed.yaml', '--format', 'github'], dir);
    expect(run.code, run.stderr).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    const errors = lines.filter((l) => l.startsWith('::error'));
    expect(errors.map((l) => /^::error file=([^,]+),line=(\d+),/.exec(l)!.slice(1))).toEqual([
      ['proposals/mixed.yaml', '8'],
      ['proposals/mixed.yaml', '18'],
    ]);
    expect(lines.filter((l) => /^(::|##\[)/.test(l) && !/^::(error|warning|notice) file=proposals\//.test(l))).toEqual([]);
    expect(run.stdout).not.toMatch(/^::error file=forged/m);
  });

  it('markdown: a table fit for a pull-request comment, with post text escaped', async () => {
    const run = await vet(['check', 'proposals/mixed.yaml', '--format', 'markdown'], dir);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^### vet check: ❌ 2 of 4 influencers are at or above the fail-on level/);
    expect(run.stdout).not.toMatch(/<img|<b>|<\/failure>|!\[img\]|@octocat/);
    expect(run.stdout).toContain('&lt;b&gt;@\u200boctocat&lt;/b&gt;');
  });

  it('reviewed findings: used entries accept, expired ones do not and are reported; an entry whose post no history has is not called unused', async () => {
    const run = await vet(['check', 'proposals/mixed.yaml', '--ignore-file', 'proposals/review.vetignore', '--format', 'json'], dir);
    expect(run.code, run.stderr).toBe(1); // h1 still counts: its entry expired
    const doc = json(run);
    const hostile = doc.proposals[0].influencers[0];
    const accepted = hostile.report.findings.filter((f: { ignored?: unknown }) => f.ignored).map((f: { postId: string; ignored: { by: string } }) => [f.postId, f.ignored.by]);
    expect(accepted).toEqual([
      ['h2', 'alice'],
      ['h3', 'bob'],
    ]);
    expect(hostile.report.findings.find((f: { postId: string }) => f.postId === 'h1').ignored).toBeUndefined();
    expect(doc.review.used.map((e: { line: number }) => e.line)).toEqual([2, 7]);
    expect(doc.review.expired.map((e: { line: number; matches: number }) => [e.line, e.matches])).toEqual([[10, 1]]);
    // deleted-post-42 is in no history of the run: it may be another influencer's post, so it is only counted.
    expect(doc.review.unused).toEqual([]);
    expect(doc.review.notScanned).toBe(1);
    expect(run.stderr).toContain('proposals/review.vetignore:10: entry post h1 rule fan-doom-wish expired on 2020-01-31');
    expect(run.stderr).not.toContain('deleted-post-42');
  });

  it('the single-report command reads the ignore file too and reports stale entries on stderr', async () => {
    const run = await vet(['--from', 'proposals/histories/hostile-creator.jsonl', '--brand', 'xiaomi', '--ignore-file', 'proposals/review.vetignore', '--format', 'json'], dir);
    const report = json(run);
    expect(report.findings.filter((f: { ignored?: unknown }) => f.ignored)).toHaveLength(2);
    expect(report.stats.ignoredFindings).toBe(2);
    expect(run.stderr).toMatch(/review\.vetignore:10: .*expired/);
    expect(run.stderr).not.toMatch(/review\.vetignore:15: /);
  });

  it('--write-baseline accepts every current finding; the next run passes; the file is not replaced without --force', async () => {
    const ws = await workspace();
    const first = await vet(['check', 'proposals/mixed.yaml', '--write-baseline'], ws, { USER: 'adopter' });
    expect(first.code, first.stderr).toBe(0);
    // h3 "Xiaomi are scammers, boycott them" holds two findings: the accusation and the call.
    expect(first.stderr).toMatch(/baseline written to \.vetignore: 8 new entries, 0 kept/);
    const baseline = await readFile(join(ws, '.vetignore'), 'utf8');
    expect(baseline.match(/^- fingerprint: /gm)).toHaveLength(8);
    expect(baseline).toContain('by: adopter');

    const next = await vet(['check', 'proposals/mixed.yaml', '--format', 'json'], ws);
    expect(next.code, next.stderr).toBe(0);
    const doc = json(next);
    expect(doc.review).toMatchObject({ file: '.vetignore', entries: 8, unused: [], expired: [] });
    const accepted = doc.proposals[0].influencers.flatMap((i: { report: { findings: Array<{ ignored?: { reason: string } }> } }) => i.report.findings.map((f) => f.ignored?.reason));
    expect(accepted.every((r: string | undefined) => r === 'baseline: accepted at adoption')).toBe(true);

    const again = await vet(['check', 'proposals/mixed.yaml', '--write-baseline'], ws);
    expect(again.code, again.stderr).toBe(2);
    expect(again.stderr).toMatch(/\.vetignore: the file already exists; pass --force/);
    expect(await readFile(join(ws, '.vetignore'), 'utf8')).toBe(baseline);

    // Influencers are vetted concurrently, yet the file comes out the same on another run.
    const other = await workspace();
    await vet(['check', 'proposals/mixed.yaml', '--write-baseline'], other, { USER: 'adopter' });
    const undated = (text: string) => text.replace(/\d{4}-\d{2}-\d{2}/g, 'DATE');
    expect(undated(await readFile(join(other, '.vetignore'), 'utf8'))).toBe(undated(baseline));

    const forced = await vet(['check', 'proposals/mixed.yaml', '--write-baseline', '--force'], ws);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toMatch(/0 new entries, 8 kept/);
  });

  it('--output writes the report atomically and never replaces a file without --force', async () => {
    const ws = await workspace();
    const run = await vet(['check', 'proposals/mixed.yaml', '--format', 'sarif', '--output', 'vet.sarif'], ws);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/sarif report written to vet\.sarif/);
    expect(validateSarif(JSON.parse(await readFile(join(ws, 'vet.sarif'), 'utf8')))).toBe(true);
    const again = await vet(['check', 'proposals/mixed.yaml', '--format', 'sarif', '--output', 'vet.sarif'], ws);
    expect(again.code, again.stderr).toBe(2);
    expect(again.stderr).toMatch(/vet\.sarif: the file already exists; pass --force/);
  });

  it('a source that cannot be read is exit 3; the other influencers are still vetted', async () => {
    const ws = await workspace();
    await writeFile(
      join(ws, 'proposals/remote.yaml'),
      'brand: xiaomi\ninfluencers:\n  - name: Remote Person\n    handles: [bsky:someone.example]\n  - name: Food Blogger\n    from: histories/food-blogger.jsonl\n',
    );
    const port = await closedPort();
    const run = await vet(['check', 'proposals/remote.yaml', '--format', 'junit', '--endpoint', `bsky=http://127.0.0.1:${port}`, '--no-cache'], ws, {
      VET_HTTP_RETRIES: '0',
    });
    expect(run.code, run.stderr).toBe(3);
    parseXml(run.stdout);
    expect(run.stdout).toMatch(/<error message="not vetted: bsky: /);
    expect(run.stdout).toMatch(/<testcase name="Food Blogger/);
  });
});
