import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECK_FORMATS } from '../../src/check/formats.js';
import { CHECK_REPORTERS, renderCheck } from '../../src/check/reporters/index.js';
import { pathToUri } from '../../src/check/reporters/sarif.js';
import type { CheckResult } from '../../src/check/types.js';
import { RULES } from '../../src/rules/index.js';
import { checkResult, finding, HOSTILE_TEXT, parseXml, proposal, report, result } from './helpers.js';
import { validateSarif } from './sarif-schema.js';


const ctx = { color: false, rules: RULES };

/** Four influencers: critical (fails), medium (passes at high), low with an accepted finding, and an error. */
function sample(): CheckResult {
  const p = proposal();
  const injector = finding({ postId: 'x1', text: HOSTILE_TEXT, severity: 'critical', ruleId: 'fan-doom-wish' });
  const accepted = { ...finding({ postId: 'a1' }), ignored: { reason: 'satire | <b>@alice</b>\n::error::x', by: 'alice', expires: '2099-01-01' } };
  const results = [
    result(p, 'Hostile <img src=x> @octocat', report('critical', [injector, finding({ postId: 'x2', ruleId: 'fraud-accusation' })])),
    result(p, 'Old Grudge', report('medium', [finding({ postId: 'o1' })])),
    result(p, 'Food Blogger', report('low', [accepted])),
    result(p, 'Remote Person', undefined, { error: { code: 'SourceError', message: 'bsky: could not connect\n::error::forged', exitCode: 3 } }),
  ];
  return checkResult(results, {
    review: {
      file: '.vetignore',
      entries: 3,
      used: [{ index: 0, line: 2, column: 3, post: 'a1', rule: 'fan-insult', reason: 'r', by: 'alice', matches: 1 }],
      unused: [{ index: 1, line: 7, column: 3, fingerprint: 'weibo:9:fan-slur:abc', reason: 'r', by: 'bob' }],
      expired: [{ index: 2, line: 11, column: 3, post: 'o1', rule: 'x\n::error::', reason: 'r', by: 'c', expires: '2020-01-01', matches: 1 }],
    },
  });
}

describe('check reporters', () => {
  it('one reporter per format, registered in one place', () => {
    // html and pdf are rendered by modules loaded only for them (src/report/html, src/report/pdf.ts).
    const inline = CHECK_FORMATS.filter((f) => f !== 'html' && f !== 'pdf');
    expect(Object.keys(CHECK_REPORTERS).sort()).toEqual([...inline].sort());
    for (const format of inline) expect(CHECK_REPORTERS[format].format).toBe(format);
  });

  it('the sample has the exit code of an incomplete run', () => {
    expect(sample().exitCode).toBe(3);
    expect(sample().summary).toMatchObject({ influencers: 4, failed: 1, passed: 2, errors: 1 });
  });

  describe('sarif', () => {
    const sarif = JSON.parse(renderCheck('sarif', sample(), ctx));
    const run = sarif.runs[0];

    it('is valid SARIF 2.1.0', () => {
      expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
      expect(sarif.runs).toHaveLength(1);
    });

    it('is checked against the OASIS errata01 schema, not a lenient copy', () => {
      const mutate = (edit: (copy: typeof sarif) => void) => {
        const copy = structuredClone(sarif);
        edit(copy);
        return validateSarif(copy);
      };
      const suppressedIndex = run.results.findIndex((r: { suppressions?: unknown }) => r.suppressions);
      expect(mutate((c) => (c.runs[0].results[suppressedIndex].suppressions[0].state = 'accepted'))).toBe(false);
      expect(mutate((c) => delete c.runs[0].results[0].locations[0].physicalLocation.region.startLine)).toBe(false);
      expect(mutate((c) => (c.runs[0].language = 'zh-CN'))).toBe(true);
      expect(mutate((c) => (c.runs[0].language = 'zhCN'))).toBe(false);
    });

    it('names the project home page from package.json as tool.driver.informationUri (issue 16 item 21)', () => {
      const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
      expect(pkg.homepage).toMatch(/^https:\/\/github\.com\//);
      expect(pkg.repository.url).toContain(pkg.homepage.replace(/^https:\/\//, '').replace(/#.*$/, ''));
      expect(run.tool.driver.informationUri).toBe(pkg.homepage);
    });

    it('lists the rule catalogue with id, short description and help', () => {
      const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
      for (const rule of RULES) expect(ids).toContain(rule.id);
      for (const r of run.tool.driver.rules) {
        expect(r.shortDescription.text).toBeTruthy();
        expect(r.help.text).toBeTruthy();
      }
    });

    it('has one result per influencer at medium or above, at the influencer line, error for critical/high and warning for medium', () => {
      const unsuppressed = run.results.filter((r: { suppressions?: unknown }) => !r.suppressions);
      expect(unsuppressed.map((r: { level: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }) => [r.level, r.locations[0]!.physicalLocation.region.startLine])).toEqual([
        ['error', 5],
        ['warning', 9],
      ]);
      const [top] = unsuppressed;
      expect(top.ruleId).toBe('fan-doom-wish');
      expect(run.tool.driver.rules[top.ruleIndex].id).toBe('fan-doom-wish');
      expect(top.partialFingerprints['vetFinding/v1']).toBe('weibo:x1:fan-doom-wish:abcdef123456');
      expect(top.locations[0].physicalLocation.artifactLocation.uri).toBe('proposals/spring.yaml');
      expect(top.message.text).toContain('Evidence:');
      expect(top.message.text).toContain('«米粉都是脑残»');
    });

    it('lists accepted findings as suppressed results, never drops them', () => {
      const suppressed = run.results.filter((r: { suppressions?: unknown }) => r.suppressions);
      expect(suppressed).toHaveLength(1);
      expect(suppressed[0].suppressions[0]).toMatchObject({ kind: 'external', status: 'accepted' });
      expect(suppressed[0].suppressions[0]).not.toHaveProperty('state');
      expect(suppressed[0].suppressions[0].justification).toContain('satire');
      expect(suppressed[0].partialFingerprints['vetFinding/v1']).toBe('weibo:a1:fan-insult:abcdef123456');
    });

    it('reports errors and stale reviewed-findings entries as notifications', () => {
      const notes = run.invocations[0].toolExecutionNotifications;
      expect(run.invocations[0].executionSuccessful).toBe(false);
      expect(notes.map((n: { level: string }) => n.level)).toEqual(['error', 'warning', 'note']);
    });

    it('keeps post text inert: control and bidi characters escaped, brackets escaped for embedded links', () => {
      const text = run.results[0].message.text as string;
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202e]/);
      expect(text).not.toMatch(/(^|[^\\])\[link\]/);
    });

    it('URIs are percent-encoded per segment', () => {
      expect(pathToUri('proposals/春季 #1.yaml')).toBe('proposals/%E6%98%A5%E5%AD%A3%20%231.yaml');
      expect(pathToUri('../x.yaml')).toBe('../x.yaml');
    });
  });

  describe('junit', () => {
    const xml = renderCheck('junit', sample(), ctx);
    it('is well-formed XML whatever the posts contain', () => {
      const names = parseXml(xml);
      expect(names.filter((n) => n === 'testcase')).toHaveLength(4);
      expect(names.filter((n) => n === 'failure')).toHaveLength(1);
      expect(names.filter((n) => n === 'error')).toHaveLength(1);
    });
    it('a failing influencer is a failure with the evidence; accepted findings are in system-out', () => {
      expect(xml).toMatch(/<failure message="verdict critical \(score 90\) is at or above high" type="critical">verdict critical/);
      expect(xml).toContain('«米粉都是脑残»');
      expect(xml).toMatch(/<system-out>[^<]*accepted: \[high\] fan-insult/);
      expect(xml).toContain('expired on 2020-01-01');
    });
    it('post text cannot close elements or add test cases', () => {
      expect(xml).not.toContain('</failure><testcase name="x"/>');
      expect(xml.match(/<testcase /g)).toHaveLength(4);
    });
  });

  describe('github', () => {
    const out = renderCheck('github', sample(), ctx);
    const lines = out.trimEnd().split('\n');
    it('one ::error per influencer at or above fail-on, one per error, plus notices and warnings; nothing forged', () => {
      const commands = lines.filter((l) => l.startsWith('::'));
      expect(commands.map((l) => l.slice(0, l.indexOf(' ')))).toEqual(['::error', '::notice', '::error', '::warning', '::warning']);
      expect(commands[0]).toMatch(/^::error file=proposals\/spring\.yaml,line=5,col=5,title=vet%3A Hostile <img src=x> @octocat is critical risk::/);
      // Everything else is the summary line, which starts with plain text.
      expect(lines.filter((l) => !l.startsWith('::'))).toEqual([expect.stringMatching(/^vet check: /)]);
      expect(lines.some((l) => l.startsWith('##['))).toBe(false);
      expect(out).toContain('⏎ ::error file=forged.yaml'); // inside the data of the real annotation
      expect(out).toContain('%0A'); // multi-line messages are encoded, never raw
    });
  });

  describe('markdown', () => {
    const md = renderCheck('markdown', sample(), ctx);
    it('is a table with one row per influencer and no markup from posts', () => {
      const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.startsWith('| |'));
      expect(rows).toHaveLength(4);
      for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(8); // 6 cells + both edges
      expect(md).not.toMatch(/<img|<b>|!\[img\]|(?<!\\)\[link\](?!\(<https:\/\/)|@octocat/);
      expect(md).toContain('@\u200boctocat');
      expect(md).toMatch(/<details><summary>Accepted findings \(1\)/);
    });

    it('links evidence as [link](<url>), never a backslash-escaped URL (issue 16 item 4)', () => {
      expect(md).toMatch(/\[link\]\(<https:\/\/weibo\.com\/[^>\s]+>\)/);
      expect(md).not.toMatch(/https:\/\/weibo\\\./);
    });

    it('says "pass, with findings" for hostile findings below the fail-on level, and each decision line', () => {
      const r = sample();
      const hostile = r.results.find((x) => x.failed)!;
      const passing = { ...hostile, failed: false, failOn: 'critical' as const };
      const out = renderCheck('markdown', { ...r, results: [passing] }, ctx);
      expect(out).toContain('pass, with findings');
      expect(renderCheck('text', { ...r, results: [passing] }, ctx)).toMatch(/pass, with findings +Hostile/);
      expect(renderCheck('text', { ...r, results: [passing] }, ctx)).toMatch(/^ +Do not sign without review: /m);
      // The CI formats give the decision right after their own first line.
      for (const format of ['sarif', 'junit', 'github'] as const) expect(renderCheck(format, r, ctx), format).toMatch(/Do not sign without review: /);
    });
  });

  describe('text and json', () => {
    it('text names every influencer with its status and lists accepted findings and stale entries', () => {
      const text = renderCheck('text', sample(), ctx);
      expect(text).toMatch(/FAIL +Hostile <img src=x> @octocat +critical \(score 90\)/);
      expect(text).toMatch(/ERROR Remote Person +not vetted/);
      expect(text).toMatch(/accepted: \[high\] fan-insult .*accepted by alice until 2099-01-01/);
      expect(text).toMatch(/expired 2020-01-01: \.vetignore:11/);
      expect(text).toMatch(/unused: \.vetignore:7 fingerprint weibo:9:fan-slur:abc/);
      expect(text).not.toMatch(/[\u001b\u202e]/);
    });

    it('json carries every report in full, with accepted findings marked', () => {
      const doc = JSON.parse(renderCheck('json', sample(), ctx));
      expect(doc).toMatchObject({ schemaVersion: 1, kind: 'vet-check', exitCode: 3, summary: { failed: 1, errors: 1 } });
      const [hostile, , food, remote] = doc.proposals[0].influencers;
      expect(hostile.status).toBe('fail');
      expect(hostile.report.findings[0].excerpt).toBe(HOSTILE_TEXT); // exact, even the lone surrogate
      expect(food.report.findings[0].ignored.by).toBe('alice');
      expect(remote).toMatchObject({ status: 'error', error: { exitCode: 3 } });
    });
  });
});
