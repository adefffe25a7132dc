import type { z } from 'zod';
import { InputError } from '../errors.js';
import type { ParsedDataFile } from '../util/data-file.js';

/**
 * validateDataFile (src/util/data-file.ts) with one difference: an unknown key is located at the key's own
 * line, not at the start of the mapping that holds it, so "unknown key" errors point at the typo.
 * (Proposed upstream in the helper report; this can go once validateDataFile does the same.)
 */
export function validateWithPositions<S extends z.ZodType>(file: string, parsed: ParsedDataFile, schema: S): z.output<S> {
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  const lines = result.error.issues.slice(0, 5).map((issue) => {
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const pos = parsed.locate(unknownKeys.length ? [...issue.path, unknownKeys[0]!] : issue.path);
    const where = pos ? `${file}:${pos.line}:${pos.col}` : file;
    const field = issue.path.length ? issue.path.join('.') : '(top level)';
    const message = unknownKeys.length ? `unknown key${unknownKeys.length > 1 ? 's' : ''} ${unknownKeys.map((k) => `"${k}"`).join(', ')}` : issue.message;
    return `${where}: ${field}: ${message}`;
  });
  const more = result.error.issues.length > 5 ? `\n(and ${result.error.issues.length - 5} more problems)` : '';
  throw new InputError(lines.join('\n') + more);
}
