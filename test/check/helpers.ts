import type { CheckResult, InfluencerResult, Proposal } from '../../src/check/types.js';
import { exitCodeFor, summarize } from '../../src/check/run.js';
import type { Finding, Level, VetReport } from '../../src/types.js';

/** A finding as the engine would produce it; the excerpt is the whole text and the match is `matched`. */
export function finding(over: Partial<Finding> & { postId: string; text?: string }): Finding {
  const text = over.text ?? over.excerpt ?? `米粉都是脑残 ${over.postId}`;
  const matched = over.matched ?? text.slice(0, Math.min(6, text.length));
  const start = Math.max(0, text.indexOf(matched));
  const ruleId = over.ruleId ?? 'fan-insult';
  const { text: _text, ...rest } = over;
  return {
    ruleId,
    category: 'fan-insult',
    severity: 'high',
    target: 'fans',
    excerpt: text,
    excerptStart: 0,
    description: "Insults the brand's fans.",
    matched,
    span: { start, end: start + matched.length },
    fingerprint: `weibo:${over.postId}:${ruleId}:abcdef123456`,
    url: `https://weibo.com/1/${over.postId}`,
    createdAt: '2026-09-12T00:00:00.000Z',
    ...rest,
  };
}

export function report(level: Level, findings: Finding[], score = { low: 0, medium: 40, high: 60, critical: 90 }[level]): VetReport {
  return {
    schemaVersion: 1,
    subject: { handle: 'weibo:1', platform: 'weibo' },
    brand: { id: 'xiaomi', name: 'Xiaomi' },
    window: { from: '2026-01-01T00:00:00.000Z', to: '2026-09-12T00:00:00.000Z', postsScanned: 25 },
    verdict: { level, score, reasons: [`Reason for ${level}.`] },
    findings,
    errors: [],
    coverage: { postsRead: 25, partial: false, notes: [] },
    stats: { hostilePosts: findings.length, criticismPosts: 0, reposts: 0, ignoredFindings: findings.filter((f) => f.ignored).length },
  };
}

export function proposal(over: Partial<Proposal> = {}): Proposal {
  return {
    file: 'proposals/spring.yaml',
    path: '/repo/proposals/spring.yaml',
    brand: 'xiaomi',
    campaign: 'Spring phone launch',
    policy: { failOn: 'high' },
    influencers: [],
    ...over,
  };
}

export function result(p: Proposal, name: string, r: VetReport | undefined, extra: Partial<InfluencerResult> = {}): InfluencerResult {
  // Entries 4 lines apart from line 5, as in a typical proposal.
  const influencer = { index: p.influencers.length, name, handles: ['weibo:1234567890'], line: 5 + 4 * p.influencers.length, column: 5 };
  p.influencers.push(influencer);
  const failOn = extra.failOn ?? p.policy.failOn;
  const failed = r ? ['low', 'medium', 'high', 'critical'].indexOf(r.verdict.level) >= ['low', 'medium', 'high', 'critical'].indexOf(failOn) : false;
  return { proposal: p, influencer, failOn, failed, ...(r ? { report: r } : {}), ...extra };
}

export function checkResult(results: InfluencerResult[], over: Partial<CheckResult> = {}): CheckResult {
  const proposals = [...new Set(results.map((r) => r.proposal))];
  return {
    proposals,
    results,
    summary: summarize(results),
    exitCode: exitCodeFor(results),
    generatedAt: '2026-11-24T00:00:00.000Z',
    vetVersion: '0.1.0',
    ...over,
  };
}

/** Every post text an attacker might write to break out of a report format. */
export const HOSTILE_TEXT =
  '米粉都是脑残\n::error file=forged.yaml,line=1::forged\r\n##[error]legacy %0A::warning::encoded ' +
  '</failure><testcase name="x"/> & \u0001\u0008\ufffe\ud800 | @octocat ![img](https://evil.example/x.png) <img src=x onerror=alert(1)> ' +
  '`code` [link](javascript:alert(1)) \u001b[31mred\u001b]0;title\u0007 \u202eevil\u202c #12 **bold** _it_ $x$';

const XML_CHARS = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;
const BAD_ENTITY = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/**
 * A strict well-formedness check for the XML vet writes (no DTD, no CDATA): legal characters only, tags
 * balanced, attributes quoted, no raw `<` or stray `&` in text or attribute values, one root element.
 * Returns the element names in document order.
 */
export function parseXml(xml: string): string[] {
  if (!XML_CHARS.test(xml)) throw new Error('illegal XML character');
  const token = /<\?xml[^?]*\?>|<!--(?:(?!--)[\s\S])*-->|<\/([A-Za-z_][\w.-]*)\s*>|<([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|([\s\S])/gy;
  const stack: string[] = [];
  const names: string[] = [];
  let roots = 0;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    const [, close, open, attrs, selfClose, text, stray] = m;
    if (stray !== undefined) throw new Error(`unexpected "${stray}" at ${m.index}: ${xml.slice(m.index, m.index + 40)}`);
    if (text !== undefined) {
      if (BAD_ENTITY.test(text)) throw new Error(`bad entity in text at ${m.index}`);
      if (stack.length === 0 && text.trim()) throw new Error('text outside the root element');
      continue;
    }
    if (open !== undefined) {
      if (attrs && BAD_ENTITY.test(attrs)) throw new Error(`bad entity in attributes of <${open}>`);
      const attrNames = [...(attrs ?? '').matchAll(/([A-Za-z_][\w.:-]*)\s*=/g)].map((a) => a[1]);
      if (new Set(attrNames).size !== attrNames.length) throw new Error(`duplicate attribute in <${open}>`);
      if (stack.length === 0) roots++;
      names.push(open);
      if (!selfClose) stack.push(open);
    } else if (close !== undefined) {
      const top = stack.pop();
      if (top !== close) throw new Error(`</${close}> closes <${top}>`);
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack.at(-1)}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
  return names;
}

/** Decodes the entities vet writes, to compare XML text with what went in. */
export function xmlText(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos|#10);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#10': '\n' })[e]!);
}
