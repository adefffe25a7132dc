#!/usr/bin/env node
// Thin launcher: everything lives in dist/ (built by `npm install` through the prepare script).
import { ignoreClosedReader } from '../dist/cli/io.js';

// `vet … | head`, or a closed standard error: stop writing quietly, keep the run's own exit code (README "Exit codes").
ignoreClosedReader(process.stdout);
ignoreClosedReader(process.stderr);

const argv = process.argv.slice(2);
const help = argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h') ? await savedHelp() : undefined;
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // The version alone, as the command line prints it, without loading the command line (commander and every
  // command's options): half of `vet --version`'s start-up over bare Node was that (README "Performance").
  const { vetVersion } = await import('../dist/version.js');
  process.stdout.write(`${vetVersion()}\n`);
} else if (help !== undefined) {
  // The same for the help, as the build saved it: loading commander and the command line's modules, and defining
  // every command and option, was ~40 ms of the ~54 ms `vet --help` took over bare Node (README "Performance").
  process.stdout.write(help);
} else {
  // No allocation-site pretenuring (see also keep() in src/vet.ts): V8 makes objects straight in the old generation at a place
  // in the code whose objects survived young collections so far, and the choice is never undone. Which places are
  // chosen depends on when collections happen to fall during start-up and the first posts: in about one run in five
  // a place that makes per-post objects was chosen, every post's garbage then went to the old generation (~1 MB a
  // scavenge), and peak RSS was ~45 MB higher (100k posts: 170 MB against 125 MB; 1M: 215 MB against 145 MB). Set
  // before the command line loads, so no choice is made at all; the run's speed is unchanged.
  (await import('node:v8')).setFlagsFromString('--no-allocation-site-pretenuring');
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    // A fixed clock for reproducible runs and tests: VET_NOW=2026-11-24T00:00:00Z.
    ...(process.env.VET_NOW ? { now: () => new Date(process.env.VET_NOW) } : {}),
  });
}

/**
 * `vet --help` as `npm run build` saved it from commander (dist/cli/help.txt, see scripts/help-text.mjs), when
 * commander would print the same text: it wraps help to 80 columns on a pipe or a file, and to the terminal's width
 * on a terminal. Undefined otherwise, or when the file is missing (a build by tsc alone): commander prints it then.
 */
async function savedHelp() {
  const width = (process.stdout.isTTY ? process.stdout.columns : undefined) ?? 80;
  if (width !== 80) return undefined;
  const { readFileSync } = await import('node:fs');
  try {
    return readFileSync(new URL('../dist/cli/help.txt', import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}
