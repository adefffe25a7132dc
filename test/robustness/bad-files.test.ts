import { cp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanFailure, requireBuild, ROOT, runner, vet, vetInProcess, workDir } from './helpers.js';

/**
 * Bad files, through the real CLI: every file a user hands vet (history, brand profile, proposal, roster,
 * reviewed-findings file) either gives one message naming file:line (file:line:col for YAML) and exit 2,
 * or a documented tolerant behaviour (BOM, CRLF, duplicate ids, an empty .vetignore). Never a stack trace.
 * test/history-file.test.ts covers the history reader in-process; this is what a user sees.
 */

const T = { timeout: 30_000 };
let work: string;

const GOOD_POST = '{"id":"1","text":"今天天气不错","createdAt":"2026-01-01T00:00:00Z"}';

/** Nine aliases of nine aliases…: 9^7 strings if expanded ("billion laughs"). */
const YAML_BOMB_LINES = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
];

async function put(name: string, content: string | Buffer): Promise<string> {
  await writeFile(join(work, name), content);
  return name;
}

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

beforeAll(async () => {
  requireBuild();
  work = await workDir('bad-files');
  await cp(join(ROOT, 'fixtures', 'histories', 'honest-critic.jsonl'), join(work, 'good.jsonl'));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('history files (vet --from)', () => {
  const cases: Array<[string, string, string | Buffer, RegExp]> = [
    ['invalid UTF-8', 'utf8.jsonl', bytes(`${GOOD_POST}\n{"id":"2","text":"`, [0xff, 0xfe], '"}\n'), /^vet: utf8\.jsonl:2: not valid UTF-8/m],
    ['a NUL byte', 'nul.jsonl', bytes('{"id":"1","text":"a', [0], '"}\n'), /^vet: nul\.jsonl:1: contains a NUL byte/m],
    ['a truncated last line', 'cut.jsonl', `${GOOD_POST}\n{"id":"2","te`, /^vet: cut\.jsonl:2: the last line is cut off/m],
    ['a line that is not JSON', 'notjson.jsonl', `${GOOD_POST}\nnot json\n`, /^vet: notjson\.jsonl:2: not valid JSON/m],
    ['text of the wrong type', 'type.jsonl', '{"id":"1","text":42}\n', /^vet: type\.jsonl:1: "text" .*string/m],
    ['metrics of the wrong type', 'metrics.jsonl', '{"id":"1","text":"a","metrics":{"likes":"many"}}\n', /^vet: metrics\.jsonl:1: "metrics\.likes"/m],
    ['a line that is not an object', 'array-line.jsonl', `${GOOD_POST}\n[1,2]\n`, /^vet: array-line\.jsonl:2: expected one post as a JSON object/m],
    ['an id too large for a JSON number', 'bigid.jsonl', '{"id":12345678901234567890,"text":"x"}\n', /^vet: bigid\.jsonl:1: "id" is a number too large/m],
    ['a date that does not parse', 'date.jsonl', `${GOOD_POST}\n{"id":"2","text":"x","createdAt":"yesterday"}\n`, /^vet: date\.jsonl:2: "createdAt" must be an ISO 8601 date/m],
    ['a day that does not exist (2025-02-30)', 'feb30.jsonl', '{"id":"1","text":"x","createdAt":"2025-02-30T00:00:00Z"}\n', /^vet: feb30\.jsonl:1: "createdAt" must be an ISO 8601 date/m],
    ['an empty file', 'empty.jsonl', '', /^vet: empty\.jsonl: the file is empty/m],
    ['a JSON array with a bad post', 'arr.json', `[\n  ${GOOD_POST},\n  {"id":"2"}\n]\n`, /^vet: arr\.json:3: post #2 \(array index 1\): "text"/m],
    ['a JSON array with a non-object', 'arr2.json', `[\n  ${GOOD_POST},\n  "just text"\n]\n`, /^vet: arr2\.json:3: post #2 .*expected one post as a JSON object/m],
    ['a truncated JSON array', 'arr-cut.json', `[\n  ${GOOD_POST},\n  {"id":"2",`, /^vet: arr-cut\.json:\d+: not valid JSON/m],
    ['a CSV with an unclosed quote', 'quote.csv', 'id,text,createdAt\n1,hello,2025-01-01\n2,"unclosed\n', /^vet: quote\.csv:\d+: not valid CSV/m],
    ['a CSV with a bad date', 'date.csv', 'id,text,createdAt\n1,hello,2025-01-01\n2,hi,31/12/2025\n', /^vet: date\.csv:3: "createdAt" must be an ISO 8601 date/m],
    ['a CSV without the text column', 'cols.csv', 'id,body\n1,hello\n', /^vet: cols\.csv:1: the CSV header needs at least the columns id and text/m],
    ['a binary file', 'image.jsonl', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /^vet: image\.jsonl:1: (contains a NUL byte|not valid UTF-8)/m],
  ];

  it.concurrent.each(cases.map((c, i) => [...c, i] as const))('%s: file:line and exit 2', async (_name, file, content, message, i) => {
    await put(file, content);
    const run = await runner(i)(['--from', file, '--brand', 'xiaomi'], { cwd: work });
    expectCleanFailure(run, 2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  }, 30_000);

  it.concurrent('a BOM and CRLF line ends are read as usual (documented)', T, async () => {
    await put('bom.jsonl', `\uFEFF${GOOD_POST}\r\n{"id":"2","text":"米粉都是脑残","createdAt":"2026-02-01T00:00:00Z"}\r\n`);
    const run = await vetInProcess(['--from', 'bom.jsonl', '--brand', 'xiaomi', '--format', 'json'], { cwd: work });
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.window.postsScanned).toBe(2);
    expect(report.findings[0].excerpt).not.toMatch(/\r/);
  });

  it.concurrent('duplicate ids: the first is kept, the others skipped and counted (documented)', T, async () => {
    await put('dups.jsonl', `${GOOD_POST}\n${GOOD_POST}\n{"id":"1","text":"另一个版本"}\n{"id":"2","text":"b"}\n`);
    const run = await vetInProcess(['--from', 'dups.jsonl', '--brand', 'xiaomi', '--format', 'json'], { cwd: work });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.window.postsScanned).toBe(2);
    expect(report.coverage.notes.join(' ')).toMatch(/2 posts were skipped: their ids had already been seen/);
  });

  it.concurrent('only blank lines: nothing to vet, exit 2 (never a low-risk verdict)', T, async () => {
    await put('blank.jsonl', '\n\n\r\n');
    const run = await vetInProcess(['--from', 'blank.jsonl', '--brand', 'xiaomi'], { cwd: work });
    expectCleanFailure(run, 2);
    expect(run.stderr).toMatch(/nothing to vet: it has no posts/);
  });

  it.concurrent('a folder or a missing file', T, async () => {
    const missing = await vetInProcess(['--from', 'nope.jsonl', '--brand', 'xiaomi'], { cwd: work });
    expectCleanFailure(missing, 2);
    expect(missing.stderr).toMatch(/^vet: nope\.jsonl: cannot read the history file \(no such file\)/m);
    const folder = await vetInProcess(['--from', '.', '--brand', 'xiaomi'], { cwd: work });
    expectCleanFailure(folder, 2);
    expect(folder.stderr).toMatch(/^vet: \.: not a file/m);
  });
});

describe('brand profiles (--brand <file>)', () => {
  const profile = (body: string) => `id: acme\nname: Acme\n${body}`;
  const cases: Array<[string, string, string | Buffer, RegExp]> = [
    ['a YAML bomb (aliases)', 'bomb.yaml', profile(`${YAML_BOMB_LINES.join('\n')}\nnames: *g\n`), /bomb\.yaml:\d+:\d+: too many YAML aliases/],
    ['wrong types', 'types.yaml', profile('names: acme\nfans: 42\n'), /types\.yaml:3:8: names: must be a list, not text[\s\S]*types\.yaml:4:7: fans: must be a list, not 42/],
    ['an unknown key', 'key.yaml', profile('names: [acme]\nslogan: hi\n'), /key\.yaml:4:\d+: \(top level\): unknown key "slogan"/],
    ['a duplicate key', 'dupkey.yaml', profile('names: [acme]\nnames: [other]\n'), /dupkey\.yaml:4:1: not valid YAML or JSON: a key is repeated in this mapping/],
    ['broken YAML', 'broken.yaml', profile('names: [acme\n'), /broken\.yaml:\d+:\d+: not valid YAML or JSON/],
    ['invalid UTF-8', 'utf8.yaml', bytes('id: acme\nname: ', [0xc3, 0x28], '\nnames: [acme]\n'), /utf8\.yaml:2:7: not valid UTF-8/],
    ['an empty file', 'empty.yaml', '', /empty\.yaml: \(top level\): is empty \(expected a mapping\)/],
    ['a list instead of a profile', 'list.yaml', '- acme\n- corp\n', /list\.yaml:1:1: \(top level\): must be a mapping, not a list/],
    ['an unknown rival', 'rival.yaml', profile('names: [acme]\nrivals: [nokia]\n'), /rival\.yaml:4:10: rivals: unknown brand "nokia"/],
  ];

  it.concurrent.each(cases.map((c, i) => [...c, i] as const))('%s: file:line and exit 2', async (_name, file, content, message, i) => {
    await put(file, content);
    const run = await runner(i)(['--from', 'good.jsonl', '--brand', `./${file}`], { cwd: work });
    expectCleanFailure(run, 2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  }, 30_000);
});

describe('proposal files (vet check)', () => {
  const proposal = (body: string) => `brand: xiaomi\n${body}`;
  const cases: Array<[string, string, string | Buffer, RegExp]> = [
    ['a YAML bomb (aliases)', 'bomb.yaml', proposal(`${YAML_BOMB_LINES.join('\n')}\ninfluencers: *g\n`), /^vet: bomb\.yaml:\d+:\d+: too many YAML aliases/m],
    [
      'wrong types',
      'types.yaml',
      proposal('influencers:\n  - name: 42\n    handles: weibo\n    fee: {amount: lots, currency: yuan}\n'),
      /^vet: types\.yaml:3:11: influencer #1, name: must be the influencer's name, as text[\s\S]*^vet: types\.yaml:4:14: influencer #1, handles\.0:[\s\S]*^vet: types\.yaml:5:19: influencer #1, fee\.amount: must be a number/m,
    ],
    ['a duplicate influencer', 'dup.yaml', proposal('influencers:\n  - name: A\n    from: good.jsonl\n  - name: A\n    from: good.jsonl\n'), /^vet: dup\.yaml:5:11: influencer #2 \("A"\), name: "A" is listed twice/m],
    ['invalid UTF-8', 'utf8.yaml', bytes('brand: xiaomi\ninfluencers:\n  - name: ', [0xff], '\n    from: good.jsonl\n'), /^vet: utf8\.yaml:3:11: not valid UTF-8/m],
    ['an empty file', 'empty.yaml', '', /^vet: empty\.yaml: \(top level\): a proposal is a mapping/m],
    ['a day that does not exist', 'since.yaml', proposal('policy: {since: 2025-02-30}\ninfluencers:\n  - name: A\n    from: good.jsonl\n'), /^vet: since\.yaml:2:17: policy\.since: must be a date/m],
    ['a missing history', 'missing.yaml', proposal('influencers:\n  - name: A\n    from: gone.jsonl\n'), /^vet: missing\.yaml:4:11: influencer "A", from: cannot read the history "gone\.jsonl" \(no such file\)/m],
    ['an unknown platform', 'platform.yaml', proposal('influencers:\n  - name: A\n    handles: [myspace:tom]\n'), /^vet: platform\.yaml:4:15: influencer "A", handles\.0:/m],
  ];

  it.concurrent.each(cases.map((c, i) => [...c, i] as const))('%s: file:line and exit 2, nothing vetted', async (_name, file, content, message, i) => {
    await put(`check-${file}`, content);
    const run = await runner(i)(['check', `check-${file}`], { cwd: work });
    expectCleanFailure(run, 2);
    expect(run.stderr.replaceAll('check-', '')).toMatch(message);
    expect(run.stdout).toBe('');
  }, 30_000);

  it.concurrent('a proposal whose exported history is invalid: that influencer is an error naming the history file:line; the others are vetted; exit 2', T, async () => {
    await put('broken-history.jsonl', bytes(`${GOOD_POST}\n{"id":"2","text":"`, [0xff], '"}\n'));
    await put('check-badfrom.yaml', proposal('influencers:\n  - name: A\n    from: broken-history.jsonl\n  - name: B\n    from: good.jsonl\n'));
    const run = await vet(['check', 'check-badfrom.yaml', '--format', 'json'], { cwd: work });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).not.toMatch(/unexpected error|^\s+at /m);
    const [a, b] = JSON.parse(run.stdout).proposals[0].influencers;
    expect(a).toMatchObject({ name: 'A', status: 'error', error: { exitCode: 2, message: expect.stringMatching(/^broken-history\.jsonl:2: not valid UTF-8/) } });
    expect(b).toMatchObject({ name: 'B', status: 'pass' });
  });
});

describe('batch rosters (vet batch)', () => {
  const cases: Array<[string, string, string | Buffer, RegExp]> = [
    ['a NUL byte', 'nul.txt', bytes('file:good.jsonl\nweibo:1234567890', [0], '\n'), /^vet: nul\.txt:2: contains a NUL byte/m],
    ['invalid UTF-8', 'utf8.txt', bytes('file:good.jsonl\n', [0xff, 0xfe], '\n'), /^vet: utf8\.txt:2: not valid UTF-8/m],
    ['unknown platforms', 'bad.txt', 'file:good.jsonl\nmyspace:tom\nweibo\n', /^vet: bad\.txt:2: "myspace:tom"[\s\S]*^vet: bad\.txt:3: "weibo"/m],
    ['an empty roster', 'empty.txt', '', /^vet: empty\.txt: no handles in the roster/m],
    ['a CSV with an unclosed quote', 'quote.csv', 'handle,brand\n"file:good.jsonl,xiaomi\n', /^vet: quote\.csv:2: not valid CSV/m],
    ['a CSV without a handle column', 'nohandle.csv', 'name,brand\nA,xiaomi\n', /^vet: nohandle\.csv:1: the CSV header needs a "handle" column/m],
    ['an unknown brand in a row', 'brand.csv', 'handle,brand\nfile:good.jsonl,nokia\n', /^vet: brand\.csv:2: brand: unknown brand "nokia"/m],
    ['a missing history', 'missing.csv', 'handle\nfile:gone.jsonl\n', /^vet: missing\.csv:2: the history file gone\.jsonl/m],
  ];

  it.concurrent.each(cases.map((c, i) => [...c, i] as const))('%s: file:line and exit 2, nothing vetted', async (_name, file, content, message, i) => {
    await put(`roster-${file}`, content);
    const run = await runner(i)(['batch', `roster-${file}`, '--brand', 'xiaomi', '--quiet'], { cwd: work });
    expectCleanFailure(run, 2);
    expect(run.stderr.replaceAll('roster-', '')).toMatch(message);
    expect(run.stdout).toBe('');
  }, 30_000);
});

describe('reviewed-findings files (.vetignore)', () => {
  const entry = '- post: "1"\n  rule: fan-insult\n';
  const cases: Array<[string, string, string | Buffer, RegExp]> = [
    [
      'a YAML bomb (aliases)',
      'bomb.vetignore',
      `- &a {post: "1", rule: x, reason: [a,a,a,a,a,a,a,a,a,a], by: b}\n${['b', 'c', 'd', 'e', 'f', 'g'].map((n, i) => `- &${n} [${Array(10).fill(`*${'abcdef'[i]}`).join(',')}]`).join('\n')}\n`,
      /^vet: bomb\.vetignore:2:\d+: too many YAML aliases/m,
    ],
    ['wrong types', 'types.vetignore', `${entry}  reason: 42\n  by: [x]\n  expires: 2025-02-30\n`, /^vet: types\.vetignore:3:11: 0\.reason: must be text\nvet: types\.vetignore:4:7: 0\.by: must be text\nvet: types\.vetignore:5:12: 0\.expires: is not a real date/m],
    ['missing fields', 'missing.vetignore', entry, /^vet: missing\.vetignore:1:3: 0\.reason: is required/m],
    ['a mapping instead of a list', 'map.vetignore', 'post: "1"\n', /^vet: map\.vetignore:1:1: \(top level\): a reviewed-findings file is a list/m],
    ['invalid UTF-8', 'utf8.vetignore', bytes(`${entry}  reason: ok\n  by: `, [0xff], '\n'), /^vet: utf8\.vetignore:4:7: not valid UTF-8/m],
    ['a post id too large for a number', 'big.vetignore', '- post: 12345678901234567890\n  rule: fan-insult\n  reason: ok\n  by: a\n', /^vet: big\.vetignore:1:9: 0\.post: is a number too large/m],
  ];

  it.concurrent.each(cases.map((c, i) => [...c, i] as const))('%s: file:line and exit 2', async (_name, file, content, message, i) => {
    await put(file, content);
    const run = await runner(i)(['--from', 'good.jsonl', '--brand', 'xiaomi', '--ignore-file', file], { cwd: work });
    expectCleanFailure(run, 2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    const check = await vetInProcess(['check', 'check-ok.yaml', '--ignore-file', file], { cwd: work });
    expectCleanFailure(check, 2);
    expect(check.stderr).toMatch(message);
  }, 30_000);

  beforeAll(async () => {
    await put('check-ok.yaml', 'brand: xiaomi\ninfluencers:\n  - name: A\n    from: good.jsonl\n');
  });

  it.concurrent('an empty reviewed-findings file accepts nothing (documented: an empty list)', T, async () => {
    await put('empty.vetignore', '');
    const run = await vetInProcess(['--from', 'good.jsonl', '--brand', 'xiaomi', '--ignore-file', 'empty.vetignore'], { cwd: work });
    expect(run.code, run.stderr).toBe(0);
  });
});
