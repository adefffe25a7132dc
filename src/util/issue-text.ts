import type { z } from 'zod';

/**
 * A zod issue in words for a message that already names the file and field: "must be at most 20", "must be a
 * whole number", "is required", "must be one of a, b, c". zod's own wording ("Too big: expected number to be
 * <=20") never reaches users; a message a schema wrote itself (`{ error: … }`, refine) is kept as written.
 */
export function issueText(issue: z.core.$ZodIssue, value?: unknown): string {
  const own = (issue as { message?: string }).message ?? '';
  if (!zodWording(own)) return own;
  switch (issue.code) {
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const limit = Number((issue as { maximum?: unknown; minimum?: unknown })[big ? 'maximum' : 'minimum']);
      const inclusive = issue.inclusive !== false;
      const bound = big ? (inclusive ? 'at most' : 'less than') : inclusive ? 'at least' : 'more than';
      if (issue.origin === 'string') return !big && limit === 1 && inclusive ? 'must not be empty' : `must be ${bound} ${plural(limit, 'character')} long`;
      if (issue.origin === 'array' || issue.origin === 'set') return !big && limit === 1 && inclusive ? 'must list at least one item' : `must list ${bound} ${plural(limit, 'item')}`;
      return `must be ${bound} ${limit}`;
    }
    case 'invalid_type': {
      if (value === undefined || /received undefined/.test(own)) return `is required (${article(issue.expected)})`;
      // YAML reads an empty file, or a key with nothing after it, as null.
      if (value === null) return `is empty (expected ${article(issue.expected)})`;
      return `must be ${article(issue.expected)}, not ${describe(value)}`;
    }
    case 'invalid_value':
      return issue.values.length === 1 ? `must be ${JSON.stringify(issue.values[0])}` : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'url' ? 'must be a URL' : issue.format === 'regex' ? 'is not in the expected form' : `must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
      return 'is not one of the accepted forms';
    case 'invalid_key':
      return 'has a key that is not allowed';
    case 'invalid_element':
      return 'has a value that is not allowed';
    default:
      return own;
  }
}

/** zod's built-in messages start "Invalid", "Too big", "Too small" or "Expected"; a schema's own do not. */
function zodWording(message: string): boolean {
  return /^(Invalid|Too (big|small)|Expected|Number must|String must|Array must|Required$)/.test(message);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const NAMES: Record<string, string> = {
  string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a mapping',
  null: 'null', bigint: 'a number', date: 'a date', nan: 'a number', record: 'a mapping', tuple: 'a list',
};

function article(kind: string | undefined): string {
  return NAMES[kind ?? ''] ?? `a ${kind ?? 'value'}`;
}

/** What was there instead: a number or true/false as itself, anything else by its kind. */
function describe(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return article(typeof value);
}

/** The value at a zod issue's path in the data that was validated. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[step];
  }
  return node;
}
