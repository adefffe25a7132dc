import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { isProfilePath, loadBrand, type LoadedBrand } from '../brands/load.js';
import { InputError, messageLines, VetError } from '../errors.js';
import { isSince } from '../util/since.js';
import { checkHandle } from '../sources/index.js';
import { LEVELS } from '../types.js';
import { safeLine } from '../report/sanitize.js';
import { MAX_DATA_FILE_BYTES, readRegularFile } from '../util/atomic-write.js';
import { containedPath, outsideMessage, PathRoots } from '../util/contained.js';
import { dataFileProblems, parseDataText, problemAt, problemList, type DataFileProblem } from '../util/data-file.js';
import { displayPath } from './files.js';
import type { Proposal, ProposalInfluencer } from './types.js';
import { errnoText } from '../util/errno.js';
import { columnMapProblems } from '../sources/columns.js';

/**
 * A partnership proposal, as a brand keeps it in a repository:
 *
 *   brand: xiaomi                 # built-in id or a path to a profile file (relative to this file)
 *   campaign: Spring phone launch
 *   policy: { failOn: high, since: 3y }
 *   influencers:
 *     - name: Example Creator
 *       handles: [weibo:1234567890, bsky:example.bsky.social]
 *       from: histories/example.jsonl          # optional exported history, relative to this file
 *       fee: { amount: 500000, currency: CNY } # optional, shown in reports
 *
 * Unknown keys are errors that name the key; every error names file:line:col. Paths must stay inside the
 * repository that holds the proposal, or --root (../util/contained.ts).
 */

const SINCE = /^\s*\d+\s*[dwmy]\s*$/i;

const sinceSchema = z
  .string({ error: 'must be a date (2024-01-31) or a duration (30d, 6w, 18m, 3y)' })
  .trim()
  // parseSince, as the run reads it: a day that does not exist (2025-02-30) is refused here, at its line.
  .refine((s) => SINCE.test(s) || (/^\d{4}-\d{2}-\d{2}/.test(s) && isSince(s)), 'must be a date (2024-01-31) or a duration (30d, 6w, 18m, 3y)');

const handleSchema = z
  .string({ error: 'must be text such as weibo:1234567890' })
  .trim()
  .regex(/^[a-z][a-z0-9-]*:\S/i, 'must be written platform:account, e.g. weibo:1234567890 or bsky:example.bsky.social');

const required = (what: string) => (issue: { input?: unknown }) => (issue.input === undefined ? `is required: ${what}` : `must be ${what}`);

export const InfluencerSchema = z
  .object({
    name: z.string({ error: required('the influencer\'s name, as text') }).trim().min(1, 'must not be empty'),
    // A single handle written without brackets is accepted as a list of one.
    handles: z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(handleSchema, { error: 'must be a list of handles, e.g. [weibo:1234567890]' })).default([]),
    from: z.string({ error: 'must be the path of a history file' }).trim().min(1, 'must not be empty').optional(),
    // For a CSV `from` whose columns have other names: field → column, as --columns on the command line.
    columns: z.record(z.string(), z.string({ error: 'must be the name of a CSV column' }), { error: 'must map fields to CSV columns, e.g. {id: post_id, text: content}' }).optional(),
    fee: z
      .object({
        amount: z.number({ error: 'must be a number' }).nonnegative('must be 0 or more'),
        currency: z.string({ error: required('a currency code such as CNY') }).regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as CNY, USD or EUR'),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((influencer, ctx) => {
    if (influencer.from === undefined && influencer.handles.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['handles'], message: 'give at least one handle (weibo:…, bsky:…) or an exported history in "from"' });
    }
    if (influencer.columns) {
      if (influencer.from === undefined) ctx.addIssue({ code: 'custom', path: ['columns'], message: 'maps the columns of a CSV "from" file; give "from" too' });
      for (const problem of columnMapProblems(influencer.columns)) ctx.addIssue({ code: 'custom', path: ['columns'], message: problem });
    }
  });

export const ProposalSchema = z
  .object({
    /** The JSON Schema of the file, for editors (schemas/proposal.schema.json); not read by vet. */
    $schema: z.string().optional(),
    brand: z.string({ error: required('a built-in brand id such as xiaomi, or the path of a profile file') }).trim().min(1, 'must not be empty'),
    campaign: z.string({ error: 'must be text' }).trim().min(1, 'must not be empty').optional(),
    policy: z
      .object({
        failOn: z.enum(LEVELS, { error: `must be one of ${LEVELS.join(', ')}` }).default('high'),
        since: sinceSchema.optional(),
      })
      .strict()
      .default({ failOn: 'high' }),
    influencers: z.array(InfluencerSchema, { error: required('a list of influencers') }).min(1, 'a proposal needs at least one influencer'),
  }, { error: 'a proposal is a mapping with brand, campaign, policy and influencers' })
  .strict()
  .superRefine((proposal, ctx) => {
    const seen = new Map<string, number>();
    proposal.influencers.forEach((influencer, i) => {
      const first = seen.get(influencer.name);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['influencers', i, 'name'], message: `"${influencer.name}" is listed twice (also influencer #${first + 1}); reports identify influencers by name` });
      } else {
        seen.set(influencer.name, i);
      }
    });
  });

/**
 * Fields in messages: an influencer by name (`influencer "Someone", handles.0`), not by index (`influencers.0`);
 * by number when it has no usable name, or shares it with another.
 */
function influencerLabel(data: unknown): (path: readonly PropertyKey[]) => string {
  const list = (data as { influencers?: unknown } | null)?.influencers;
  const names = Array.isArray(list) ? list.map((i) => (i as { name?: unknown } | null)?.name) : [];
  return (path) => {
    if (path.length === 0) return '(top level)';
    if (path[0] !== 'influencers' || typeof path[1] !== 'number') return path.join('.');
    const name = names[path[1]];
    const unique = typeof name === 'string' && name.trim() !== '' && names.filter((n) => n === name).length === 1;
    const who = unique ? `influencer "${name.trim()}"` : typeof name === 'string' && name.trim() ? `influencer #${path[1] + 1} ("${name.trim()}")` : `influencer #${path[1] + 1}`;
    return path.length > 2 ? `${who}, ${path.slice(2).join('.')}` : who;
  };
}

/** A field read from data that may not have passed validation: what can be checked beyond the schema still is. */
const textAt = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** Loads brand profiles once per resolved reference, however many proposals name them. */
export class BrandCache {
  private readonly loaded = new Map<string, Promise<LoadedBrand>>();
  get(ref: string, dir: string): Promise<LoadedBrand> {
    const key = isProfilePath(ref) ? resolve(dir, ref) : ref.toLowerCase();
    let brand = this.loaded.get(key);
    if (!brand) {
      brand = loadBrand(ref, dir);
      this.loaded.set(key, brand);
    }
    return brand;
  }
}

export interface LoadedProposal {
  proposal: Proposal;
  brand: LoadedBrand;
}

/**
 * Reads, validates and resolves one proposal file: the brand is loaded, each handle's platform is known,
 * each `from` history exists. Anything wrong is an InputError naming file:line:col.
 */
export async function loadProposal(path: string, cwd: string, brands: BrandCache, roots = new PathRoots()): Promise<LoadedProposal> {
  const file = displayPath(path, cwd);
  let text: string;
  try {
    text = (await readRegularFile(path, MAX_DATA_FILE_BYTES, file, 'proposal file')).toString('utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file}: cannot read the proposal file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const parsed = await parseDataText(file, text);
  const label = influencerLabel(parsed.data);
  // Every problem at once: the schema's, and what the schema cannot see (the brand, histories, handles), checked
  // on whatever parts of the file can be read, so a user fixes them in one round rather than one at a time.
  const checked = dataFileProblems(file, parsed, ProposalSchema, { label, what: 'a proposal' });
  const problems: DataFileProblem[] = 'problems' in checked ? [...checked.problems] : [];
  const at = (path: readonly PropertyKey[], message: string) => problems.push(problemAt(file, parsed, path, message, { label }));
  const raw = (parsed.data ?? {}) as { brand?: unknown; influencers?: unknown };
  const dir = dirname(path);
  const root = await roots.of(dir);
  /** `ref` resolved against the proposal's folder, or undefined (and a problem at `path`) when it leads outside the root. */
  const inside = async (ref: string, path: readonly PropertyKey[]): Promise<string | undefined> => {
    const resolved = await containedPath(root, dir, ref);
    if (resolved === undefined) at(path, outsideMessage(safeLine(ref), root, (p) => displayPath(p, cwd)));
    return resolved;
  };

  let brand: LoadedBrand | undefined;
  const brandRef = textAt(raw.brand);
  if (brandRef !== undefined && (!isProfilePath(brandRef) || (await inside(brandRef, ['brand'])))) {
    try {
      brand = await brands.get(brandRef, dir);
    } catch (error) {
      if (!(error instanceof VetError)) throw error;
      const [head, ...rest] = messageLines(error);
      at(['brand'], `${head}${error.hint ? ` (${error.hint})` : ''}`);
      // The profile's own problems, each on its line, right after the brand's (the sort below is stable).
      const brandProblem = problems.at(-1)!;
      for (const line of rest) problems.push({ ...brandProblem, text: line });
    }
  }

  const rawInfluencers = Array.isArray(raw.influencers) ? (raw.influencers as unknown[]) : [];
  for (const [index, item] of rawInfluencers.entries()) {
    const influencer = (item ?? {}) as { from?: unknown; handles?: unknown };
    const from = textAt(influencer.from);
    if (from !== undefined) {
      const fromAt = ['influencers', index, 'from'];
      const why = (await inside(from, fromAt)) && (await unreadable(resolve(dir, from)));
      if (why) at(fromAt, `cannot read the history "${safeLine(from)}" (${why}); the path is relative to the proposal file`);
      continue;
    }
    // Only handles that will be fetched must be ones their platform accepts (checked offline, by syntax);
    // a file: handle's history must be there, like a `from` (both are relative to the proposal).
    const handles = typeof influencer.handles === 'string' ? [influencer.handles] : Array.isArray(influencer.handles) ? (influencer.handles as unknown[]) : [];
    for (const [h, value] of handles.entries()) {
      const handle = textAt(value);
      if (handle === undefined || !/^[a-z][a-z0-9-]*:\S/i.test(handle)) continue; // the schema says what is wrong
      const handlePath = typeof influencer.handles === 'string' ? ['influencers', index, 'handles'] : ['influencers', index, 'handles', h];
      try {
        const { platform, rest } = checkHandle(handle);
        const why = platform === 'file' && (await inside(rest, handlePath)) ? await unreadable(resolve(dir, rest)) : undefined;
        if (why) at(handlePath, `cannot read the history "${safeLine(rest)}" (${why}); the path is relative to the proposal file`);
      } catch (error) {
        if (!(error instanceof VetError)) throw error;
        at(handlePath, error.message);
      }
    }
  }
  if (problems.length || !('data' in checked)) throw new InputError(problemList(problems, 10));
  const data = checked.data;

  const influencers: ProposalInfluencer[] = data.influencers.map((raw, index) => {
    const pos = parsed.locate(['influencers', index]) ?? { line: 1, col: 1 };
    const influencer: ProposalInfluencer = { index, name: raw.name, handles: raw.handles, line: pos.line, column: pos.col };
    if (raw.fee) influencer.fee = raw.fee;
    if (raw.from !== undefined) {
      influencer.from = raw.from;
      influencer.fromPath = resolve(dir, raw.from);
    }
    if (raw.columns) influencer.columns = raw.columns;
    return influencer;
  });

  const proposal: Proposal = {
    file,
    path,
    brand: data.brand,
    ...(data.campaign !== undefined ? { campaign: data.campaign } : {}),
    policy: { failOn: data.policy.failOn, ...(data.policy.since !== undefined ? { since: data.policy.since } : {}) },
    influencers,
  };
  return { proposal, brand: brand! };
}

/** Loads every file; all invalid files are reported together (one InputError, exit 2) before anything is vetted. */
export async function loadProposals(paths: readonly string[], cwd: string, brands = new BrandCache(), roots = new PathRoots()): Promise<LoadedProposal[]> {
  const loaded: LoadedProposal[] = [];
  const problems: string[] = [];
  let n = 0;
  for (const path of paths) {
    try {
      loaded.push(await loadProposal(path, cwd, brands, roots));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...messageLines(error));
      n++;
    }
  }
  if (problems.length) {
    throw new InputError([`${n === 1 ? 'a proposal file is' : `${n} proposal files are`} invalid:`, ...problems], {
      hint: 'see "CI: vet check" in the README for the proposal format',
    });
  }
  return loaded;
}

/** Why a history file cannot be read ("no such file", "not a file", an error code), or undefined when it can. */
async function unreadable(path: string): Promise<string | undefined> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
  if (!(info instanceof Error)) return info.isFile() ? undefined : 'not a file';
  return errnoText(info);
}
