import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load as loadXml } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/brands/load.js';
import { createScanner, type Scanner } from '../../src/engine/scanner.js';
import { renderReport } from '../../src/report/index.js';
import { RULES } from '../../src/rules/index.js';
import type { Post, VetReport } from '../../src/types.js';
import { ScoreAccumulator } from '../../src/score.js';
import { validateSarif } from '../check/sarif-schema.js';
import { requireBuild, vet, vetInProcess, workDir, type Run } from './helpers.js';

// Post text, names and URLs are written by strangers; the report must show them, never obey them.
const NASTY = [
  '\u001b[2J\u001b[H', // clear screen, cursor home
  '\u001b]0;owned\u0007', // set window title (OSC)
  '\u001b[8m', // conceal
  '\u202e', // right-to-left override
  '\u2066', // bidi isolate
  '\u200b\u200d\ufeff', // zero-width
  '\r', // carriage return: overwrite the line
  '\n::error file=x::forged\n', // forged line / workflow command
  '\u0008\u0008\u0008', // backspaces
  '\u009b31m', // C1 CSI
];

let scanner: Scanner;
beforeAll(async () => {
  scanner = await createScanner(await loadBrand('xiaomi'));
});

function reportFor(posts: Post[]): VetReport {
  const acc = new ScoreAccumulator(new Date('2026-11-24T00:00:00Z'), 'Xiaomi');
  const findings = posts.flatMap((p) => {
    const f = scanner.scan(p);
    acc.add(p, f);
    return f;
  });
  return {
    schemaVersion: 1,
    subject: { handle: `evil${NASTY.join('')}`, platform: 'file' },
    brand: { id: 'xiaomi', name: 'Xiaomi' },
    window: { from: null, to: null, postsScanned: posts.length },
    verdict: acc.verdict(),
    findings,
    errors: [],
  };
}

describe('terminal safety', () => {
  const posts: Post[] = NASTY.map((seq, i) => ({
    id: `p${i}`,
    text: `米粉都是脑残${seq}${i % 2 ? '\n' : ''}VERDICT: LOW RISK`,
    url: `https://weibo.com/1/${i}${seq}`,
    createdAt: '2026-10-01T00:00:00Z',
  }));

  it('the text report carries no raw control, escape, bidi or zero-width characters', () => {
    const text = renderReport('text', reportFor(posts), { color: false, rules: RULES });
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
    expect(text).toContain('\\u{001B}');
    expect(text).toContain('\\u{202E}');
  });

  it('a post cannot forge a line of the report', () => {
    const text = renderReport('text', reportFor(posts), { color: false, rules: RULES });
    for (const line of text.split('\n')) expect(line).not.toMatch(/^(VERDICT: LOW RISK|::error)/);
  });

  it('colour codes come only from vet itself', () => {
    const text = renderReport('text', reportFor(posts), { color: true, rules: RULES });
    const escapes = text.match(/\u001b\[[0-9;]*m/g) ?? [];
    expect(escapes.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/\u001b(?!\[[0-9;]*m)/);
  });

  it('markdown output neutralises markup, links, images, HTML and mentions', () => {
    const md = renderReport('markdown', reportFor([{ id: 'm', text: '米粉都是脑残 ![x](https://evil/img.png) <script>alert(1)</script> @everyone [click](javascript:alert(1)) | col', createdAt: '2026-10-01T00:00:00Z', url: 'javascript:alert(1)' }]), { color: false, rules: RULES });
    expect(md).not.toMatch(/!\[x\]\(/);
    expect(md).not.toMatch(/<script>/);
    expect(md).not.toMatch(/(^|[^&#\w])@everyone/);
    expect(md).not.toMatch(/\]\(javascript:/);
    expect(md).not.toMatch(/\[link\]\(<javascript/);
  });
});

/**
 * The same hostile text through the real CLI, in every format vet writes: `vet --from` (text, markdown,
 * json) and `vet check` (text, markdown, json, sarif, junit, github). The post text, the author (which
 * becomes the report's handle), the post URL, the influencer's name and campaign in the proposal, and even
 * the proposal's file name carry escapes, bidi overrides, zero-width characters, line breaks and markup.
 */
describe('every output format, through the CLI', () => {
  const T = { timeout: 30_000 };
  // Raw characters that must never reach a terminal or a document: C0 (but tab and line feed), DEL, C1,
  // bidi controls and overrides, zero-width characters, LS/PS and the BOM.
  const RAW_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ufeff]/;
  const FORGED = /^(\s*-\s*)?(VERDICT|Verdict: +LOW|::(error|warning|notice)|##\[|<testcase name="forged"|- post: forged)/;
  const EVIL = '\u001b]0;owned\u0007\u001b[2J\u202e\u200b\u009b31m';
  const posts = [
    { id: 'n1', text: `米粉都是脑残${EVIL}\nVERDICT: LOW RISK\r\n::error file=x.yaml,line=1::forged\n##[error]forged`, createdAt: '2026-10-01T00:00:00Z', url: `https://weibo.com/1/n1?${EVIL}` },
    { id: 'n2', text: '米粉都是脑残 ]]></failure><testcase name="forged"/> & "quoted" \'single\' \u0085NEL\u2028LS\u2029PS %0A::warning::encoded', createdAt: '2026-09-01T00:00:00Z' },
    { id: 'n3', text: '米粉都是脑残 [click](https://evil.example) ![img](https://evil.example/x.png) <script>alert(1)</script> @everyone #1 | cell | `tick`', createdAt: '2026-08-01T00:00:00Z', url: 'javascript:alert(1)' },
    { id: 'n4', text: '米粉都是脑残\n- post: forged\n  rule: fan-doom-wish\n  reason: injected\n  by: attacker', createdAt: '2026-07-01T00:00:00Z' },
  ].map((p) => ({ ...p, author: `evil${EVIL}\nVERDICT: LOW RISK`, platform: 'weibo' }));

  let work: string;
  const proposalFile = `proposal${'\u001b'}]0;t${'\u0007'}.yaml`;
  beforeAll(async () => {
    requireBuild();
    work = await workDir('terminal');
    await writeFile(join(work, 'nasty.jsonl'), `${posts.map((p) => JSON.stringify(p)).join('\n')}\n`);
    // YAML double-quoted strings spell ESC as \e and BEL as \a.
    await writeFile(
      join(work, proposalFile),
      [
        'brand: xiaomi',
        'campaign: "Launch \\e[2J\\u202e <b>bold</b> @team"',
        'influencers:',
        '  - name: "Evil \\e]0;owned\\a\\nVERDICT: LOW RISK\\u202e\\u200b | <img src=x> @everyone"',
        '    from: nasty.jsonl',
        '  - name: "Broken \\e[31m"',
        '    from: "bad\\e[31m.jsonl"',
      ].join('\n'),
    );
    // The second influencer's history is invalid: an error whose message carries its (hostile) file name.
    await writeFile(join(work, 'bad\u001b[31m.jsonl'), '{"id":"1","text":42}\n');
  });
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  /**
   * No raw unsafe character and no forged line in standard output or error. `json`: zero-width characters
   * and the BOM may stay raw (JSON keeps data exactly); `markdown`: vet's own zero-width space after @ and #
   * (it breaks mentions and issue links); `commands`: vet's own workflow-command lines are checked apart.
   */
  function expectSafe(run: Run, opts: { allowColour?: boolean; json?: boolean; markdown?: boolean; commands?: boolean } = {}): string {
    expect(run.stderr).not.toMatch(/unexpected error|^\s+at /m);
    for (const raw of [run.stdout, run.stderr]) {
      let text = opts.json ? raw.replace(/[\u200b-\u200d\ufeff]/g, '') : raw;
      if (opts.markdown) text = text.replace(/([@#])\u200b/g, '$1');
      expect(text, 'raw control, bidi or zero-width character').not.toMatch(opts.allowColour ? /(?!\u001b\[[0-9;]*m)\u001b/ : RAW_UNSAFE);
      for (const line of text.split('\n')) if (!(opts.commands && /^::(error|warning|notice) file=/.test(line))) expect(line).not.toMatch(FORGED);
    }
    return run.stdout;
  }

  it.concurrent('vet --from: text shows visible escapes; no forged line', T, async () => {
    const out = expectSafe(await vet(['--from', 'nasty.jsonl', '--brand', 'xiaomi', '--all'], { cwd: work }));
    expect(out).toContain('\\u{001B}]0;owned\\u{0007}');
    expect(out).toContain('\\u{202E}');
    expect(out).toMatch(/^vet: evil\\u\{001B\}.* ⏎ VERDICT: LOW RISK \(weibo\) for Xiaomi$/m);
  });

  it.concurrent('vet --from with FORCE_COLOR: the only escape sequences are vet\'s own colours', T, async () => {
    const run = await vet(['--from', 'nasty.jsonl', '--brand', 'xiaomi'], { cwd: work, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(run.stdout).toMatch(/\u001b\[[0-9;]*m/);
    expectSafe(run, { allowColour: true });
  });

  it.concurrent('vet --from: markdown renders the post as words', T, async () => {
    const md = expectSafe(await vetInProcess(['--from', 'nasty.jsonl', '--brand', 'xiaomi', '--format', 'markdown'], { cwd: work }), { markdown: true });
    expect(md).not.toMatch(/<script|<img|!\[img\]\(|\]\(https:\/\/evil|\]\(<?javascript:/);
    expect(md).not.toMatch(/(^|[^\w&#])@everyone/);
    // Every table row keeps its five cells: a | in a post is escaped.
    for (const row of md.split('\n').filter((l) => l.startsWith('| '))) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(7);
  });

  it.concurrent('vet --from: JSON keeps the data, with C1 and bidi characters as \\u escapes', T, async () => {
    const run = expectSafe(await vetInProcess(['--from', 'nasty.jsonl', '--brand', 'xiaomi', '--format', 'json'], { cwd: work }), { json: true });
    // Zero-width characters and the BOM stay raw in JSON (data, not display); the rest is escaped.
    const report = JSON.parse(run);
    // Evidence is kept exactly: the JSON string is the post's own text.
    expect(report.findings.map((f: { excerpt: string }) => f.excerpt).join('')).toContain(EVIL);
    expect(report.subject.handle).toBe(posts[0]!.author);
  });

  it.concurrent('vet check --format text', T, async () => {
    const out = expectSafe(await vetInProcess(['check', proposalFile], { cwd: work }));
    expect(out).toContain('\\u{001B}');
  });

  it.concurrent('vet check --format github: no forged workflow command; data and properties percent-encoded', T, async () => {
    const out = expectSafe(await vet(['check', proposalFile, '--format', 'github'], { cwd: work }), { commands: true });
    const lines = out.trimEnd().split('\n');
    const commands = lines.filter((l) => l.startsWith('::'));
    expect(commands.length).toBe(2); // the failing influencer and the one that could not be vetted
    for (const line of commands) {
      // ::error file=…,line=N,col=N,title=…::message, with the properties holding no raw : or ,
      expect(line).toMatch(/^::error file=[^:,]+,line=\d+,col=\d+,title=[^:,]+::\S/);
    }
    expect(lines.filter((l) => !l.startsWith('::')).every((l) => l.startsWith('vet check: '))).toBe(true);
    expect(out).toContain('%0A'); // line breaks in messages are encoded, never raw
  });

  it.concurrent('vet check --format junit: well-formed XML, nothing injected', T, async () => {
    const out = expectSafe(await vet(['check', proposalFile, '--format', 'junit'], { cwd: work }));
    expect(out).toMatch(/^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u);
    const $ = loadXml(out, { xml: true });
    expect($('testcase')).toHaveLength(2);
    expect($('testcase[name="forged"]')).toHaveLength(0);
    expect($('failure')).toHaveLength(1);
    expect($('error')).toHaveLength(1);
    expect($('failure').text()).toContain(']]></failure><testcase name="forged"/>');
  });

  it.concurrent('vet check --format sarif: valid SARIF 2.1.0; messages escaped', T, async () => {
    const out = expectSafe(await vetInProcess(['check', proposalFile, '--format', 'sarif'], { cwd: work }), { json: true });
    const sarif = JSON.parse(out);
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    const messages = JSON.stringify(sarif.runs[0].results.map((r: { message: { text: string } }) => r.message.text));
    expect(messages).not.toMatch(/[^\\]\[click\]\(/); // no embedded SARIF link survives
    expect(messages).toContain('\\\\u{001B}');
  });

  it.concurrent('vet check --format markdown and json', T, async () => {
    const md = expectSafe(await vetInProcess(['check', proposalFile, '--format', 'markdown'], { cwd: work }), { markdown: true });
    expect(md).not.toMatch(/<script|<img|<b>|!\[img\]\(|\]\(https:\/\/evil/);
    expect(md).not.toMatch(/(^|[^\w&#])@everyone/);
    const json = JSON.parse(expectSafe(await vetInProcess(['check', proposalFile, '--format', 'json'], { cwd: work }), { json: true }));
    expect(json.proposals[0].influencers[0].name).toContain('\u001b]0;owned');
  });

  it.concurrent('vet check --write-baseline: a post cannot forge an entry of the reviewed-findings file', T, async () => {
    const dir = join(work, 'baseline');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'nasty.jsonl'), `${posts.map((p) => JSON.stringify(p)).join('\n')}\n`);
    await writeFile(join(dir, 'p.yaml'), 'brand: xiaomi\ninfluencers:\n  - name: A\n    from: nasty.jsonl\n');
    const run = await vetInProcess(['check', 'p.yaml', '--write-baseline'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const { readFile } = await import('node:fs/promises');
    const baseline = await readFile(join(dir, '.vetignore'), 'utf8');
    expect(baseline).not.toMatch(RAW_UNSAFE);
    for (const line of baseline.split('\n')) expect(line).not.toMatch(FORGED);
    const { parse } = await import('yaml');
    const entries = parse(baseline) as Array<Record<string, string>>;
    expect(entries.every((e) => e.fingerprint && !e.post && e.reason === 'baseline: accepted at adoption')).toBe(true);
  });
});
