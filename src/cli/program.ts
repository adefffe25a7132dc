import { Command, CommanderError, Option } from 'commander';
import { CHECK_FORMATS } from '../check/formats.js';
import { vetVersion } from '../version.js';
import {
  addSourceOptions,
  failOnOption,
  formatOption,
  outputOptions,
  positiveInt,
  QUIET_HELP,
  sinceArg,
  type BatchFlags,
  type CheckFlags,
  type DiffFlags,
  type ExportFlags,
  type HistoryFlags,
  type VetFlags,
} from './flags.js';
import { BATCH_OUTPUT_FORMATS, VET_FORMATS } from './formats.js';
import type { CliIO } from './io.js';
import { parseTimeout } from './options.js';

/**
 * `vet --help` exactly as commander writes it to a pipe or a file (no terminal: 80 columns, no colours). `npm run
 * build` saves it as dist/cli/help.txt (scripts/help-text.mjs), which bin/vet.js prints without loading the command line.
 */
export async function pipedHelp(): Promise<string> {
  const out: string[] = [];
  const io: CliIO = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: () => true }, env: {}, cwd: '.' };
  const program = buildProgram(io, { exitCode: 0 }).configureOutput({ getOutHelpWidth: () => 80, getOutHasColors: () => false });
  try {
    await program.parseAsync(['--help'], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError && error.exitCode === 0)) throw error;
  }
  return out.join('');
}

/** Shared mutable result of a run: commands set the exit code here instead of exiting. */
export interface RunState {
  exitCode: number;
}

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
    .option('--columns <map>', 'field=column,…: the CSV columns of --from that hold vet\'s fields, e.g. id=post_id,text=content,createdAt=date')
    .option('-b, --brand <id|file>', 'built-in brand id (see "vet brands") or the path of your own profile (.yaml/.json)');
  addSourceOptions(program, { limit: 'read at most this many posts from a platform (default 2000)' })
    .addOption(failOnOption('exit 1 when the verdict is at or above this level'))
    .addOption(formatOption(VET_FORMATS, 'report format (html: one self-contained page; pdf: printed by a system Chromium, needs --output)', { fallback: 'text' }));
  outputOptions(program, { output: 'write the report to a file instead of standard output (.json, .md choose the format)', force: 'replace an existing --output / --save file' })
    .option('--no-store', 'do not record this audit in the audit store, nor compare with earlier ones (VET_STORE=off does the same)')
    .option('--full', 'fetch the whole history again instead of stopping at posts the audit store already holds')
    .option('--from-store', "vet the handle's history as the audit store holds it (deleted posts included), fetching nothing")
    .option('--save <dir>', 'write an evidence bundle: the history as fetched, the JSON report, vet version and profile hash')
    .option('--ignore-file <file>', 'reviewed findings to accept (default: .vetignore in the current folder, if present)')
    .option('--all', 'list every finding in the text report, including product criticism')
    .option('--no-color', 'no colours in the text report')
    .option('-q, --quiet', QUIET_HELP)
    .option('--verbose', 'explain what vet fetches and why, on standard error')
    // Extra arguments reach the action, which says what they probably were (`vet chek file.yaml`: a command).
    .allowExcessArguments()
    .action(async (handle: string | undefined, options: VetFlags, command: Command) => {
      const { runVet } = await import('./commands/vet.js');
      state.exitCode = await runVet(handle, options, io, command.args.slice(1));
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
    .option('--context-author <handle>', "that post's author (a reply's \"you\" speaks to them)")
    .option('--json', 'the same as JSON')
    .action(async (text: string, options: { brand?: string; context?: string; contextAuthor?: string; json?: boolean }) => {
      const { runExplain } = await import('./commands/explain.js');
      state.exitCode = await runExplain(text, options, io);
    });

  const profile = program.command('profile').description('check a brand profile you wrote, or try it on a text');
  profile
    .command('check')
    .description('warn about terms that make ordinary posts match: plain-word slurs, terms inside terms, short CJK terms without homonyms')
    .argument('<file>', 'the profile (.yaml/.json)')
    .action(async (file: string) => {
      const { runProfileCheck } = await import('./commands/profile.js');
      state.exitCode = await runProfileCheck(file, io);
    });
  profile
    .command('try')
    .description('vet one text with the profile and show what matches, by rule and target')
    .argument('<file>', 'the profile (.yaml/.json), or a built-in id')
    .argument('<text>', 'the text of a post, quoted')
    .action(async (file: string, text: string) => {
      const { runProfileTry } = await import('./commands/profile.js');
      state.exitCode = await runProfileTry(file, text, io);
    });

  // The config file (vet.config.yaml, .vetrc.yaml, package.json#vet), read before the commands that vet.
  program.hook('preAction', async (_program, action) => {
    if (!['vet', 'check', 'batch', 'export'].includes(action.name())) return;
    const { applyConfig } = await import('./config.js');
    const found = await applyConfig(action, io);
    if (found && action.getOptionValue('verbose') === true) io.stderr.write(`vet: settings from ${found.file} (flags win over them)\n`);
  });

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
  const batch = program
    .command('batch')
    .description('vet every handle of a roster (text: one handle a line; CSV: handle,brand,from,name; - for stdin), one JSON line each')
    .argument('<input>', 'the roster file, or - to read it from standard input')
    .option('-b, --brand <id|file>', 'brand of the rows that name none (built-in id or profile path)')
    .addOption(formatOption(BATCH_OUTPUT_FORMATS, 'output format: JSON Lines (the vet --format json document plus handle) or a CSV summary', { fallback: 'jsonl' }));
  outputOptions(batch, { output: 'write the lines to this file (kept if it exists, unless --force or --resume; .csv chooses CSV)', force: 'replace an existing --output file' })
    .option('--resume', 'skip the handles already in --output and append the others (after a crash or Ctrl-C)')
    .option('--shard <i/n>', 'vet only the i-th of n deterministic shards of the roster (1 <= i <= n), for a CI matrix')
    .addOption(new Option('--concurrency <n>', 'handles vetted at once (default 8; at most 2 at once per platform host)').argParser(positiveInt('--concurrency')))
    .addOption(failOnOption('exit 1 when any handle is at or above this level'))
    .addOption(new Option('--timeout <duration>', 'give up on a handle after this long (e.g. 90s, 5m); it gets an error line').argParser(parseTimeout));
  addSourceOptions(batch, { limit: 'read at most this many posts per handle (default 2000)' })
    .option('--ignore-file <file>', 'reviewed findings to accept for every handle (default: .vetignore in the current folder, if present)')
    .option('--no-store', 'do not record the audits in the audit store, nor compare with earlier ones (VET_STORE=off does the same)')
    .option('--full', 'fetch whole histories again instead of stopping at posts the audit store already holds')
    .option('--columns <map>', 'the CSV columns of the rows\' history files (from, file:) that hold vet\'s fields, e.g. id=post_id,text=content')
    .option('--changes-only', 'write a line only for a handle that changed since its last audit (deleted or edited posts, new hostile findings, another level) or failed')
    .option('--root <dir>', 'paths in the roster must stay inside this folder (default: the repository that holds the roster)')
    .option('-q, --quiet', 'no progress and no summary on standard error')
    .option('--verbose', 'one line per handle, and what vet fetches, on standard error')
    .action(async (input: string, options: BatchFlags) => {
      const { runBatchCommand } = await import('./commands/batch.js');
      state.exitCode = await runBatchCommand(input, options, io);
    });

  // `vet export <handle>`: the fetched history as JSON Lines (the --from format), for archiving.
  const exportCommand = program
    .command('export')
    .description('fetch a history and write it as JSON Lines (the --from format), to archive it or re-vet it offline')
    .argument('<handle>', 'whose history to fetch: weibo:<uid>, bsky:<handle>, mastodon:@user@host, rss:<url>, x:@name');
  outputOptions(exportCommand, { output: 'write to this file instead of standard output (e.g. history.jsonl)', force: 'replace an existing --output file' });
  addSourceOptions(exportCommand, { limit: 'read at most this many posts (default 2000)' })
    .option('--from-store', 'write what the audit store holds of the handle (deleted posts included) instead of fetching')
    .option('--verbose', 'explain what vet fetches and why, on standard error')
    .action(async (handle: string, options: ExportFlags) => {
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
    .action(async (handle: string, options: HistoryFlags) => {
      const { runHistory } = await import('./commands/history.js');
      state.exitCode = await runHistory(handle, options, io);
    });
  const diff = program
    .command('diff')
    .description('audit a subject again and show only what changed since its last audit; exit 1 when something hostile is new or was deleted or edited')
    .argument('<handle>', 'the subject as vet takes it: weibo:<uid>, bsky:<handle>, ..., file:<path>')
    .option('-b, --brand <id|file>', 'brand to vet for (default: the brand of the last audit)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'));
  addSourceOptions(diff, { limit: 'read at most this many posts from a platform (default 2000)', refresh: false })
    .option('--full', 'fetch the whole history again instead of stopping at posts the audit store already holds')
    .option('--verbose', 'explain what vet fetches and why, on standard error')
    .action(async (handle: string, options: DiffFlags) => {
      const { runDiff } = await import('./commands/diff.js');
      state.exitCode = await runDiff(handle, options, io);
    });

  const check = program
    .command('check')
    .description('vet every influencer of partnership proposal files (YAML/JSON) for CI; exit 1 at or above fail-on')
    .argument('<files...>', 'proposal files, folders or quoted globs, e.g. "proposals/**/*.yaml"')
    .addOption(formatOption(CHECK_FORMATS, 'report format; repeat with --output for several reports in one run', { fallback: 'text', repeat: true }))
    .addOption(failOnOption("exit 1 at or above this level (overrides each proposal's policy.failOn)", false));
  addSourceOptions(check, { since: "only posts since this date or for this long (overrides each proposal's policy.since)", refresh: false })
    .option('--ignore-file <file>', 'reviewed findings to accept (default: .vetignore in the current folder, if present)')
    .option('--root <dir>', 'paths in proposals must stay inside this folder (default: the repository that holds each proposal)')
    .option('--write-baseline', 'accept every current finding: write them to the ignore file (first adoption)');
  outputOptions(check, {
    output: 'write the report to a file instead of standard output (repeatable; .json .md .sarif .xml choose the format)',
    force: 'replace an existing --output file, or the ignore file with --write-baseline',
    repeat: true,
  })
    .option('--no-store', 'do not record the audits in the audit store, nor compare with earlier ones (VET_STORE=off does the same)')
    .option('--no-color', 'no colours in the text report')
    .option('-q, --quiet', QUIET_HELP)
    .option('--verbose', 'explain what vet fetches and why, on standard error')
    .action(async (files: string[], options: CheckFlags) => {
      const { runCheck } = await import('./commands/check.js');
      state.exitCode = await runCheck(files, options, io);
    });

  return program;
}
