import { ExitCode, messageLines, VetError } from '../errors.js';
import { safeLine } from '../report/sanitize.js';
import type { CliIO } from './io.js';
import { buildProgram } from './program.js';

/**
 * Parses argv, runs the command and returns the exit code; never calls process.exit, so it is testable
 * in-process. Expected errors print as one line (plus a hint); anything else is a bug and keeps its stack.
 */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const { CommanderError } = await import('commander');
  const state = { exitCode: ExitCode.Ok as number };
  const program = buildProgram(io, state);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    }
    if (error instanceof VetError) {
      // Messages quote what others wrote (file names, a server's page title, a roster's handle): shown, never
      // obeyed. A line break inside one is shown as ⏎, and every line starts with "vet: ", so a server's
      // "\n::error …" or a file named "::error …" cannot start a line and become a CI annotation.
      for (const line of messageLines(error)) io.stderr.write(`vet: ${safeLine(line)}\n`);
      if (error.hint) io.stderr.write(`hint: ${safeLine(error.hint)}\n`);
      return error.exitCode;
    }
    io.stderr.write(`vet: unexpected error, please report it: ${(error as Error)?.stack ?? String(error)}\n`);
    return ExitCode.Usage;
  }
}
