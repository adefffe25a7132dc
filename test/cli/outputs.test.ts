import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';

/**
 * What a run writes and where (issue 16 items 3, 19, 21, 24): the format an --output extension names, several
 * reports from one `vet check` run, --quiet, and flags checked once as commander reads them.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const ENV = { NO_COLOR: '1', VET_NOW: '2026-11-24T00:00:00Z', VET_CACHE_DIR: join(tmpdir(), 'vet-test-cache-outputs') };
let work: string;

const vet = (args: string[]) => runInProcess(args, { cwd: work, env: ENV });
const read = (file: string) => readFile(join(work, file), 'utf8');

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'vet-outputs-'));
  await cp(join(ROOT, 'fixtures', 'histories'), join(work, 'histories'), { recursive: true });
  await cp(join(ROOT, 'fixtures', 'proposals'), join(work, 'proposals'), { recursive: true });
  await cp(join(ROOT, 'fixtures', 'batch'), join(work, 'batch'), { recursive: true });
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const HOSTILE = ['--from', 'histories/tech-reviewer-hostile.jsonl', '--brand', 'xiaomi'];

describe('-o without -f: the extension names the format (item 3)', () => {
  it.each([
    ['report.json', (t: string) => expect(JSON.parse(t).verdict.level).toMatch(/high|critical/)],
    ['report.md', (t: string) => expect(t).toMatch(/^#+ /m)],
    ['report.markdown', (t: string) => expect(t).toMatch(/^#+ /m)],
    ['report.txt', (t: string) => expect(t).toMatch(/Verdict:\s+(HIGH|CRITICAL) RISK/)],
  ])('vet -o %s', async (file, check) => {
    const r = await vet([...HOSTILE, '-o', file]);
    expect(r.code, r.stderr).toBe(1);
    check(await read(file));
  });

  it('vet check -o vet.sarif writes SARIF; -o junit.xml writes JUnit; -o report.md writes markdown', async () => {
    for (const [file, pattern] of [['c.sarif', /"version": ?"2\.1\.0"/], ['c.xml', /^<\?xml[\s\S]*<testsuites /], ['c.md', /^#+ /m]] as const) {
      const r = await vet(['check', 'proposals/valid.yaml', '-o', file]);
      expect(r.code, r.stderr).toBe(0);
      expect(await read(file)).toMatch(pattern);
    }
  });

  it('vet batch -o b.csv writes CSV', async () => {
    const r = await vet(['batch', 'batch/roster.csv', '--brand', 'xiaomi', '-o', 'b.csv', '--quiet']);
    expect([0, 1, 3], r.stderr).toContain(r.code);
    expect((await read('b.csv')).split('\n')[0]).toMatch(/^handle,/);
  });

  it.each([
    [[...HOSTILE, '-f', 'json', '-o', 'x.md'], /--format json but --output x\.md names a markdown file/],
    [[...HOSTILE, '-o', 'vet.sarif'], /--output vet\.sarif names a sarif file, which vet does not write; it writes text, json, markdown/],
    [['check', 'proposals/valid.yaml', '-f', 'junit', '-o', 'x.sarif'], /--format junit but --output x\.sarif names a sarif file/],
    [['batch', 'batch/roster.csv', '--brand', 'xiaomi', '-o', 'b.json'], /--output b\.json names a json file, which vet batch does not write/],
  ])('an extension that contradicts the format is refused before any work: %j', async (args, message) => {
    const r = await vet(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

describe('vet check: several reports from one run (item 21)', () => {
  it('-f sarif -o vet.sarif -f junit -o junit.xml -f markdown -o pr.md: each file its format, one vetting', async () => {
    const r = await vet(['check', 'proposals/mixed.yaml', '-f', 'sarif', '-o', 'm.sarif', '-f', 'junit', '-o', 'm.xml', '-f', 'markdown', '-o', 'm.md']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    const sarif = JSON.parse(await read('m.sarif'));
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    const junit = await read('m.xml');
    // JUnit: every testsuite has a timestamp and a hostname (the schema wants both).
    const suites = junit.match(/<testsuite [^>]*>/g)!;
    expect(suites.length).toBeGreaterThan(0);
    for (const suite of suites) expect(suite).toMatch(/ timestamp="2026-11-24T00:00:00(\.000)?Z" hostname="localhost"/);
    expect(await read('m.md')).toMatch(/Hostile Creator/);
    expect(r.stderr.match(/report written to/g)).toHaveLength(3);
  });

  it('-o - is standard output: annotations for the CI log and a SARIF file from one run', async () => {
    const r = await vet(['check', 'proposals/mixed.yaml', '-f', 'github', '-o', '-', '-f', 'sarif', '-o', 'g.sarif']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^::error file=proposals\/mixed\.yaml,line=\d+/m);
    expect(JSON.parse(await read('g.sarif')).version).toBe('2.1.0');
  });

  it('extensions alone choose the formats of several outputs', async () => {
    const r = await vet(['check', 'proposals/valid.yaml', '-o', 'v.sarif', '-o', 'v.json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(await read('v.sarif')).version).toBe('2.1.0');
    expect(JSON.parse(await read('v.json'))).toHaveProperty('summary');
  });

  it.each([
    [['-f', 'sarif', '-f', 'junit'], /2 --format values but no --output/],
    [['-f', 'sarif', '-o', 'a.sarif', '-o', 'b.xml', '-f', 'junit', '-f', 'json'], /3 --format and 2 --output values; pair them in order/],
    [['-o', 'same.json', '-o', 'same.json'], /--output same\.json is given twice/],
  ])('pairs that do not pair are refused: %j', async (flags, message) => {
    const r = await vet(['check', 'proposals/valid.yaml', ...flags]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('--quiet for vet and vet check: errors only (item 19)', () => {
  it('vet -o … --quiet says nothing on standard error; without it, it says where the report went', async () => {
    const loud = await vet([...HOSTILE, '-o', 'loud.json']);
    expect(loud.stderr).toMatch(/report written to loud\.json/);
    const quiet = await vet([...HOSTILE, '-o', 'quiet.json', '--quiet']);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toBe('');
    expect(JSON.parse(await read('quiet.json')).findings.length).toBeGreaterThan(0);
  });

  it('vet check -q: no "report written" line; an error still reaches standard error', async () => {
    const quiet = await vet(['check', 'proposals/valid.yaml', '-o', 'q.sarif', '-q']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    const bad = await vet(['check', 'proposals/invalid.yaml', '-q']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^vet: /);
  });
});

describe('flags are checked once, as commander reads them (item 24)', () => {
  it.each([
    [['--from', 'histories/food-blogger.jsonl', '--brand', 'xiaomi', '--limit', '0'], /--limit "0" is not a whole number above 0/],
    [['export', 'weibo:1234567890', '--limit', 'many'], /--limit "many" is not a whole number above 0/],
    [['check', 'proposals/valid.yaml', '--since', 'lately'], /--since "lately" is neither a date/],
    [['batch', 'batch/handles.txt', '--brand', 'xiaomi', '--concurrency', '-2'], /--concurrency/],
    [['batch', 'batch/handles.txt', '--brand', 'xiaomi', '--timeout', 'soon'], /--timeout "soon" is not a duration/],
    [['check', 'proposals/valid.yaml', '-f', 'docx'], /argument 'docx' is invalid\. Allowed choices are text, json, markdown, sarif, junit, github, html, pdf/],
    [['check', 'proposals/valid.yaml', '-f', 'pdf'], /--format pdf writes a file: add --output <file\.pdf>/],
  ])('%j', async (args, message) => {
    const r = await vet(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('parseSince lives outside cli/: check and proposals import it from src/util/since.ts', async () => {
    for (const file of ['src/check/run.ts', 'src/check/proposal.ts']) {
      expect(await readFile(join(ROOT, file), 'utf8')).not.toMatch(/from '\.\.\/cli\//);
    }
    const { parseSince } = await import('../../src/util/since.js');
    expect(parseSince('30d', new Date('2026-11-24T00:00:00Z')).toISOString()).toBe('2026-10-25T00:00:00.000Z');
  });

  it('the shared option groups are declared once: vet, export, batch and check list the same --endpoint help', async () => {
    const helps = await Promise.all([[], ['export'], ['batch'], ['check']].map((c) => vet([...c, '--help'])));
    const lines = helps.map((h) => h.stdout.split('\n').find((l) => l.includes('--endpoint'))!.trim().replace(/\s+/g, ' '));
    expect(new Set(lines).size).toBe(1);
  });
});
