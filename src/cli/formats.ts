import { extname } from 'node:path';
import { UsageError } from '../errors.js';

/**
 * Report formats by command, and which format an --output file's extension names. Kept free of reporter
 * imports: the CLI definition lists the formats at start-up.
 */
export const VET_FORMATS = ['text', 'json', 'markdown', 'html', 'pdf'] as const;
export type VetFormat = (typeof VET_FORMATS)[number];
export const BATCH_OUTPUT_FORMATS = ['jsonl', 'csv'] as const;

/** Extensions that name one format. An extension not listed (.txt, .out, none) leaves the choice to --format. */
const EXTENSION_FORMATS: Record<string, string> = {
  '.json': 'json',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.sarif': 'sarif',
  '.xml': 'junit',
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
};

/** The format a file name's extension names, if it names one (`report.md` → markdown). */
export function formatOfExtension(file: string): string | undefined {
  return EXTENSION_FORMATS[extname(file).toLowerCase()];
}

/** One report to write: a format, and a file (standard output when none). */
export interface OutputPlan<F extends string> {
  format: F;
  output?: string;
}

/**
 * Pairs `--format` and `--output` values: `-o report.md` alone writes markdown (the extension names the
 * format); `-f sarif -o vet.sarif -f junit -o junit.xml` writes both (paired in order, as semgrep does);
 * `-f json -o report.md` is refused (the extension contradicts the format), and so is an extension that names
 * a format this command does not write (`vet -o vet.sarif`). No --output: one format, to standard output;
 * `-o -` is standard output too, so one run can annotate a CI log and write a file (`-f github -o - -f sarif -o
 * vet.sarif`).
 */
export function planOutputs<F extends string>(
  command: string,
  formats: readonly F[],
  outputs: readonly string[],
  known: readonly F[],
  fallback: F,
): OutputPlan<F>[] {
  if (outputs.length === 0) {
    if (formats.length > 1) {
      throw new UsageError(`${formats.length} --format values but no --output; give each format its file, e.g. -f ${formats[0]} -o report.${extensionOf(formats[0]!)} -f ${formats[1]} -o report.${extensionOf(formats[1]!)}`);
    }
    return [{ format: formats[0] ?? fallback }];
  }
  if (formats.length > 0 && formats.length !== outputs.length) {
    throw new UsageError(`${formats.length} --format and ${outputs.length} --output values; pair them in order (-f sarif -o vet.sarif -f junit -o junit.xml), or leave out --format and let each file's extension choose`);
  }
  const seen = new Set<string>();
  return outputs.map((output, i) => {
    if (seen.has(output)) throw new UsageError(`--output ${output} is given twice`);
    seen.add(output);
    const explicit = formats[i];
    if (output === '-') return { format: explicit ?? fallback };
    const named = formatOfExtension(output);
    if (named !== undefined && !(known as readonly string[]).includes(named)) {
      throw new UsageError(`--output ${output} names a ${named} file, which ${command} does not write; it writes ${known.join(', ')}`, {
        hint: `choose a file name that matches the format, e.g. report.${extensionOf(explicit ?? fallback)}`,
      });
    }
    if (explicit !== undefined && named !== undefined && named !== explicit) {
      throw new UsageError(`--format ${explicit} but --output ${output} names a ${named} file; drop --format, or name the file for ${explicit}`);
    }
    return { format: explicit ?? (named as F | undefined) ?? fallback, output };
  });
}

function extensionOf(format: string): string {
  return Object.entries(EXTENSION_FORMATS).find(([, f]) => f === format)?.[0].slice(1) ?? 'txt';
}

/** planOutputs for a command that writes one report: an optional --format and an optional --output. */
export function planOutput<F extends string>(command: string, format: string | undefined, output: string | undefined, known: readonly F[], fallback: F): OutputPlan<F> {
  return planOutputs(command, format !== undefined ? [format as F] : [], output !== undefined ? [output] : [], known, fallback)[0]!;
}
