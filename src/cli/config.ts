import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { LEVELS } from '../types.js';
import { dataFileProblems, parseDataText, problemList } from '../util/data-file.js';
import { isSince } from '../util/since.js';
import type { CliIO } from './io.js';

/**
 * The config file: settings a team keeps in its repository so every run uses them without flags, as ESLint,
 * semgrep or knip read theirs. Found upward from the working folder (to the home folder); the first of
 * vet.config.yaml, vet.config.yml, vet.config.json, .vetrc.yaml, .vetrc.yml, .vetrc.json, or a "vet" key in
 * package.json. Flags win over it; it wins over the defaults. Paths in it are relative to the file.
 */
export const CONFIG_FILES = ['vet.config.yaml', 'vet.config.yml', 'vet.config.json', '.vetrc.yaml', '.vetrc.yml', '.vetrc.json', 'package.json'];

export const ConfigSchema = z
  .object({
    /** The JSON Schema of the file, for editors (schemas/config.schema.json); not read by vet. */
    $schema: z.string().optional(),
    brand: z.string({ error: 'must be a built-in brand id such as xiaomi, or the path of a profile file' }).trim().min(1, 'must not be empty').optional(),
    failOn: z.enum(LEVELS, { error: `must be one of ${LEVELS.join(', ')}` }).optional(),
    since: z
      .string({ error: 'must be a date (2024-01-31) or a duration (30d, 6w, 18m, 3y)' })
      .trim()
      .refine(isSince, 'must be a date (2024-01-31) or a duration (30d, 6w, 18m, 3y)')
      .optional(),
    ignoreFile: z.string({ error: 'must be the path of a reviewed-findings file' }).trim().min(1, 'must not be empty').optional(),
    endpoints: z
      .record(z.string(), z.string({ error: 'must be an http(s) URL' }).regex(/^https?:\/\//i, 'must be an http(s) URL, e.g. http://127.0.0.1:8080'), {
        error: 'must be a mapping of platform name to base URL, e.g. { weibo: http://127.0.0.1:8080 }',
      })
      .optional(),
  }, { error: 'must be a mapping with brand, failOn, since, ignoreFile and endpoints' })
  .strict();
export type VetConfig = z.output<typeof ConfigSchema>;

export interface FoundConfig {
  /** As shown in messages: relative to the working folder when inside it. */
  file: string;
  dir: string;
  config: VetConfig;
}

/** Finds and validates the config file that applies to `cwd`, or undefined when there is none. */
export async function findConfig(cwd: string, env: CliIO['env']): Promise<FoundConfig | undefined> {
  const { lilconfig } = await import('lilconfig');
  const raw = (_path: string, content: string) => content;
  const searcher = lilconfig('vet', {
    searchPlaces: CONFIG_FILES,
    loaders: { '.yaml': raw, '.yml': raw },
    ...(env.HOME ? { stopDir: env.HOME } : {}),
    cache: false,
  });
  const found = await searcher.search(cwd);
  if (!found || found.isEmpty) return undefined;
  const path = found.filepath;
  const rel = relative(cwd, path);
  const file = rel && !rel.startsWith('..') ? rel : path;
  const text = await readFile(path, 'utf8');
  const parsed = await parseDataText(file, text);
  const inPackage = path.endsWith('package.json');
  const schema = inPackage ? z.object({ vet: ConfigSchema }).loose() : ConfigSchema;
  const checked = dataFileProblems(file, parsed, schema);
  if ('problems' in checked) throw new InputError(problemList(checked.problems), { hint: 'see "Config file" in the README' });
  const config = inPackage ? (checked.data as { vet: VetConfig }).vet : (checked.data as VetConfig);
  return { file, dir: dirname(path), config };
}

/** A brand reference that is a path (not a built-in id), resolved against the config file's folder. */
const brandRef = (ref: string, dir: string) => (/[\\/]/.test(ref) || /\.(ya?ml|json)$/i.test(ref) ? resolve(dir, ref) : ref);

/**
 * Applies the config file to a command's options where the command line gave none: a flag always wins.
 * `--endpoint` flags and VET_ENDPOINT_<NAME> variables win over the file's `endpoints`, name by name.
 */
export async function applyConfig(command: Command, io: CliIO): Promise<FoundConfig | undefined> {
  const found = await findConfig(io.cwd, io.env);
  if (!found) return undefined;
  const { config, dir } = found;
  const has = (key: string) => command.options.some((o) => o.attributeName() === key);
  const unset = (key: string) => has(key) && ['default', undefined].includes(command.getOptionValueSource(key));
  const set = (key: string, value: unknown) => command.setOptionValueWithSource(key, value, 'config');
  if (config.brand !== undefined && unset('brand')) set('brand', brandRef(config.brand, dir));
  // vet check takes fail-on and since from each proposal's policy; the file does not override a proposal.
  const policyCommand = command.name() === 'check';
  if (config.failOn !== undefined && !policyCommand && unset('failOn')) set('failOn', config.failOn);
  if (config.since !== undefined && !policyCommand && unset('since')) set('since', config.since);
  if (config.ignoreFile !== undefined && unset('ignoreFile')) set('ignoreFile', resolve(dir, config.ignoreFile));
  if (config.endpoints && has('endpoint')) {
    const fromEnv = (name: string) => Boolean(io.env[`VET_ENDPOINT_${name.toUpperCase().replace(/-/g, '_')}`]);
    const fileEntries = Object.entries(config.endpoints).filter(([name]) => !fromEnv(name)).map(([name, url]) => `${name}=${url}`);
    // parseEndpoints applies entries in order, the last one for a name winning: the file's first, the flags after.
    set('endpoint', [...fileEntries, ...((command.getOptionValue('endpoint') as string[] | undefined) ?? [])]);
  }
  return found;
}
