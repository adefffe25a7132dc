import { Command, Option } from 'commander';
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
    .argument('[handle]', 'whose history to vet: weibo:<uid>, bsky:<handle>, mastodon:@user@host, rss:<url>, x:@name, file:<path>')
    .option('--from <file>', 'vet a history saved in a file (JSON Lines, JSON array or CSV) instead of fetching one')
    .option('-b, --brand <id|file>', 'built-in brand id (see "vet brands") or the path of your own profile (.yaml/.json)')
    .option('--since <date|duration>', 'only posts since this date (2024-01-31) or for this long (30d, 6w, 18m, 3y)')
    .option('--limit <n>', 'read at most this many posts from a platform (default 2000)')
    .addOption(new Option('--fail-on <level>', 'exit 1 when the verdict is at or above this level').choices(LEVELS).default('high'))
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json', 'markdown']).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--force', 'replace an existing --output / --save file')
    .option('--endpoint <name=url>', 'override a platform base URL (repeatable): weibo, weibo-web, bsky, mastodon, x', collect, [])
    .option('--no-cache', 'do not read or write the on-disk cache of fetched pages')
    .option('--refresh', 'fetch again even when the cache has the pages')
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

  // Further commands register here (check, batch, export).
  return program;
}
