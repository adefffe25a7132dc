import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../src/report/pdf.js';
import { runInProcess } from '../test/helpers/in-process.js';
import { pdfText } from './pdf-text.js';

/**
 * The HTML reports in a real browser: the system Chromium (Debian: chromium, fonts-wqy-zenhei), driven by
 * playwright-core. Not part of `npm test` (a fresh machine has no browser): `npm run test:browser`, run by
 * .ci/run. With UPDATE_SCREENSHOTS=1 the screenshots of docs/ are written again.
 */

const ROOT = new URL('../', import.meta.url).pathname;
const CHROMIUM = process.env.VET_CHROMIUM || '/usr/bin/chromium';
const env = { NO_COLOR: '1', VET_NOW: '2026-11-24T00:00:00Z', VET_CHROMIUM: CHROMIUM };
const work = mkdtempSync(join(tmpdir(), 'vet-browser-'));
const VIEWPORT = { width: 1280, height: 800 };

async function vet(args: string[]): Promise<string> {
  const run = await runInProcess(args, { cwd: ROOT, env });
  expect(run.stderr.replace(/^vet: .* written to .*\n/m, '')).toBe('');
  return run.stdout;
}

/** The three report kinds, as files: one influencer, a vet check run, a batch comparison. */
const KINDS = {
  single: join(work, 'single.html'),
  check: join(work, 'check.html'),
  comparison: join(work, 'comparison.html'),
} as const;

let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  writeFileSync(KINDS.single, await vet(['--from', 'fixtures/histories/tech-reviewer-hostile.jsonl', '--brand', 'xiaomi', '--format', 'html']));
  writeFileSync(KINDS.check, await vet(['check', 'fixtures/proposals/mixed.yaml', '--format', 'html']));
  const line = async (file: string, handle: string, name: string) => ({ handle, name, ...JSON.parse(await vet(['--from', file, '--brand', 'xiaomi', '--format', 'json'])) });
  const batch = [
    await line('fixtures/histories/tech-reviewer-hostile.jsonl', 'weibo:1234567890', 'Tech Reviewer'),
    await line('fixtures/histories/honest-critic.jsonl', 'file:honest-critic.jsonl', 'Honest Critic'),
    await line('fixtures/histories/food-blogger.jsonl', 'file:food-blogger.jsonl', 'Food Blogger'),
  ];
  writeFileSync(join(work, 'batch.jsonl'), `${batch.map((l) => JSON.stringify(l)).join('\n')}\n`);
  writeFileSync(KINDS.comparison, await vet(['report', join(work, 'batch.jsonl'), '--format', 'html']));

  profile = join(work, 'profile');
  await mkdir(profile);
  context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: VIEWPORT });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await rm(work, { recursive: true, force: true });
});

/** Opens a report, recording console messages, page errors and every request it makes. */
async function open(file: string): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, problems, requests };
}

describe.each(Object.entries(KINDS))('the %s report in Chromium', (kind, file) => {
  it('loads with no console error, no CSP violation and no request but its own file; the chart is drawn', async () => {
    const { page, problems, requests } = await open(file);
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    // The style block applied (its hash is in the CSP): the decision is set in bold, in the level's colour.
    const decision = page.locator('[data-decision]').first();
    expect(await decision.evaluate((el) => getComputedStyle(el).fontWeight)).toBe('700');
    const chart = page.locator('svg.chart').first();
    const box = (await chart.boundingBox())!;
    expect(box.width).toBeGreaterThan(400);
    expect(box.height).toBeGreaterThan(100);
    const drawn = await page.locator('svg.chart').first().locator('rect.bar').evaluateAll((bars) => bars.filter((b) => (b as SVGGraphicsElement).getBBox().height > 0).length);
    expect(drawn).toBeGreaterThan(0);
    const shot = await page.screenshot({ fullPage: false });
    expect(shot.length).toBeGreaterThan(10_000);
    if (process.env.UPDATE_SCREENSHOTS === '1') writeFileSync(join(ROOT, 'docs', `report-${kind}.png`), shot);
    await page.close();
  });

  it('renders the Chinese quotes with a CJK font (real glyphs, not empty boxes)', async () => {
    const { page } = await open(file);
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'mark' });
    const cjk = [];
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      const text = await page.evaluate((i) => document.querySelectorAll('mark')[i]!.textContent ?? '', nodeIds.indexOf(nodeId));
      if (/\p{Script=Han}/u.test(text)) cjk.push({ text, fonts });
    }
    expect(cjk.length).toBeGreaterThan(0);
    for (const { text, fonts } of cjk) {
      const han = [...text].filter((c) => /\p{Script=Han}/u.test(c)).length;
      const glyphs = fonts.filter((f) => /WenQuanYi|Noto Sans CJK|Noto Serif CJK|Droid Sans Fallback|PingFang|YaHei/i.test(f.familyName)).reduce((n, f) => n + f.glyphCount, 0);
      expect(glyphs, `${text}: ${JSON.stringify(fonts)}`).toBeGreaterThanOrEqual(han);
    }
    await page.close();
  });
});

describe('the hostile history in one screen or two', () => {
  it('shows the decision, the chart and the first piece of evidence without scrolling past more than one screen', async () => {
    const { page } = await open(KINDS.single);
    const bottom = async (selector: string) => {
      const box = (await page.locator(selector).first().boundingBox())!;
      return box.y + Math.min(box.height, 120);
    };
    for (const selector of ['[data-decision]', 'svg.chart', 'ol.findings li']) expect(await bottom(selector), selector).toBeLessThanOrEqual(2 * VIEWPORT.height);
    await page.close();
  });
});

describe('--format pdf', () => {
  it('prints an A4 PDF whose text holds the decision line and the Chinese quote', { timeout: 120_000 }, async () => {
    const out = join(work, 'report.pdf');
    const run = await runInProcess(['--from', 'fixtures/histories/tech-reviewer-hostile.jsonl', '--brand', 'xiaomi', '--format', 'pdf', '-o', out], { cwd: ROOT, env });
    expect(run.stderr).toBe(`vet: pdf report (verdict: critical) written to ${out}\n`);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A4: 595 x 842 points.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
    // Text runs split where the markup does (a date in its own span): the extractor puts a space there. Ligatures
    // (the "ﬁ" of "findings") are read back as letters.
    const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').replace(/ ([;.,:)])/g, '$1');
    const text = norm(pdfText(pdf).join(' '));
    const report = JSON.parse(await vet(['--from', 'fixtures/histories/tech-reviewer-hostile.jsonl', '--brand', 'xiaomi', '--format', 'json']));
    expect(text).toContain(norm(report.verdict.decision));
    expect(text.replace(/\s+/g, '')).toContain('死的是米粉');
  });
});
