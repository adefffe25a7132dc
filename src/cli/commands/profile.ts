import { loadBrand } from '../../brands/load.js';
import type { BrandProfile } from '../../brands/schema.js';
import { ExitCode } from '../../errors.js';
import { safeLine } from '../../report/sanitize.js';
import type { Post } from '../../types.js';
import { vetHistory } from '../../vet.js';
import type { CliIO } from '../io.js';

/** The lists of profile terms that matching uses, with the target each stands for. */
const TERM_LISTS = ['names', 'products', 'executives', 'fans', 'fanSlurs', 'brandSlurs'] as const;
const SLUR_LISTS = new Set(['fanSlurs', 'brandSlurs']);
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** One thing `vet profile check` warns about, as data: a code, the list and term, and what to do. */
export interface ProfileWarning {
  code: 'plain-word-slur' | 'term-inside-term' | 'short-cjk-term';
  list: string;
  term: string;
  /** The other term (term-inside-term). */
  other?: { list: string; term: string };
}

/**
 * Lints a profile for terms that make ordinary posts match:
 * - plain-word-slur: a slur that is one plain lower-case word (`fanSlurs: [bean]` for a coffee brand): every post
 *   with the word is hostile, so it should be a phrase or a coinage;
 * - term-inside-term: a name, product, executive or fan term inside another (a product inside a name): both match
 *   the same words;
 * - short-cjk-term: a one- or two-character CJK term with no homonym that contains it: such terms occur inside
 *   ordinary words (米粉 in 桂林米粉), which only homonyms cancel.
 */
export function lintProfile(profile: BrandProfile): ProfileWarning[] {
  const warnings: ProfileWarning[] = [];
  const terms = TERM_LISTS.flatMap((list) => profile[list].map((term) => ({ list, term, key: term.toLowerCase() })));
  for (const { list, term } of terms) {
    if (SLUR_LISTS.has(list) && /^[a-z]+$/.test(term)) warnings.push({ code: 'plain-word-slur', list, term });
  }
  // Slurs naturally hold the name they twist ("acme sheep"); overlaps among the names of things are the trouble.
  const named = terms.filter((t) => !SLUR_LISTS.has(t.list));
  for (const a of named) {
    for (const b of named) {
      if (a !== b && a.key !== b.key && b.key.includes(a.key)) warnings.push({ code: 'term-inside-term', list: a.list, term: a.term, other: { list: b.list, term: b.term } });
    }
  }
  const homonyms = profile.homonyms.map((h) => h.toLowerCase());
  const contexts = new Set(profile.homonymContexts.map((c) => c.term.toLowerCase()));
  for (const { list, term, key } of terms) {
    if (CJK.test(term) && [...term].length <= 2 && !contexts.has(key) && !homonyms.some((h) => h.includes(key))) {
      warnings.push({ code: 'short-cjk-term', list, term });
    }
  }
  return warnings;
}

/** Words for a warning: the only place ProfileWarning becomes text. */
function describeWarning(w: ProfileWarning): string {
  switch (w.code) {
    case 'plain-word-slur':
      return `${w.list}: "${w.term}" is a plain word: every post that uses it (in any sense) counts as hostile; use a phrase or the coinage itself, or add homonyms`;
    case 'term-inside-term':
      return `${w.list}: "${w.term}" is inside ${w.other!.list}: "${w.other!.term}": both match the same words; keep one, or make the longer one a homonym if it means something else`;
    case 'short-cjk-term':
      return `${w.list}: "${w.term}" is short and occurs inside ordinary words; list those words as homonyms (e.g. homonyms: [${w.term}…]) or give homonymContexts`;
  }
}

/** `vet profile check <file>`: exit 0 when nothing to warn about, 1 when there is (like a linter), 2 when invalid. */
export async function runProfileCheck(file: string, io: CliIO): Promise<number> {
  const brand = await loadBrand(file, io.cwd);
  const warnings = lintProfile(brand.profile);
  for (const w of warnings) io.stdout.write(`${safeLine(file)}: ${safeLine(describeWarning(w))}\n`);
  io.stderr.write(warnings.length ? `vet: ${warnings.length} warning${warnings.length === 1 ? '' : 's'} in ${safeLine(file)}\n` : `vet: ${safeLine(file)}: no warnings\n`);
  return warnings.length ? ExitCode.Fail : ExitCode.Ok;
}

/** `vet profile try <file> "<text>"`: vets the text as one post with the profile and shows every finding. */
export async function runProfileTry(file: string, text: string, io: CliIO): Promise<number> {
  const brand = await loadBrand(file, io.cwd);
  const now = io.now?.() ?? new Date();
  const post: Post = { id: 'try', text, createdAt: now.toISOString() };
  const report = await vetHistory(
    { subject: { handle: 'try', platform: 'file' }, coverage: { postsRead: 1, partial: false, notes: [] }, posts: (async function* () { yield post; })() },
    brand,
    { now },
  );
  if (report.findings.length === 0) {
    io.stdout.write(`no match: nothing in the text matches ${safeLine(brand.profile.name)}'s terms and vet's rules\n`);
    return ExitCode.Ok;
  }
  for (const f of report.findings) {
    io.stdout.write(`${f.severity.padEnd(8)} ${f.ruleId} (target ${f.target}): «${safeLine(f.matched)}» in ${safeLine(f.excerpt)}\n`);
  }
  io.stdout.write(`verdict for this text alone: ${report.verdict.level}\n`);
  return ExitCode.Ok;
}
