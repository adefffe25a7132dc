import { Command, Option } from 'commander';
import { CHECK_FORMATS } from '../check/formats.js';
import { LEVELS } from '../types.js';
import { vetVersion } from '../version.js';
import type { CliIO } from './io.js';

/** Shared mutable result of a run: commands set the exit code here instead of exiting. */
export interface RunState {
  exitCode: number;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** The commander definition only: arguments, options and help. Actions import their modules lazily. */
export function buildProgram(io: CliIO, state: RunState): Command {
  const program = new Command('vet')
    .description(
      "Vet an influencer before a brand signs a partnership: reads the public post history, checks it for hostility\n" +
        "toward the brand, its fans and its people, and prints a risk verdict with the evidence.",
    )
    .version(vetVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`vet: ${s.replace(/^error: /, '')}`),
    })
    .showSuggestionAfterError(true)
    // Options after a subcommand belong to it: `vet check … --format sarif` must not hit vet's own --format.
    .enablePositionalOptions()
    .argument('[handle]', 'whose history to vet: weibo:<uid>, bsky:<handle>, mastodon:@user@host, rss:<url>, x:@name, file:<path>')
    .option('--from <file>', 'vet a history saved in a file (JSON Lines, JSON array or CSV) instead of fetching one')
    .option('-b, --brand <id|file>', 'built-in brand id (see "vet brands") or the path of your own profile (.yaml/.json)')
    .option('--since <date|duration>', 'only posts since this date (2024-01-31) or for this long (30d, 6w, 18m, 3y)')
    .option('--limit <n>', 'read at most this many posts from a platform (default 2000)')
    .addOption(new Option('--fail-on <level>', 'exit 1 when the verdict is at or above this level').choices(LEVELS).default('high'))
    .addOption(new Option('-f, --format <format>', 'report format (html: one self-contained page; pdf: printed by a system Chromium, needs --output)').choices(['text', 'json', 'markdown', 'html', 'pdf']).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--force', 'replace an existing --output / --save file')
    .option('--endpoint <name=url>', 'override a platform base URL (repeatable): weibo, weibo-web, bsky, mastodon, x', collect, [])
    .option('--no-cache', 'do not read or write the on-disk cache of fetched pages')
    .option('--refresh', 'fetch again even when the cache has the pages')
    .option('--no-store', 'do not record this audit in the audit store, nor compare with earlier ones (VET_STORE=off does the same)')
    .option('--full', 'fetch the whole history again instead of stopping at posts the audit store already holds')
    .option('--from-store', "vet the handle's history as the audit store holds it (deleted posts included), fetching nothing")
    .option('--save <dir>', 'write an evidence bundle: the history as fetched, the JSON report, vet version and profile hash')
    .option('--ignore-file <file>', 'reviewed findings to accept (default: .vetignore in the current folder, if present)')
    .option('--all', 'list every finding in the text report, including product criticism')
    .option('--no-color', 'no colours in the text report')
    .option('--verbose', 'explain what vet fetches and why, on standard error')
    .action(async (handle: string | undefined, options: Record<string, unknown>) => {
      const { runVet } = await import('./commands/vet.js');
      state.exitCode = await runVet(handle, options, io);
    });

  program
    .command('brands')
    .description('list the built-in brand profiles')
    .action(async () => {
      const { runBrands } = await import('./commands/brands.js');
      state.exitCode = await runBrands(io);
    });

  program
    .command('rules')
    .description('list the rules vet applies, with their ids, categories and severities')
    .action(async () => {
      const { runRules } = await import('./commands/rules.js');
      state.exitCode = await runRules(io);
    });

  program
    .command('explain')
    .description('show how vet reads one text: normalized form, names and cue words found, each pairing tried and why it was kept or dropped')
    .argument('<text>', 'the text of a post')
    .requiredOption('--brand <id|file>', 'built-in brand id (see "vet brands") or the path of a profile file')
    .option('--context <text>', 'the post it replies to, reposts or quotes')
    .option('--json', 'the same as JSON')
    .action(async (text: string, options: { brand?: string; context?: string; json?: boolean }) => {
      const { runExplain } = await import('./commands/explain.js');
      state.exitCode = await runExplain(text, options, io);
    });

  // Further commands register here (check, batch, export).

  // `vet report <file>`: re-renders a saved report (vet --format json) or a batch file (vet batch) for people.
  program
    .command('report')
    .description('re-render a saved report (vet --format json) or a vet batch JSON Lines file as HTML, text, Markdown or PDF')
    .argument('<file>', 'report.json (one report) or batch.jsonl (a comparison page of the candidates)')
    .addOption(new Option('-f, --format <format>', 'output format (pdf needs --output and a system Chromium)').choices(['html', 'text', 'markdown', 'pdf']).default('html'))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--force', 'replace an existing --output file')
    .option('--all', 'list every finding, including product criticism')
    .option('--no-color', 'no colours in the text report')
    .action(async (file: string, options: Record<string, unknown>) => {
      const { runReport } = await import('./commands/report.js');
      state.exitCode = await runReport(file, options, io);
    });

  // `vet batch <roster|->`: a whole roster, streaming one JSON Lines (or CSV) line per handle.
  program
    .command('batch')
    .description('vet every handle of a roster (text: one handle a line; CSV: handle,brand,from,name; - for stdin), one JSON line each')
    .argument('<input>', 'the roster file, or - to read it from standard input')
    .option('-b, --brand <id|file>', 'brand of the rows that name none (built-in id or profile path)')
    .addOption(new Option('-f, --format <format>', 'output format: JSON Lines (the vet --format json document plus handle) or a CSV summary').choices(['jsonl', 'csv']).default('jsonl'))
    .option('-o, --output <file>', 'write the lines to this file (kept if it exists, unless --force or --resume)')
    .option('--force', 'replace an existing --output file')
    .option('--resume', 'skip the handles already in --output and append the others (after a crash or Ctrl-C)')
    .option('--shard <i/n>', 'vet only the i-th of n deterministic shards of the roster (1 <= i <= n), for a CI matrix')
    .option('--concurrency <n>', 'handles vetted at once (default 8; at most 2 at once per platform host)')
    .addOption(new Option('--fail-on <level>', 'exit 1 when any handle is at or above this level').choices(LEVELS).default('high'))
    .option('--since <date|duration>', 'only posts since this date (2024-01-31) or for this long (30d, 6w, 18m, 3y)')
    .option('--limit <n>', 'read at most this many posts per handle (default 2000)')
    .option('--timeout <duration>', 'give up on a handle after this long (e.g. 90s, 5m); it gets an error line')
    .option('--endpoint <name=url>', 'override a platform base URL (repeatable): weibo, weibo-web, bsky, mastodon, x', collect, [])
    .option('--no-cache', 'do not read or write the on-disk cache of fetched pages')
    .option('--refresh', 'fetch again even when the cache has the pages')
    .option('--ignore-file <file>', 'reviewed findings to accept for every handle (default: .vetignore in the current folder, if present)')
    .option('--no-store', 'do not record the audits in the audit store, nor compare with earlier ones (VET_STORE=off does the same)')
    .option('--full', 'fetch whole histories again instead of stopping at posts the audit store already holds')
    .option('--changes-only', 'write a line only for a handle that changed since its last audit (deleted or edited posts, new hostile findings, another level) or failed')
    .option('--root <dir>', 'paths in the roster must stay inside this folder (default: the repository that holds the roster)')
    .option('-q, --quiet', 'no progress and no summary on standard error')
    .option('--verbose', 'one line per handle, and what vet fetches, on standard error')
    .action(async (input: string, options: Record<string, unknown>) => {
      const { runBatchCommand } = await import('./commands/batch.js');
      state.exitCode = await runBatchCommand(input, options, io);
    });

  // `vet export <handle>`: the fetched history as JSON Lines (the --from format), for archiving.
  program
    .command('export')
    .description('fetch a history and write it as JSON Lines (the --from format), to archive it or re-vet it offline')
    .argument('<handle>', 'whose history to fetch: weibo:<uid>, bsky:<handle>, mastodon:@user@host, rss:<url>, x:@name')
    .option('-o, --output <file>', 'write to this file instead of standard output (e.g. history.jsonl)')
    .option('--force', 'replace an existing --output file')
    .option('--since <date|duration>', 'only posts since this date (2024-01-31) or for this long (30d, 6w, 18m, 3y)')
    .option('--limit <n>', 'read at most this many posts (default 2000)')
    .option('--from-store', 'write what the audit store holds of the handle (deleted posts included) instead of fetching')
    .option('--endpoint <name=url>', 'override a platform base URL (repeatable): weibo, weibo-web, bsky, mastodon, x', collect, [])
    .option('--no-cache', 'do not read or write the on-disk cache of fetched pages')
    .option('--refresh', 'fetch again even when the cache has the pages')
    .option('--verbose', 'explain what vet fetches and why, on standard error')
    .action(async (handle: string, options: Record<string, unknown>) => {
      const { runExport } = await import('./commands/export.js');
      state.exitCode = await runExport(handle, options, io);
    });
  // `vet history` / `vet diff`: what the audit store remembers of a subject.
  program
    .command('history')
    .description('the audits of a subject over time, from the audit store (date, brand, level, score, posts, changes)')
    .argument('<handle>', 'the subject as vet takes it: weibo:<uid>, bsky:<handle>, ..., file:<path>')
    .option('-b, --brand <id>', 'only the audits for this brand id')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--forget', "remove everything the audit store holds of the subject (its posts, audits and findings)")
    .action(async (handle: string, options: Record<string, unknown>) => {
      const { runHistory } = await import('./commands/history.js');
      state.exitCode = await runHistory(handle, options, io);
    });
  program
    .command('diff')
    .description('audit a subject again and show only what changed since its last audit; exit 1 when something hostile is new or was deleted or edited')
    .argument('<handle>', 'the subject as vet takes it: weibo:<uid>, bsky:<handle>, ..., file:<path>')
    .option('-b, --brand <id|file>', 'brand to vet for (default: the brand of the last audit)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--since <date|duration>', 'only posts since this date (2024-01-31) or for this long (30d, 6w, 18m, 3y)')
    .option('--limit <n>', 'read at most this many posts from a platform (default 2000)')
    .option('--full', 'fetch the whole history again instead of stopping at posts the audit store already holds')
    .option('--endpoint <name=url>', 'override a platform base URL (repeatable): weibo, weibo-web, bsky, mastodon, x', collect, [])
    .option('--no-cache', 'do not read or write the on-disk cache of fetched pages')
    .option('--verbose', 'explain what vet fetches and why, on standard error')
    .action(async (handle: string, options: Record<string, unknown>) => {
      const { runDiff } = await import('./commands/diff.js');
      state.exitCode = await runDiff(handle, options, io);
    });

  program
    .command('check')
    .description('vet every influencer of partnership proposal files (YAML/JSON) for CI; exit 1 at or above fail-on')
    .argument('<files...>', 'proposal files, folders or quoted globs, e.g. "proposals/**/*.yaml"')
    .addOption(new Option('-f, --format <format>', 'report format').choices(CHECK_FORMATS).default('text'))
    .addOption(new Option('--fail-on <level>', "exit 1 at or above this level (overrides each proposal's policy.failOn)").choices(LEVELS))
    .option('--since <date|duration>', "only posts since this date or for this long (overrides each proposal's policy.since)")
    .option('--ignore-file <file>', 'reviewed findings to accept (default: .vetignore in the current folder, if present)')
    .option('--root <dir>', 'paths in proposals must stay inside this folder (default: the repository that holds each proposal)')
    .option('--write-baseline', 'accept every current finding: write them to the ignore file (first adoption)')
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--force', 'replace an existing --output file, or the ignore file with --write-baseline')
    .option('--endpoint <name=url>', 'override a platform base URL (repeatable): weibo, weibo-web, bsky, mastodon, x', collect, [])
    .option('--no-cache', 'do not read or write the on-disk cache of fetched pages')
    .option('--no-store', 'do not record the audits in the audit store, nor compare with earlier ones (VET_STORE=off does the same)')
    .option('--no-color', 'no colours in the text report')
    .option('--verbose', 'explain what vet fetches and why, on standard error')
    .action(async (files: string[], options: Record<string, unknown>) => {
      const { runCheck } = await import('./commands/check.js');
      state.exitCode = await runCheck(files, options, io);
    });

  return program;
}
