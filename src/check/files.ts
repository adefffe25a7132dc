import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';

/**
 * Expands `vet check` arguments into proposal files. Shells differ (bash without globstar reads `**` as `*`,
 * Windows does not expand at all), so quoted globs are expanded here: `*`, `?`, `[abc]`, `{a,b}` and `**`
 * for any depth. A folder means every .yaml/.yml/.json file under it. Hidden entries and node_modules are
 * skipped while walking, as shells do.
 */

const GLOB_CHARS = /[*?[\]{}]/;
const PROPOSAL_EXT = /\.(ya?ml|json)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);

export function hasGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/**
 * Wildcards a pattern may hold. Each `*` in one name, and each `**`, multiplies the ways a backtracking
 * regular expression can try a path: `*a*a*a*a*b.yaml` against a long file name runs for minutes. With these
 * bounds the work per path stays small (a name is at most 255 bytes, a path a few dozen folders deep).
 */
const MAX_STARS_PER_NAME = 2;
const MAX_GLOBSTARS = 3;

/** Refuses patterns whose matching could take super-linear time, with what to write instead. */
function checkGlobCost(glob: string): void {
  const names = glob.split('/').filter((name, i, all) => !(name === '**' && all[i - 1] === '**'));
  const globstars = names.filter((name) => name === '**').length;
  const busiest = Math.max(0, ...names.filter((name) => name !== '**').map((name) => (name.replace(/\*+/g, '*').match(/\*/g) ?? []).length));
  if (globstars > MAX_GLOBSTARS || busiest > MAX_STARS_PER_NAME) {
    throw new UsageError(
      `"${glob}": too many wildcards (at most ${MAX_STARS_PER_NAME} * in one name and ${MAX_GLOBSTARS} ** in a pattern), as matching it could take very long`,
      { hint: 'use a simpler pattern such as "proposals/**/*.yaml", or name the folder' },
    );
  }
}

/** Translates a glob (forward slashes) into an anchored regular expression over forward-slash paths. */
export function globToRegExp(glob: string): RegExp {
  checkGlobCost(glob);
  glob = glob.replace(/(^|\/)\*\*(\/\*\*)+(?=\/|$)/g, '$1**'); // **/** is **
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      let j = i;
      while (glob[j + 1] === '*') j++;
      const atStart = i === 0 || glob[i - 1] === '/';
      const atEnd = j + 1 === glob.length || glob[j + 1] === '/';
      if (j > i && atStart && atEnd) {
        // "**/" matches zero or more folders; a trailing "**" matches everything below.
        if (glob[j + 1] === '/') {
          out += '(?:(?!\\.)[^/]+/)*';
          i = j + 1;
        } else {
          out += '(?!\\.)[^/]+(?:/(?!\\.)[^/]+)*';
          i = j;
        }
        continue;
      }
      // Like shells, a wildcard at the start of a name does not match a leading dot.
      out += atStart ? '(?!\\.)[^/]*' : '[^/]*';
      i = j;
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) {
        out += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, end);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      out += `[${negate ? '^/' : ''}${body.replace(/[\\\]]/g, '\\$&')}]`;
      i = end;
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) {
      out += '|';
    } else {
      out += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
  }
  if (braces > 0) throw new UsageError(`"${glob}": unclosed "{" in the pattern`);
  return new RegExp(`^${out}$`);
}

async function walk(dir: string, found: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, found);
    else if (entry.isFile()) found.push(full);
  }
}

const toPosix = (p: string) => p.split(sep).join('/');

/** Absolute paths, in argument order, each argument's matches sorted; duplicates removed. */
export async function expandProposalArgs(args: readonly string[], cwd: string): Promise<string[]> {
  const seen = new Set<string>();
  const files: string[] = [];
  const add = (path: string) => {
    if (!seen.has(path)) {
      seen.add(path);
      files.push(path);
    }
  };
  for (const arg of args) {
    const pattern = toPosix(arg);
    if (!hasGlob(pattern)) {
      const path = resolve(cwd, arg);
      const info = await stat(path).catch(() => undefined);
      if (!info) throw new UsageError(`${arg}: no such proposal file`);
      if (info.isDirectory()) {
        const found: string[] = [];
        await walk(path, found);
        const proposals = found.filter((f) => PROPOSAL_EXT.test(f)).sort();
        if (proposals.length === 0) throw new UsageError(`${arg}: the folder holds no .yaml, .yml or .json proposal file`);
        proposals.forEach(add);
      } else {
        add(path);
      }
      continue;
    }
    // Walk from the longest leading part without glob characters.
    const segments = pattern.split('/');
    const firstGlob = segments.findIndex((s) => hasGlob(s));
    const baseSegments = segments.slice(0, firstGlob);
    const base = baseSegments.length === 0 ? cwd : resolve(cwd, baseSegments.join('/') || '/');
    const rest = globToRegExp(segments.slice(firstGlob).join('/'));
    const found: string[] = [];
    await walk(base, found);
    const matches = found.filter((f) => rest.test(toPosix(relative(base, f)))).sort();
    if (matches.length === 0) {
      throw new UsageError(`"${arg}" matched no file`, { hint: isAbsolute(arg) ? undefined : `patterns are relative to ${cwd}` });
    }
    matches.forEach(add);
  }
  return files;
}

/** The path shown in reports and SARIF: relative to the working folder, forward slashes. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return toPosix(rel === '' ? '.' : rel);
}
