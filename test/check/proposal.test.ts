import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BrandCache, loadProposal, loadProposals } from '../../src/check/proposal.js';
import { InputError } from '../../src/errors.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'fixtures/proposals');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vet-proposal-'));
  await mkdir(join(dir, 'histories'));
  await writeFile(join(dir, 'histories/a.jsonl'), '{"id":"1","text":"hi"}\n');
});

async function load(yaml: string) {
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.yaml`);
  await writeFile(file, yaml);
  return loadProposal(file, dir, new BrandCache());
}

async function problem(yaml: string): Promise<string> {
  const error = await load(yaml).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).message;
}

describe('proposal files', () => {
  it('loads the valid fixture with the line of each influencer entry', async () => {
    const { proposal, brand } = await loadProposal(join(FIXTURES, 'valid.yaml'), ROOT, new BrandCache());
    expect(brand.profile.id).toBe('xiaomi');
    expect(proposal.file).toBe('fixtures/proposals/valid.yaml');
    expect(proposal.campaign).toBe('Autumn accessories');
    expect(proposal.policy).toEqual({ failOn: 'high', since: '3y' });
    expect(proposal.influencers.map((i) => [i.name, i.line, i.column])).toEqual([
      ['Food Blogger', 6, 5],
      ['Tech Fan', 10, 5],
    ]);
    const [food] = proposal.influencers;
    expect(food!.handles).toEqual(['weibo:2222222222', 'bsky:food-blogger.bsky.social']);
    expect(food!.from).toBe('histories/food-blogger.jsonl');
    expect(food!.fromPath).toBe(join(FIXTURES, 'histories/food-blogger.jsonl'));
    expect(food!.fee).toEqual({ amount: 20000, currency: 'CNY' });
  });

  it('reports every mistake of the invalid fixture at its own line and column', async () => {
    const error = await loadProposals([join(FIXTURES, 'invalid.yaml')], ROOT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const message = (error as InputError).message;
    expect(message).toContain('fixtures/proposals/invalid.yaml:4:11: policy.failOn: must be one of low, medium, high, critical');
    expect(message).toContain('fixtures/proposals/invalid.yaml:8:13: influencer "Someone": unknown key "budget"');
  });

  it('reports four mistakes of four kinds at once, in file order, naming influencers (issue 16 item 9)', async () => {
    const message = await problem(
      'brand: xiaomy\ninfluencers:\n  - name: Ann\n    from: histories/gone.jsonl\n  - name: Bo\n    handles: [weibo:abc]\n  - name: Bo\n    handles: [weibo:1000000002]\n',
    );
    const lines = message.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/:1:8: brand: unknown brand "xiaomy"; did you mean "xiaomi"\?/);
    expect(lines[1]).toMatch(/:4:11: influencer "Ann", from: cannot read the history "histories\/gone\.jsonl" \(no such file\)/);
    expect(lines[2]).toMatch(/:6:15: influencer #2 \("Bo"\), handles\.0: "weibo:abc" is not a Weibo handle/);
    expect(lines[3]).toMatch(/:7:11: influencer #3 \("Bo"\), name: "Bo" is listed twice/);
    expect(message).not.toMatch(/influencers\.\d/);
  });

  it('an unknown key gets the known key it most likely meant', async () => {
    expect(await problem('brand: xiaomi\ninfluencers:\n  - name: A\n    handels: [weibo:1000000001]\n')).toMatch(/:4:14: influencer "A": unknown key "handels" \(did you mean "handles"\?\)/);
    expect(await problem('brand: xiaomi\npolicy: { failon: high }\ninfluencers:\n  - name: A\n    handles: [weibo:1000000001]\n')).toMatch(/policy: unknown key "failon" \(did you mean "failOn"\?\)/);
  });

  it('defaults failOn to high and accepts a single handle written without brackets', async () => {
    const { proposal } = await load('brand: xiaomi\ninfluencers:\n  - name: A\n    handles: weibo:1234567890\n');
    expect(proposal.policy.failOn).toBe('high');
    expect(proposal.influencers[0]!.handles).toEqual(['weibo:1234567890']);
  });

  it('names an unknown top-level key', async () => {
    expect(await problem('brand: xiaomi\nbrnad: x\ninfluencers:\n  - name: A\n    handles: [weibo:1000000001]\n')).toMatch(/:2:8: \(top level\): unknown key "brnad"/);
  });

  it('lists several problems in file order', async () => {
    const message = await problem('brand: xiaomi\npolicy: { failOn: sometimes }\ninfluencers:\n  - name: A\n    handles: [weibo:1000000001]\n    hadnles: x\n');
    const lines = message.split('\n').map((l) => Number(/:(\d+):\d+:/.exec(l)?.[1]));
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines).toContain(2);
    expect(lines).toContain(6);
  });

  it('needs handles or a history', async () => {
    expect(await problem('brand: xiaomi\ninfluencers:\n  - name: A\n')).toMatch(/:3:5: influencer "A", handles: give at least one handle/);
  });

  it('rejects a handle without a known platform, at the handle', async () => {
    expect(await problem('brand: xiaomi\ninfluencers:\n  - name: A\n    handles: [weibo:1000000001, myspace:tom]\n')).toMatch(/:4:33: influencer "A", handles\.1: "myspace:tom" does not name a platform/);
  });

  it('rejects a handle its platform does not accept, at the handle, before anything is fetched', async () => {
    expect(await problem('brand: xiaomi\ninfluencers:\n  - name: A\n    handles: [weibo:abc]\n')).toMatch(
      /:4:15: influencer "A", handles\.0: "weibo:abc" is not a Weibo handle; write weibo:<uid> \(digits\) or weibo:@<screen name>; for the screen name "abc", write weibo:@abc/,
    );
  });

  it('says when a file: handle names a missing history, at the handle, relative to the proposal', async () => {
    expect(await problem('brand: xiaomi\ninfluencers:\n  - name: A\n    handles: [file:nope.jsonl]\n')).toMatch(
      /:4:15: influencer "A", handles\.0: cannot read the history "nope\.jsonl" \(no such file\); the path is relative to the proposal file/,
    );
  });

  it('does not check handles when a history file is given (they are only shown)', async () => {
    const { proposal } = await load('brand: xiaomi\ninfluencers:\n  - name: A\n    handles: [myspace:tom]\n    from: histories/a.jsonl\n');
    expect(proposal.influencers[0]!.fromPath).toBe(resolve(dir, 'histories/a.jsonl'));
  });

  it('says when a history file is missing, relative to the proposal', async () => {
    expect(await problem('brand: xiaomi\ninfluencers:\n  - name: A\n    from: histories/missing.jsonl\n')).toMatch(
      /:4:11: influencer "A", from: cannot read the history "histories\/missing\.jsonl" \(no such file\); the path is relative to the proposal file/,
    );
  });

  it('says when the brand is unknown, at the brand line', async () => {
    expect(await problem('campaign: x\nbrand: nokiaa\ninfluencers:\n  - name: A\n    handles: [weibo:1000000001]\n')).toMatch(/:2:8: brand: unknown brand "nokiaa"/);
  });

  it('refuses the same influencer twice', async () => {
    expect(await problem('brand: xiaomi\ninfluencers:\n  - name: A\n    handles: [weibo:1000000001]\n  - name: A\n    handles: [weibo:1000000002]\n')).toMatch(/:5:11: influencer #2 \("A"\), name: "A" is listed twice/);
  });

  it('validates fee, since and the empty list', async () => {
    expect(await problem('brand: xiaomi\ninfluencers:\n  - name: A\n    handles: [weibo:1000000001]\n    fee: { amount: 5, currency: yuan }\n')).toMatch(/influencer "A", fee\.currency: must be a three-letter currency code/);
    expect(await problem('brand: xiaomi\npolicy: { since: forever }\ninfluencers:\n  - name: A\n    handles: [weibo:1000000001]\n')).toMatch(/:2:18: policy\.since: must be a date/);
    expect(await problem('brand: xiaomi\ninfluencers: []\n')).toMatch(/influencers: a proposal needs at least one influencer/);
  });

  it('reports YAML syntax errors with their position', async () => {
    expect(await problem('brand: xiaomi\ninfluencers:\n  - name: [unclosed\n')).toMatch(/:\d+:\d+: not valid YAML or JSON/);
  });

  it('reads JSON proposals too', async () => {
    const file = join(dir, 'p.json');
    await writeFile(file, JSON.stringify({ brand: 'xiaomi', influencers: [{ name: 'A', from: 'histories/a.jsonl' }] }, null, 2));
    const { proposal } = await loadProposal(file, dir, new BrandCache());
    expect(proposal.influencers[0]!.line).toBe(4); // the "{" of the entry
  });
});
