import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { z } from 'zod';

/** Where a value sits in a data file, 1-based. */
export interface Position {
  line: number;
  col: number;
}

export interface ParsedDataFile {
  data: unknown;
  /** The position of the value at `path` (or of its nearest existing parent), when known. */
  locate(path: readonly PropertyKey[]): Position | undefined;
}

/**
 * Reads a YAML or JSON file (JSON is YAML) and keeps node positions, so validation errors can say
 * `file:line:col`. Aliases are capped, so a "billion laughs" file fails fast instead of exhausting memory.
 */
export async function readDataFile(file: string): Promise<ParsedDataFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseDataText(file, text);
}

export async function parseDataText(file: string, text: string): Promise<ParsedDataFile> {
  const { parseDocument, LineCounter, isNode, visit } = await import('yaml');
  const lineCounter = new LineCounter();
  // Callers decode with readFile(…, 'utf8'), which turns bytes that are not UTF-8 into U+FFFD without a word.
  const replaced = text.indexOf('\uFFFD');
  if (replaced >= 0) {
    const before = text.slice(0, replaced).split('\n');
    throw new InputError(`${file}:${before.length}:${before.at(-1)!.length + 1}: not valid UTF-8 (or holds U+FFFD, the replacement character); save the file as UTF-8`);
  }
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    throw new InputError(`${file}:${pos.line}:${pos.col}: not valid YAML or JSON: ${first.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    // Point at the first alias: a "billion laughs" file is refused before it expands.
    let at = '';
    visit(doc, {
      Alias(_key, node) {
        if (node.range) {
          const pos = lineCounter.linePos(node.range[0]);
          at = `:${pos.line}:${pos.col}`;
        }
        return visit.BREAK;
      },
    });
    throw new InputError(`${file}${at}: too many YAML aliases (*name) to expand; vet refuses them, as they can exhaust memory (${(error as Error).message})`);
  }
  const locate = (path: readonly PropertyKey[]): Position | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]);
      // A key's value can be null; point at the key itself then.
      if (n > 0) {
        const parent = doc.getIn(path.slice(0, n - 1) as unknown[], true) as { items?: Array<{ key?: unknown }> } | undefined;
        const key = parent?.items?.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === path[n - 1])?.key;
        if (isNode(key) && key.range) return lineCounter.linePos(key.range[0]);
      }
    }
    return undefined;
  };
  return { data, locate };
}

/** Validates parsed data with a zod schema; the first problems become one InputError naming file:line:col and the field. */
export function validateDataFile<S extends z.ZodType>(file: string, parsed: ParsedDataFile, schema: S): z.output<S> {
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  const located = result.error.issues.map((issue) => {
    // An unknown key is best shown where the key itself is.
    const pos = parsed.locate(issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path);
    const where = pos ? `${file}:${pos.line}:${pos.col}` : file;
    const field = issue.path.length ? issue.path.join('.') : '(top level)';
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') message = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    return { line: pos?.line ?? 0, col: pos?.col ?? 0, text: `${where}: ${field}: ${message}` };
  });
  // In file order, as an editor lists them (zod reports unknown keys after the fields it checked).
  const lines = located.sort((a, b) => a.line - b.line || a.col - b.col).slice(0, 5).map((l) => l.text);
  const more = result.error.issues.length > 5 ? `\n(and ${result.error.issues.length - 5} more problems)` : '';
  throw new InputError(lines.join('\n') + more);
}
