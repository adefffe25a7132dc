import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { LEVELS, type Level } from '../types.js';
import { parseSince } from '../util/since.js';

/**
 * The option groups the commands share, declared once, and the typed objects their actions receive. Values are
 * checked as commander reads them (choices, numbers, durations), so a command never checks a flag again.
 */

export interface SourceFlags {
  /** Checked as read; turned into a date against the run's clock by sourceContext. */
  since?: string;
  limit?: number;
  endpoint: string[];
  cache: boolean;
  refresh?: boolean;
  verbose?: boolean;
}

export interface OutputFlags {
  output?: string;
  force?: boolean;
}

/** The audit store's flags (src/store): --no-store, --from-store, --full. */
export interface StoreFlags {
  store?: boolean;
  fromStore?: boolean;
  full?: boolean;
}

export interface VetFlags extends SourceFlags, OutputFlags, StoreFlags {
  from?: string;
  /** --columns as given (field=column,…): parsed by the command, so `vet --version` never loads the parser. */
  columns?: string;
  brand?: string;
  failOn: Level;
  /** Given on the command line (or the config file); the --output extension decides otherwise. */
  format?: string;
  save?: string;
  ignoreFile?: string;
  all?: boolean;
  color?: boolean;
  quiet?: boolean;
}

export interface ExportFlags extends SourceFlags, OutputFlags, StoreFlags {}

/** `vet history <handle>`. */
export interface HistoryFlags {
  brand?: string;
  format: 'text' | 'json';
  forget?: boolean;
}

/** `vet diff <handle>`: always recorded (no --no-store), so of the store's flags only --full. */
export interface DiffFlags extends SourceFlags, Pick<StoreFlags, 'full'> {
  brand?: string;
  format: 'text' | 'json';
}

export interface CheckFlags extends SourceFlags, StoreFlags {
  /** --root: the folder paths in proposals must stay inside. */
  root?: string;
  format: string[];
  output: string[];
  force?: boolean;
  failOn?: Level;
  ignoreFile?: string;
  writeBaseline?: boolean;
  color?: boolean;
  quiet?: boolean;
}

export interface BatchFlags extends SourceFlags, OutputFlags, StoreFlags {
  changesOnly?: boolean;
  /** --columns as given (field=column,…), for the rows' history files; parsed by the command. */
  columns?: string;
  /** --root: the folder paths in the roster must stay inside. */
  root?: string;
  brand?: string;
  format?: string;
  resume?: boolean;
  shard?: string;
  concurrency?: number;
  failOn: Level;
  timeout?: number;
  ignoreFile?: string;
  quiet?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function positiveInt(flag: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError(`${flag} "${value}" is not a whole number above 0`);
    return Number(value);
  };
}

export const sinceArg = (value: string): string => {
  parseSince(value, new Date(0));
  return value;
};

const ENDPOINT_HELP = 'override a platform base URL (repeatable): weibo, weibo-web, bsky, mastodon, x';

/** --since, --limit, --endpoint, --no-cache, --refresh: where and how much a command reads. */
export function addSourceOptions(cmd: Command, opts: { since?: string; limit?: string; refresh?: boolean } = {}): Command {
  cmd.addOption(new Option('--since <date|duration>', opts.since ?? 'only posts since this date (2024-01-31) or for this long (30d, 6w, 18m, 3y)').argParser(sinceArg));
  if (opts.limit) cmd.addOption(new Option('--limit <n>', opts.limit).argParser(positiveInt('--limit')));
  cmd.addOption(new Option('--endpoint <name=url>', ENDPOINT_HELP).argParser(collect).default([]));
  cmd.option('--no-cache', 'do not read or write the on-disk cache of fetched pages');
  if (opts.refresh !== false) cmd.option('--refresh', 'fetch again even when the cache has the pages');
  return cmd;
}

export function failOnOption(help: string, withDefault = true): Option {
  const option = new Option('--fail-on <level>', help).choices(LEVELS);
  return withDefault ? option.default('high') : option;
}

/** -f/--format with its choices; repeatable (paired with repeated --output) when `repeat`. */
export function formatOption(formats: readonly string[], help: string, opts: { fallback: string; repeat?: boolean }): Option {
  const option = new Option('-f, --format <format>', `${help} (default: ${opts.fallback}, or what the --output extension names)`).choices(formats);
  if (!opts.repeat) return option;
  const check = option.parseArg!;
  return option.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), check(value, undefined as never) as string]).default([]);
}

export function outputOptions(cmd: Command, help: { output: string; force: string; repeat?: boolean }): Command {
  const output = new Option('-o, --output <file>', help.output);
  cmd.addOption(help.repeat ? output.argParser(collect).default([]) : output);
  return cmd.option('--force', help.force);
}

export const QUIET_HELP = 'errors only on standard error: no notes, no "report written" line';
