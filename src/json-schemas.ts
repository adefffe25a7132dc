import { z } from 'zod';
import { BrandProfileSchema } from './brands/schema.js';
import { ProposalSchema } from './check/proposal.js';
import { ConfigSchema } from './cli/config.js';
import { ReportSchema } from './report/schema.js';
import { ReviewFileSchema } from './review/ignore-file.js';

/**
 * JSON Schemas for the files users write (and for the JSON report), generated from the zod schemas that validate them (zod 4
 * `z.toJSONSchema`, input side: defaults are optional), with a description on every field for editor hover.
 * `npm run schemas` writes them to schemas/; test/schemas.test.ts fails when the committed files drift.
 * Editors pick them up from `# yaml-language-server: $schema=…` in YAML or `"$schema"` in JSON.
 */
type Descriptions = Record<string, string>;

const PROFILE: Descriptions = {
  '': 'A vet brand profile: the words that name the brand, its products, people and fans, the slurs used for them, and the homonyms that are not the brand. Every term is matched after normalization (width, case, traditional to simplified), so write it once in its plain form.',
  $schema: 'The JSON Schema of this file (for editors; vet ignores it).',
  id: 'Stable id, lower-case letters, digits and dashes: used by --brand <id> and in reports.',
  name: 'Display name of the brand.',
  description: 'A note on the profile, shown by vet brands.',
  names: 'Names of the company or brand itself (target "brand").',
  products: 'Product lines, sub-brands, services (target "product": pejoratives here are product criticism).',
  productsInChinese: 'Product names that are everyday English words (pixel, galaxy, "mate 60"): they count only in a post written with Chinese characters, where the everyday sense is written in Chinese, or in English where they are bought or used ("anyone who buys a pixel") or name their users ("galaxy owners").',
  executives: 'Executives and spokespeople (target "executive").',
  fans: 'Names of the fan community (target "fans").',
  fanSlurs: 'Slurs for the fans: hostile on their own (rule fan-slur). Avoid common words; vet profile check warns.',
  brandSlurs: 'Derogatory names for the brand itself: hostile on their own (rule brand-slur).',
  nicknames: 'Nicknames, masked names (某为) and mocking names for the company, its people or its fans.',
  'nicknames[].term': 'The nickname as written.',
  'nicknames[].of': 'Whom it names: brand, executive or fans.',
  'nicknames[].as': 'name: another way to name them (某为, 雷布斯); slur: derogatory, hostile on its own (余大嘴, 猴厂). Default name.',
  'nicknames[].ambiguous': 'Also an everyday word (烂苹果, a rotten apple): it counts only in a post that names the brand, a product, a person or the fans by another term too. Default false.',
  'nicknames[].inChinese': 'A Latin abbreviation of a Chinese name (hw for 华为): it counts only in a post written with Chinese characters; in English it is another word (hardware, homework). Default false.',
  emoji: 'Emoji stand-ins replaced before matching, e.g. "🐒": 猴. Keys are single emoji.',
  homonyms: 'Phrases that contain a profile term but mean something else (小米粥, 桂林米粉, "Mi casa"); they cancel it.',
  homonymContexts: 'Context words that show the other sense of an ambiguous term.',
  'homonymContexts[].term': 'The profile term this context disambiguates, e.g. 米粉.',
  'homonymContexts[].near': 'Words that, within `window` characters in the same clause, show the other sense (e.g. 吃, 一碗, 汤).',
  'homonymContexts[].except': 'Words that hold a context word without its sense (吃相, 吃瓜 hold 吃 and are not about food).',
  'homonymContexts[].window': 'How many characters around the term to look for the context words (1 to 20, default 6).',
  'homonymContexts[].anywhere': 'Words that show the other sense anywhere in the post (鼻炎 for pollen): then every occurrence of the term takes it, unless another term names the brand.',
  'homonymContexts[].onePerPost': 'With anywhere words: the other sense shown near one occurrence holds for the whole post too (default true); false where posts pun on the two senses.',
  rivals: 'Ids of built-in profiles whose terms tell vet that hostility is aimed at a rival, not at this brand.',
};

const PROPOSAL: Descriptions = {
  '': 'A partnership proposal for vet check: the brand, the policy, and the influencers to vet.',
  $schema: 'The JSON Schema of this file (for editors; vet ignores it).',
  brand: 'A built-in brand id such as xiaomi (see vet brands), or the path of a profile file, relative to this file.',
  campaign: 'The campaign name, shown in reports.',
  policy: 'When the proposal fails: the fail-on level and the window of posts read.',
  'policy.failOn': 'Fail at or above this verdict level (default high). vet check --fail-on overrides it.',
  'policy.since': 'Only posts since this date (2024-01-31) or for this long (30d, 6w, 18m, 3y). vet check --since overrides it.',
  influencers: 'The influencers to vet, each with handles, an exported history, or both.',
  'influencers[].name': 'The influencer\'s name, unique in the proposal: reports identify influencers by it.',
  'influencers[].handles': 'Accounts to read, one after another: weibo:<uid>, weibo:@<screen name>, bsky:<handle>, mastodon:@user@instance, rss:<feed URL>, x:@name, file:<path>.',
  'influencers[].from': 'An exported history (vet export) to vet instead of fetching, relative to this file; the handles are then only shown.',
  'influencers[].columns': 'For a CSV "from" whose columns have other names: which column holds which field, e.g. {id: post_id, text: content, createdAt: date} (as vet --columns).',
  'influencers[].fee': 'The proposed fee, shown in reports.',
  'influencers[].fee.amount': 'The amount, 0 or more.',
  'influencers[].fee.currency': 'A three-letter currency code such as CNY, USD or EUR.',
};

const REVIEW: Descriptions = {
  '': 'Reviewed findings (.vetignore): findings a person looked at and accepted, each with why and by whom. Accepted findings stay in reports, marked, and no longer count toward the verdict.',
  '[]': 'One accepted finding: post and rule, or the fingerprint vet printed.',
  '[].post': 'The id of the post, as in the report.',
  '[].rule': 'The rule id, as in the report (see vet rules).',
  '[].platform': 'The platform of the post (with post and rule). Without it, the entry applies only to weibo and x posts, whose ids their authors cannot choose; write it for a bsky, mastodon, rss or file post. file is a history file\'s post that records no platform.',
  '[].fingerprint': 'The finding\'s fingerprint as vet prints it: <platform>:<post id>:<rule>:<hash>.',
  '[].reason': 'Why the finding is accepted.',
  '[].by': 'Who accepted it.',
  '[].expires': 'The day (YYYY-MM-DD) after which the finding counts again.',
};

const CONFIG: Descriptions = {
  '': 'vet settings for this folder and those below it (vet.config.yaml, .vetrc.yaml or package.json "vet"). Flags win over them.',
  $schema: 'The JSON Schema of this file (for editors; vet ignores it).',
  brand: 'A built-in brand id such as xiaomi, or the path of a profile file, relative to this file.',
  failOn: 'Exit 1 at or above this verdict level (vet and vet batch; vet check keeps each proposal\'s policy).',
  since: 'Only posts since this date (2024-01-31) or for this long (30d, 6w, 18m, 3y) (not vet check).',
  ignoreFile: 'The reviewed-findings file, relative to this file (default: .vetignore in the working folder).',
  endpoints: 'Platform base URLs by name (weibo, weibo-web, bsky, mastodon, x); --endpoint and VET_ENDPOINT_<NAME> win.',
};

export const JSON_SCHEMAS = [
  { file: 'brand-profile.schema.json', title: 'vet brand profile', schema: BrandProfileSchema, descriptions: PROFILE },
  { file: 'proposal.schema.json', title: 'vet proposal', schema: ProposalSchema, descriptions: PROPOSAL },
  { file: 'vetignore.schema.json', title: 'vet reviewed findings (.vetignore)', schema: ReviewFileSchema, descriptions: REVIEW },
  { file: 'config.schema.json', title: 'vet config file', schema: ConfigSchema, descriptions: CONFIG },
  // The report's descriptions are written in its zod schema (src/report/schema.ts): it is only ever written by vet.
  { file: 'report.schema.json', title: 'vet report (vet --format json)', schema: ReportSchema, descriptions: {} },
] as const;

type Json = Record<string, unknown>;

/** Walks a generated schema by the dotted paths of `descriptions` ("a.b", "list[].field") and sets each description. */
function describe(node: Json, path: string, descriptions: Descriptions, used: Set<string>): void {
  const text = descriptions[path];
  if (text !== undefined) {
    node.description = text;
    used.add(path);
  }
  for (const variant of (node.anyOf as Json[] | undefined) ?? []) describe(variant, path, descriptions, used);
  const properties = node.properties as Record<string, Json> | undefined;
  for (const [key, child] of Object.entries(properties ?? {})) describe(child, path ? `${path}.${key}` : key, descriptions, used);
  if (node.items && typeof node.items === 'object') describe(node.items as Json, `${path}[]`, descriptions, used);
}

/** The schema file's text. Throws when a description names no field (the zod schema changed). */
export function jsonSchemaText(entry: (typeof JSON_SCHEMAS)[number]): string {
  const base = z.toJSONSchema(entry.schema, { io: 'input', unrepresentable: 'any' }) as Json;
  const used = new Set<string>();
  describe(base, '', entry.descriptions, used);
  const unused = Object.keys(entry.descriptions).filter((k) => !used.has(k));
  if (unused.length) throw new Error(`${entry.file}: descriptions for fields the schema does not have: ${unused.join(', ')}`);
  const { $schema, ...rest } = base;
  return `${JSON.stringify({ $schema, title: entry.title, ...rest }, null, 2)}\n`;
}
