import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanFailure, requireBuild, runner, vet, vetInProcess, workDir } from './helpers.js';

/**
 * Paths written inside a proposal or a roster come from a pull request as often as from the user. They name
 * files only inside the repository that holds the proposal or roster (or --root): `../../outside/deploy-key.yaml`,
 * an absolute path elsewhere and a symbolic link that leads out are refused, naming only the path, and nothing
 * of the file reaches any output. Messages about a file that is not what vet expected never quote its content.
 *
 * Layout: work/repo (with .git) holds the proposals and rosters; work/outside holds the runner's secrets.
 */

const SECRET = 'hunter2-SECRET-VALUE';
let work: string;
let repo: string;

const GOOD_POST = '{"id":"1","text":"今天天气不错","createdAt":"2026-01-01T00:00:00Z"}';

beforeAll(async () => {
  requireBuild();
  work = await workDir('paths');
  repo = join(work, 'repo');
  await mkdir(join(repo, '.git'), { recursive: true });
  await mkdir(join(repo, 'proposals'), { recursive: true });
  await mkdir(join(work, 'outside'), { recursive: true });
  await writeFile(join(work, 'outside', 'deploy-key.yaml'), `aws_secret_access_key: ${SECRET}\naws_region_name: cn-north-1\n`);
  await writeFile(join(work, 'outside', 'history.jsonl'), `${GOOD_POST}\n`);
  await writeFile(join(work, 'outside', 'key.txt'), `${SECRET}\n`);
  await writeFile(join(repo, 'good.jsonl'), `${GOOD_POST}\n`);
  await symlink(join(work, 'outside', 'history.jsonl'), join(repo, 'link.jsonl'));
  await symlink(join(work, 'outside'), join(repo, 'linked-folder'));
  // Files inside the repository that are not what a path says they are.
  await writeFile(join(repo, 'settings.yaml'), `deploy_token_name: ${SECRET}\nprivate_endpoint_url: https://example.invalid\n`);
  await writeFile(join(repo, 'notes.jsonl'), `${SECRET}\n`);
  await writeFile(join(repo, 'notes.json'), `[\n  ${SECRET}\n]\n`);
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const proposal = (lines: string) => `brand: xiaomi\ninfluencers:\n  - name: A\n${lines}`;

/** Nothing of the outside files, nor of the files that are not what they were said to be, in any output. */
function expectNothingQuoted(run: { stdout: string; stderr: string }): void {
  for (const text of [run.stdout, run.stderr]) {
    expect(text).not.toContain(SECRET);
    expect(text).not.toMatch(/aws_secret_access_key|aws_region_name|deploy_token_name|private_endpoint_url/);
  }
}

describe('paths in a proposal (vet check)', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['a brand profile above the repository', 'brand: ../../outside/deploy-key.yaml\ninfluencers:\n  - name: A\n    from: ../good.jsonl\n', /p\.yaml:1:8: brand: the path "\.\.\/\.\.\/outside\/deploy-key\.yaml" leads outside/],
    ['an absolute brand path elsewhere', `brand: WORK/outside/deploy-key.yaml\ninfluencers:\n  - name: A\n    from: ../good.jsonl\n`, /p\.yaml:1:8: brand: the path ".*deploy-key\.yaml" leads outside/],
    ['a from history above the repository', proposal('    from: ../../outside/history.jsonl\n'), /p\.yaml:4:11: influencer "A", from: the path "\.\.\/\.\.\/outside\/history\.jsonl" leads outside/],
    ['a file: handle above the repository', proposal('    handles: [file:../../outside/history.jsonl]\n'), /p\.yaml:4:15: influencer "A", handles\.0: the path "\.\.\/\.\.\/outside\/history\.jsonl" leads outside/],
    ['a symbolic link in the repository that leads out', proposal('    from: ../link.jsonl\n'), /influencer "A", from: the path "\.\.\/link\.jsonl" leads outside/],
    ['a path through a linked folder', proposal('    from: ../linked-folder/history.jsonl\n'), /influencer "A", from: the path "\.\.\/linked-folder\/history\.jsonl" leads outside/],
  ];

  it.concurrent.each(cases.map((c, i) => [...c, i] as const))('%s: refused, naming only the path (exit 2)', async (_name, content, message, i) => {
    const file = `p${i}.yaml`;
    await writeFile(join(repo, 'proposals', file), content.replace('WORK', work));
    const run = await runner(i)(['check', `proposals/${file}`, '--format', 'json'], { cwd: repo });
    expectCleanFailure(run, 2);
    expect(run.stderr.replace(`p${i}.yaml`, 'p.yaml')).toMatch(message);
    expectNothingQuoted(run);
  }, 30_000);

  it('inside the repository (even above the proposal\'s folder) is fine; --root narrows or widens it', async () => {
    await writeFile(join(repo, 'proposals', 'inside.yaml'), proposal('    from: ../good.jsonl\n'));
    const ok = await vetInProcess(['check', 'proposals/inside.yaml', '--format', 'json'], { cwd: repo });
    expect(ok.code, ok.stderr).toBe(0);
    const narrowed = await vetInProcess(['check', 'proposals/inside.yaml', '--root', 'proposals'], { cwd: repo });
    expectCleanFailure(narrowed, 2);
    expect(narrowed.stderr).toMatch(/the path "\.\.\/good\.jsonl" leads outside proposals/);
    await writeFile(join(repo, 'proposals', 'wide.yaml'), proposal('    from: ../../outside/history.jsonl\n'));
    const widened = await vetInProcess(['check', 'proposals/wide.yaml', '--root', '..', '--format', 'json'], { cwd: repo });
    expect(widened.code, widened.stderr).toBe(0);
  });
});

describe('paths in a roster (vet batch)', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    ['a file: handle above the repository', 'r.txt', 'file:../outside/history.jsonl\n', /r\.txt:1: the path "\.\.\/outside\/history\.jsonl" leads outside/],
    ['a from column above the repository', 'r.csv', 'handle,from\nweibo:1234567890,../outside/history.jsonl\n', /r\.csv:2: from: the path "\.\.\/outside\/history\.jsonl" leads outside/],
    ['a brand column above the repository', 'r.csv', 'handle,brand\nfile:good.jsonl,../outside/deploy-key.yaml\n', /r\.csv:2: brand: the path "\.\.\/outside\/deploy-key\.yaml" leads outside/],
    ['a symbolic link that leads out', 'r.txt', 'file:link.jsonl\n', /r\.txt:1: the path "link\.jsonl" leads outside/],
  ];

  it.concurrent.each(cases.map((c, i) => [...c, i] as const))('%s: refused, naming only the path (exit 2)', async (_name, file, content, message, i) => {
    const name = `${i}-${file}`;
    await writeFile(join(repo, name), content);
    const run = await runner(i)(['batch', name, '--brand', 'xiaomi', '--quiet'], { cwd: repo });
    expectCleanFailure(run, 2);
    expect(run.stderr.replace(`${i}-`, '')).toMatch(message);
    expectNothingQuoted(run);
  }, 30_000);

  it('a roster on standard input: paths stay inside the repository of the working folder', async () => {
    const run = await vetInProcess(['batch', '-', '--brand', 'xiaomi', '--quiet'], { cwd: repo, stdin: 'file:../outside/history.jsonl\n' });
    expectCleanFailure(run, 2);
    expect(run.stderr).toMatch(/stdin:1: the path "\.\.\/outside\/history\.jsonl" leads outside/);
  });
});

describe('files that are not what the path says: named, never quoted', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['a YAML file that is not a profile', 'brand: ../settings.yaml\ninfluencers:\n  - name: A\n    from: ../good.jsonl\n', /settings\.yaml:1: not a brand profile: none of its 2 top-level keys is one of id, name/],
    ['a text file given as a JSON Lines history', proposal('    from: ../notes.jsonl\n'), /notes\.jsonl:1: not valid JSON \(unexpected text\)/],
    ['a text file given as a JSON history', proposal('    from: ../notes.json\n'), /notes\.json: not valid JSON \(unexpected text\)/],
  ];

  it.concurrent.each(cases.map((c, i) => [...c, i] as const))('%s', async (_name, content, message, i) => {
    const file = `q${i}.yaml`;
    await writeFile(join(repo, 'proposals', file), content);
    const run = await vet(['check', `proposals/${file}`, '--format', 'sarif'], { cwd: repo });
    expect([2]).toContain(run.code);
    expect(`${run.stderr}\n${run.stdout}`).toMatch(message);
    expectNothingQuoted(run);
  }, 30_000);

  it('broken YAML is described in vet\'s words, not by quoting the line', async () => {
    await writeFile(join(repo, 'proposals', 'tag.yaml'), `brand: |${SECRET}\ninfluencers: []\n`);
    const run = await vetInProcess(['check', 'proposals/tag.yaml'], { cwd: repo });
    expectCleanFailure(run, 2);
    expect(run.stderr).toMatch(/tag\.yaml:1:\d+: /);
    expect(run.stderr).not.toContain(SECRET);
  });
});
