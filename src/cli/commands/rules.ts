import { ExitCode } from '../../errors.js';
import { catalogueLine } from '../../rules/describe.js';
import { RULES } from '../../rules/index.js';
import type { CliIO } from '../io.js';

/** `vet rules`: the rule catalogue. */
export async function runRules(io: CliIO): Promise<number> {
  for (const rule of RULES) {
    io.stdout.write(`${rule.id.padEnd(26)} ${rule.severity.padEnd(8)} ${rule.category.padEnd(19)} ${catalogueLine(rule)}\n`);
  }
  return ExitCode.Ok;
}
