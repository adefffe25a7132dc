import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { z } from 'zod';
import { closest } from './did-you-mean.js';
import { errnoText } from './errno.js';
import { issueText, valueAt } from './issue-text.js';

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
    throw new InputError(`${file}: cannot read the file (${errnoText(error)})`);
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
    throw new InputError(`${file}:${pos.line}:${pos.col}: not valid YAML or JSON: ${yamlProblem(first.code)}`);
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
    throw new InputError(`${file}${at}: too many YAML aliases (*name) to expand; vet refuses them, as they can exhaust memory`);
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

/**
 * What is wrong, in words of vet's own: the parser's messages quote the file (a tag, a token, an alias name),
 * and a path in a pull request may name a file whose content must not reach the CI log.
 */
const YAML_PROBLEMS: Record<string, string> = {
  BAD_INDENT: 'the indentation is wrong here',
  TAB_AS_INDENT: 'a tab is used for indentation (use spaces)',
  DUPLICATE_KEY: 'a key is repeated in this mapping',
  BAD_ALIAS: 'an alias (*name) here is not defined before it',
  MISSING_CHAR: 'a character is missing here (a comma, colon or closing quote or bracket)',
  MULTILINE_IMPLICIT_KEY: 'a key runs over more than one line',
  MULTIPLE_DOCS: 'the file holds more than one YAML document',
  BAD_DQ_ESCAPE: 'a "\" escape in a double-quoted string is not valid',
  BAD_SCALAR_START: 'a value starts with a character that needs quotes',
  BLOCK_AS_IMPLICIT_KEY: 'a block is used as a key',
  TAG_RESOLVE_FAILED: 'a YAML tag (!name) here is not one vet reads',
  KEY_OVER_1024_CHARS: 'a key is longer than 1024 characters',
};

function yamlProblem(code: string): string {
  return YAML_PROBLEMS[code] ?? `the YAML syntax is broken here (${code})`;
}

/** The keys a schema's top-level mapping may have, when it is an object schema. */
function knownKeys(schema: z.ZodType): string[] | undefined {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  // "$schema" only names the file's JSON Schema for editors: not a key that makes a file one of this kind.
  return shape ? Object.keys(shape).filter((key) => key !== '$schema') : undefined;
}

/** One problem found in a data file, with where it is (0:0 when the position is not known). */
export interface DataFileProblem {
  line: number;
  col: number;
  text: string;
}

export interface ValidateOptions {
  /** How a field path is named in messages; default `influencers.0.name`. Proposals name the influencer instead. */
  label?: (path: readonly PropertyKey[]) => string;
  /** The kind of file ("a brand profile"), for a mapping none of whose keys the schema knows. */
  what?: string;
}

/**
 * A mapping none of whose keys is one the schema knows is not a file of this kind: it is refused without naming its
 * keys (they may be anything, from any file a path pointed at).
 */
function refuseOtherKind(file: string, parsed: ParsedDataFile, schema: z.ZodType, what: string | undefined): void {
  const known = knownKeys(schema);
  const data = parsed.data;
  if (known && typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const keys = Object.keys(data);
    if (keys.length > 0 && !keys.some((key) => known.includes(key))) {
      const pos = parsed.locate([]);
      throw new InputError(
        `${file}${pos ? `:${pos.line}` : ''}: not ${what ?? 'a file vet reads here'}: ${keys.length === 1 ? 'its only key is not' : `none of its ${keys.length} top-level keys is`} one of ${known.join(', ')}`,
      );
    }
  }
}

/** The problem at `path` of a parsed file, as `file:line:col: field: message`. */
export function problemAt(file: string, parsed: ParsedDataFile, path: readonly PropertyKey[], message: string, opts: ValidateOptions = {}, at = path): DataFileProblem {
  const pos = parsed.locate(at);
  const where = pos ? `${file}:${pos.line}:${pos.col}` : file;
  const field = opts.label ? opts.label(path) : path.length ? path.join('.') : '(top level)';
  return { line: pos?.line ?? 0, col: pos?.col ?? 0, text: `${where}: ${field}: ${message}` };
}

/**
 * Validates parsed data with a zod schema and returns every problem (each naming file:line:col and the field), or
 * the data. An unknown key is shown where the key is, with the known key it most likely meant.
 */
export function dataFileProblems<S extends z.ZodType>(file: string, parsed: ParsedDataFile, schema: S, opts: ValidateOptions = {}): { data: z.output<S> } | { problems: DataFileProblem[] } {
  const result = schema.safeParse(parsed.data);
  if (result.success) return { data: result.data };
  refuseOtherKind(file, parsed, schema, opts.what);
  return {
    problems: result.error.issues.map((issue) => {
      if (issue.code !== 'unrecognized_keys') return problemAt(file, parsed, issue.path, issueText(issue, valueAt(parsed.data, issue.path)), opts);
      const known = keysAt(schema, issue.path);
      const keys = issue.keys.map((k) => {
        const near = closest(k, known);
        return near === undefined ? `"${k}"` : `"${k}" (did you mean "${near}"?)`;
      });
      // Shown where the (first) key is; the field named is the mapping that holds it.
      const at = issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path;
      return problemAt(file, parsed, issue.path, `unknown key${issue.keys.length > 1 ? 's' : ''} ${keys.join(', ')}`, opts, at);
    }),
  };
}

/** Problems in file order, as an editor lists them, the first five shown and the rest counted: one line each. */
export function problemList(problems: readonly DataFileProblem[], shown = 5): string[] {
  const lines = [...problems].sort((a, b) => a.line - b.line || a.col - b.col).slice(0, shown).map((l) => l.text);
  if (problems.length > shown) lines.push(`(and ${problems.length - shown} more problem${problems.length - shown === 1 ? '' : 's'})`);
  return lines;
}

/**
 * Validates parsed data with a zod schema; the problems become one InputError naming file:line:col and the field.
 * `what` names the kind of file ("a brand profile").
 */
export function validateDataFile<S extends z.ZodType>(file: string, parsed: ParsedDataFile, schema: S, what?: string | ValidateOptions): z.output<S> {
  const opts = typeof what === 'string' ? { what } : (what ?? {});
  const checked = dataFileProblems(file, parsed, schema, opts);
  if ('data' in checked) return checked.data;
  throw new InputError(problemList(checked.problems));
}

/** The keys an object schema allows at `path` (through arrays, optionals, defaults and preprocessing). */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  const def = (n: unknown) => (n as { _zod?: { def?: Record<string, unknown> } })._zod?.def ?? {};
  const unwrap = (n: unknown): unknown => {
    for (let i = 0; i < 20; i++) {
      const d = def(n);
      if (d.innerType) n = d.innerType;
      else if (d.type === 'pipe') n = (d.out as { _zod?: { def?: { type?: string } } })._zod?.def?.type === 'transform' ? d.in : d.out;
      else return n;
    }
    return n;
  };
  for (const step of path) {
    node = unwrap(node);
    const d = def(node);
    if (d.type === 'array') node = d.element;
    else if (d.type === 'object') node = (d.shape as Record<string, unknown>)[String(step)];
    else return [];
  }
  const d = def(unwrap(node));
  return d.type === 'object' ? Object.keys(d.shape as object) : [];
}

/**
 * JSON.parse's complaint without the text it quotes: V8 writes `Unexpected token 'a', "aws_secret=…" is not
 * valid JSON`, which would copy a line of whatever file a path pointed at into the message. Only its own fixed
 * phrases are kept ("Unterminated string", "Expected ',' or '}' after property value"), with the column.
 */
export function jsonProblem(error: unknown, lineStart = 0): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const column = position ? ` at column ${Number(position[1]) - lineStart + 1}` : '';
  const phrase = message.replace(/ (in JSON )?at position .*$/s, '');
  const own = /^[A-Za-z ,'{}[\]:-]+$/.test(phrase) && !/^Unexpected token\b/.test(phrase) && !/'[^,:{}[\]]'/.test(phrase);
  return `${own ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : 'unexpected text'}${column}`;
}

/**
 * jsonProblem for a whole document, such as a server's answer: the phrase with its line and column
 * (`expected ',' or '}' after property value at line 3, column 9`), never the text around it.
 */
export function jsonProblemIn(error: unknown, text: string): string {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : String(error));
  if (!position) return jsonProblem(error);
  const at = Math.min(Number(position[1]), text.length);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(0, at).split('\n').length;
  return jsonProblem(error, lineStart).replace(/ at column (\d+)$/, ` at line ${line}, column $1`);
}
