#!/usr/bin/env node
// Thin launcher: everything lives in dist/ (built by `npm install` through the prepare script).
import { ignoreClosedReader } from '../dist/cli/io.js';

// `vet … | head`, or a closed standard error: stop writing quietly, keep the run's own exit code (README "Exit codes").
ignoreClosedReader(process.stdout);
ignoreClosedReader(process.stderr);

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // The version alone, as the command line prints it, without loading the command line (commander and every
  // command's options): half of `vet --version`'s start-up over bare Node was that (README "Performance").
  const { vetVersion } = await import('../dist/version.js');
  process.stdout.write(`${vetVersion()}\n`);
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
