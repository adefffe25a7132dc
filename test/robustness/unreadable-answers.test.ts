import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { expectCleanFailure, requireBuild, vet, vetInProcess, workDir } from './helpers.js';

/**
 * Issue 17 (item 2's rule, applied to sources): a message about input vet cannot read names the input and where
 * in it (line, column) and never quotes its content. V8's JSON.parse message quotes the text around the fault
 * (`Unexpected token 's', "{"a": sk_live_…" is not valid JSON`), and a feed's root element name is its content too:
 * neither may reach standard error, a batch line or a report.
 */

const T = { timeout: 60_000 };
const MARK = 'sk_live_QUOTEDCONTENT42';

let work: string;
let server: FixtureServer;

const JSON_FEED = '{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[';

beforeAll(async () => {
  requireBuild();
  work = await workDir('unreadable-answers');
  server = await startFixtureServer([
    // An unexpected token: V8 quotes the text around it.
    { path: '/token.json', reply: { body: `${JSON_FEED}\n  ${MARK} ]}`, headers: { 'content-type': 'application/feed+json' } } },
    // A missing comma: V8 gives a position, which vet turns into a line and a column.
    { path: '/comma.json', reply: { body: `${JSON_FEED}\n  {"id":"1" "content_text":"${MARK}"}]}`, headers: { 'content-type': 'application/feed+json' } } },
    // An XML document that is not a feed, its root element named after a secret.
    { path: '/root.xml', reply: { body: `<?xml version="1.0"?><${MARK}><item/></${MARK}>`, headers: { 'content-type': 'application/xml' } } },
    // A platform API (Weibo here) answering with broken JSON.
    { path: '/api/container/getIndex', reply: { body: `{"ok":1,"data":{"cards":[ ${MARK} ]}}`, headers: { 'content-type': 'application/json' } } },
  ]);
});

afterAll(async () => {
  await server?.close();
});

describe('messages about an unreadable answer quote none of it', () => {
  it('a JSON Feed with an unexpected token: "invalid JSON (unexpected text)" (exit 3)', T, async () => {
    const run = await vet([`rss:${server.url}/token.json`, '--brand', 'xiaomi', '--no-cache'], { cwd: work });
    expectCleanFailure(run, 3);
    expect(run.stderr).toMatch(/token\.json is invalid JSON \(unexpected text\)/);
    expect(run.stderr).not.toContain(MARK);
    expect(run.stderr).not.toContain('sk_live');
  });

  it('a JSON Feed missing a comma: the line and column, in vet\'s words', T, async () => {
    const run = await vetInProcess([`rss:${server.url}/comma.json`, '--brand', 'xiaomi', '--no-cache'], { cwd: work });
    expectCleanFailure(run, 3);
    expect(run.stderr).toMatch(/comma\.json is invalid JSON \(expected ',' or '\}' after property value at line 2, column 13\)/);
    expect(run.stderr).not.toContain('sk_live');
  });

  it('an XML document that is not a feed: its root element is not named', T, async () => {
    const run = await vetInProcess([`rss:${server.url}/root.xml`, '--brand', 'xiaomi', '--no-cache'], { cwd: work });
    expectCleanFailure(run, 3);
    expect(run.stderr).toMatch(/root\.xml is not a feed \(its root element is none of rss, feed, rdf:RDF\)/);
    expect(run.stderr).not.toMatch(/sk_live/i);
  });

  it('a platform API answering with broken JSON', T, async () => {
    const single = await vetInProcess(['weibo:7000000001', '--endpoint', `weibo=${server.url}`, '--brand', 'xiaomi', '--no-cache'], { cwd: work });
    expectCleanFailure(single, 3);
    expect(single.stderr).toMatch(/answered with data vet cannot read \(invalid JSON: unexpected text\)/);
    expect(single.stderr).not.toContain('sk_live');
  });
});
