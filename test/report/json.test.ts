import { describe, expect, it } from 'vitest';
import { safeJsonStringify } from '../../src/report/escape.js';
import { jsonChunks, jsonReporter } from '../../src/report/json.js';
import type { Finding, VetReport } from '../../src/types.js';

const finding = (i: number): Finding => ({
  postId: `${i}`, ruleId: 'fan-insult', category: 'fan-insult', severity: 'high', target: 'fans',
  excerpt: `米粉都是脑残 ${i}\n"quoted" \u202e`, excerptStart: 0, description: 'd', matched: '米粉都是脑残',
  span: { start: 0, end: 6 }, fingerprint: `f:${i}`,
});
const report = (findings: Finding[]): VetReport => ({
  schemaVersion: 1, subject: { handle: 'h', platform: 'file' }, brand: { id: 'xiaomi', name: 'Xiaomi' },
  window: { from: null, to: null, postsScanned: 3 }, verdict: { level: 'high', score: 60, reasons: ['r'] },
  findings, errors: [], stats: { hostilePosts: 1, criticismPosts: 0, reposts: 0, ignoredFindings: 0 },
});

describe('JSON report', () => {
  it.each([0, 1, 3])('streamed in pieces, it is exactly the pretty-printed document (%i findings)', (n) => {
    const r = report(Array.from({ length: n }, (_, i) => finding(i)));
    const expected = `${safeJsonStringify(r)}\n`;
    expect([...jsonChunks(r)].join('')).toBe(expected);
    expect(jsonReporter.render(r, { color: false, rules: [] })).toBe(expected);
    expect(JSON.parse(expected)).toEqual(r);
  });
});
