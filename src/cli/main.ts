import { ExitCode, VetError } from '../errors.js';
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
      io.stderr.write(`vet: ${error.message}\n`);
      if (error.hint) io.stderr.write(`hint: ${error.hint}\n`);
      return error.exitCode;
    }
    io.stderr.write(`vet: unexpected error, please report it: ${(error as Error)?.stack ?? String(error)}\n`);
    return ExitCode.Usage;
  }
}
