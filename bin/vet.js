#!/usr/bin/env node
// Thin launcher: everything lives in dist/ (built by `npm install` through the prepare script).
import { ignoreClosedReader } from '../dist/cli/io.js';
import { main } from '../dist/cli/main.js';

// `vet … | head`, or a closed standard error: stop writing quietly, keep the run's own exit code (README "Exit codes").
ignoreClosedReader(process.stdout);
ignoreClosedReader(process.stderr);

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  // A fixed clock for reproducible runs and tests: VET_NOW=2026-11-24T00:00:00Z.
  ...(process.env.VET_NOW ? { now: () => new Date(process.env.VET_NOW) } : {}),
});
