import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { isProfilePath, loadBrand, type LoadedBrand } from '../brands/load.js';
import { VetError } from '../errors.js';
import { safeLine } from '../report/sanitize.js';
import { containedPath, outsideMessage, repositoryRoot } from '../util/contained.js';
import { parseMastodonHandle } from '../sources/handles.js';
import { handleProblem, splitHandle } from '../sources/index.js';
import { parseRoster, type RosterFormat } from './input.js';
import { inShard, type Shard } from './shard.js';
import { jobKey, type BatchJob, type RosterRow } from './types.js';
import { errnoText } from '../util/errno.js';

/**
 * Everything about a roster that can be wrong is found here, before any handle is vetted: an unknown
 * platform prefix, an empty handle, a handle its platform does not accept (weibo:abc), bad CSV, an unknown
 * brand or invalid profile, a missing `file:` or `from` history. Every row is checked (not only the selected shard's), so all jobs of a CI matrix fail
 * the same way on a bad roster.
 */

export interface PlanInput {
  /** The roster's text (already decoded). */
  text: string;
  /** How messages name the roster: the path as given, or "stdin". */
  file: string;
  /** Folder that `from` paths, `file:` handles and brand files in rows are relative to. */
  baseDir: string;
  /** Folder those paths must stay inside (--root); default the repository above baseDir (../util/contained.ts). */
  root?: string;
  /** The user's working folder: paths in messages are shown relative to it. */
  cwd: string;
  /** --brand: the brand of rows that name none. */
  defaultBrand?: LoadedBrand;
  shard?: Shard;
  /** Platform base URL overrides (--endpoint): they decide which host a lane is. */
  endpoints: Record<string, string>;
}

export interface Plan {
  format: RosterFormat;
  /** Rows of the selected shard, deduplicated, in roster order. */
  jobs: BatchJob[];
  /** Rows in the roster (every shard). */
  rows: number;
  /** Valid, deduplicated handles left out because they belong to other shards (--shard). */
  otherShards: number;
  /** Notes for stderr (duplicate rows skipped). */
  notes: string[];
  /** Problems found: when any, nothing may run. */
  problems: string[];
}

export async function planBatch(input: PlanInput): Promise<Plan> {
  const parsed = await parseRoster(input.text, input.file);
  // Paths in rows are relative to the roster's folder; a roster read from standard input has none.
  const base = input.file === 'stdin' ? 'the working folder' : 'the roster';
  const problems = [...parsed.problems];
  const notes: string[] = [];
  const brands = new Map<string, Promise<LoadedBrand>>();
  const loadRowBrand = (ref: string) => {
    // Profile paths in a row are relative to the roster; built-in ids are not paths.
    const key = isProfilePath(ref) ? resolve(input.baseDir, ref) : ref.toLowerCase();
    let brand = brands.get(key);
    if (!brand) {
      brand = loadBrand(ref, input.baseDir);
      brands.set(key, brand);
      brand.catch(() => {});
    }
    return brand;
  };
  const files = new Map<string, Promise<string | undefined>>();
  const checkFile = (path: string) => {
    let result = files.get(path);
    if (!result) {
      result = stat(path).then(
        (info) => (info.isFile() ? undefined : 'is not a file'),
        (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? 'does not exist' : `cannot be read (${errnoText(error)})`),
      );
      files.set(path, result);
    }
    return result;
  };
  const shown = (path: string) => {
    const rel = relative(input.cwd, path);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  };
  const root = input.root ?? (await repositoryRoot(input.baseDir));
  /** The problem of a path in a row that leads outside the root, if it does. */
  const outside = async (ref: string, what: string): Promise<string | undefined> =>
    (await containedPath(root, input.baseDir, ref)) === undefined ? `${what}${outsideMessage(safeLine(ref), root, shown)}` : undefined;

  const checked = await Promise.all(
    parsed.rows.map(async (row): Promise<{ row: RosterRow; job?: BatchJob; problem?: string; noBrand?: boolean }> => {
      const at = `${input.file}:${row.line}`;
      let platform: string;
      let rest: string;
      try {
        ({ platform, rest } = splitHandle(row.handle));
      } catch (error) {
        if (!(error instanceof VetError)) throw error;
        return { row, problem: `${at}: "${safeLine(row.handle)}" does not start with a platform vet knows; ${knownForms(error.message)}` };
      }
      if (rest.trim() === '') return { row, problem: `${at}: the handle "${safeLine(row.handle)}" names no account after "${platform}:"` };
      // The adapter's own syntax (no adapter loaded), so a malformed handle fails here, not as a `usage`
      // line when its turn comes. A row with `from` is never fetched: its handle only labels the output.
      if (!row.from) {
        const malformed = handleProblem(platform, rest);
        if (malformed) return { row, problem: `${at}: ${safeLine(malformed.message)}` };
      }
      let fromPath: string | undefined;
      let lane: string | undefined;
      if (row.from) {
        const escapes = await outside(row.from, 'from: ');
        if (escapes) return { row, problem: `${at}: ${escapes}` };
        const path = resolve(input.baseDir, row.from);
        const why = await checkFile(path);
        if (why) return { row, problem: `${at}: from: the history file ${safeLine(shown(path))} ${why} (a from path is relative to ${base})` };
        fromPath = path;
      } else if (platform === 'file') {
        const escapes = await outside(rest, '');
        if (escapes) return { row, problem: `${at}: ${escapes}` };
        const path = resolve(input.baseDir, rest);
        const why = await checkFile(path);
        if (why) return { row, problem: `${at}: the history file ${safeLine(shown(path))} of "${safeLine(row.handle)}" ${why} (file: paths are relative to ${base})` };
        fromPath = path;
      } else {
        lane = laneOf(platform, rest, input.endpoints);
      }

      let brand: LoadedBrand;
      if (row.brand) {
        const escapes = isProfilePath(row.brand) ? await outside(row.brand, 'brand: ') : undefined;
        if (escapes) return { row, problem: `${at}: ${escapes}` };
        try {
          brand = await loadRowBrand(row.brand);
        } catch (error) {
          if (!(error instanceof VetError)) throw error;
          return { row, problem: `${at}: brand: ${error.message}` };
        }
      } else if (input.defaultBrand) {
        brand = input.defaultBrand;
      } else {
        return { row, noBrand: true, problem: `${at}: no brand for "${safeLine(row.handle)}": pass --brand <id|file>, or give the row a brand column value` };
      }
      const job: BatchJob = { line: row.line, handle: row.handle, brand };
      if (row.name) job.name = row.name;
      if (fromPath) job.fromPath = fromPath;
      if (lane) job.lane = lane;
      return { row, job };
    }),
  );

  const seen = new Map<string, number>();
  const jobs: BatchJob[] = [];
  let otherShards = 0;
  // Rows without a brand are one problem, not one line each: the fix (--brand) is the same for all.
  const noBrand = checked.filter((c) => c.noBrand);
  if (noBrand.length > 1) {
    const lines = noBrand.map((c) => c.row.line);
    const shown = lines.length > 8 ? `${lines.slice(0, 8).join(', ')}…` : lines.join(', ');
    problems.push(`${input.file}: ${noBrand.length} rows name no brand (lines ${shown}): pass --brand <id|file>, or give the rows a brand column value`);
  }
  for (const { row, job, problem, noBrand: brandless } of checked) {
    if (brandless && noBrand.length > 1) continue;
    if (problem) {
      problems.push(problem);
      continue;
    }
    const key = jobKey(job!.handle, job!.brand.profile.id);
    const first = seen.get(key);
    if (first !== undefined) {
      notes.push(`${input.file}:${row.line}: ${safeLine(row.handle)} for ${job!.brand.profile.id} is already listed on line ${first}; skipped`);
      continue;
    }
    seen.set(key, row.line);
    if (inShard(job!.handle, input.shard)) jobs.push(job!);
    else otherShards++;
  }
  problems.sort((a, b) => lineOf(a) - lineOf(b));
  return { format: parsed.format, jobs, rows: parsed.rows.length + parsed.problems.length, otherShards, notes, problems };
}

const lineOf = (message: string): number => Number(/:(\d+):/.exec(message)?.[1] ?? 0);

function knownForms(message: string): string {
  const forms = /forms: (.*)$/.exec(message)?.[1];
  return forms ? `write it as one of ${forms}` : message;
}

/**
 * The concurrency lane of a handle: the platform host its requests go to. Mastodon and feeds live on
 * many hosts, so each host is its own lane; the others are one service each.
 */
export function laneOf(platform: string, rest: string, endpoints: Record<string, string>): string | undefined {
  if (platform === 'file') return undefined;
  if (platform === 'mastodon') {
    const override = endpoints.mastodon;
    return `mastodon:${(override ? hostOf(override) : mastodonInstance(rest)) ?? rest}`;
  }
  if (platform === 'rss') return `rss:${hostOf(rest) ?? rest}`;
  return platform;
}

/** The instance of a Mastodon handle in any form the adapter accepts (https://host/@user too). */
function mastodonInstance(rest: string): string | undefined {
  try {
    return parseMastodonHandle(rest).instance;
  } catch {
    return rest.replace(/^@/, '').split('@')[1]?.toLowerCase();
  }
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}
