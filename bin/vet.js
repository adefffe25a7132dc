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
