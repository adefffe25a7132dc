import { loadBrand } from '../../brands/load.js';
import { createScanner, type DropReason, type Explanation } from '../../engine/scanner.js';
import { ExitCode, UsageError } from '../../errors.js';
import { safeLine } from '../../report/sanitize.js';
import type { CliIO } from '../io.js';

/** What each drop reason means, in plain words. The engine gives codes; only this reporter words them. */
const WHY: Readonly<Record<DropReason, string>> = {
  'not-linked': 'not in the same clause, not addressed to it, and not a predicate of the topic',
  'too-far': 'too many words apart for this rule',
  order: 'this rule needs the cue right before the name',
  'curse-in-noun-phrase': 'a curse inside a noun phrase ("the fucking phone") is an intensifier',
  venting: 'hatred next to a concrete product complaint is venting, which is criticism',
  'product-warning': 'a call against a product, with a complaint about it, is a consumer\'s warning (criticism)',
  'needs-wish': 'a doom event said of a company needs a wish word (希望, hope) to be a wish',
  'not-subject': 'the name is not the subject of this predicate',
  'object-is-victim': 'the name after a verb of wrongdoing is its victim, not the wrongdoer',
  'object-is-a-thing': 'the verb is about something of the brand\'s (X的Y), not the brand',
  'thing-acted-on': 'after a verb and "this" or "that" ("fix this crap"), the word names the thing acted on: criticism of it',
  'names-a-thing': 'the verb is aimed at one thing of the brand\'s ("avoid the xiaomi case", 卸载小米的自带应用), not at the company: advice about that thing',
  'not-object': 'the name is not the object of this verb',
  'not-a-call': 'a boycott word counts only as a call on others (大家, let\'s, or said as an order)',
  'product-aspect': 'said of a product or service named beside it: criticism of the thing',
  'thing-is-subject': 'its subject is a thing named just before it: criticism of the thing',
  'rival-nearer': 'another brand or person is nearer to the cue and takes it',
  'other-group': 'the cue names a group of its own ("these clowns") after a verb of the name',
  'other-target-nearer': 'another of the brand\'s targets (its fans, its people) stands between and takes the cue',
  'overlaps-target': 'the cue is part of the name itself',
  'cue-used': 'a more serious finding already used this cue',
  'moved-by-construction': 'a construction ("not X but its fans") moves it from the brand to another target',
  negated: 'negated (不是, not, I don\'t think…) or denied as a rhetorical question',
  'reported-speech': 'someone else\'s words, reported: a third party\'s, the people the sentence is about ("people who call X a scam…", 说X是骗子的人), or ones the author rejects',
  supposed: 'supposed in a condition (如果, if), not asserted',
  'answered-no': 'asked as a question that the author answers no ("Is X a scam? No.", 是骗子吗？不是)',
  rebutted: 'someone\'s claim echoed as a question and rebutted next ("米粉都是脑残？说这话的人自己想想", "Apple fans are idiots? lol no")',
  'other-object': 'aimed at the object right after it (抵制美日), not at the name before it',
  'relative-clause': 'said in a relative clause about someone else ("the criminals who stole…")',
  'said-by-name': 'what the brand itself thinks or does, as the author tells it ("apple thinks we are stupid")',
  'said-of-self': 'the author says it of themself ("I\'m an idiot for buying…", 我真是个傻子)',
  'other-subject': 'the predicate takes no object, and another name right before it is its subject (米粉死绝了小米也…)',
  compared: 'said of what is compared with the name (比苹果装逼, "dumber than apple fans"), not of the name',
  'judges-a-fact': 'the adjective judges the fact after it ("stupid that … sent me"), not the name inside it',
  'someone-else': 'a person of its own ("the idiot next to me"), not the company',
  'not-addressed': 'in a reply to one of the brand\'s own accounts, words said to "you" go to that account, and only they do',
  suffered: 'the name suffers the wrong (小米被人骗了, 遭遇诈骗): it is the victim, not the wrongdoer',
  'guarded-against': 'a wrong the name guards against (专治骗子, "protects you from scammers"), not said of it',
  asked: 'asked as a question (小米汽车谁开谁死？…), or one the author answers no: it asserts nothing',
  'pronoun-may-be-a-thing': 'a pronoun ("they", 他们) that may mean a thing named before it takes only words said of people or companies',
  'rule-limit': 'this rule already reported enough in the post',
};

/** `vet explain "<text>" --brand <id|file> [--context "<text>" [--context-author <handle>]] [--json]`: every step of one scan. */
export async function runExplain(text: string, options: { brand?: string; context?: string; contextAuthor?: string; json?: boolean }, io: CliIO): Promise<number> {
  if (!options.brand) throw new UsageError('--brand is required: a built-in id such as xiaomi (see "vet brands") or the path of a profile file');
  const scanner = await createScanner(await loadBrand(options.brand, io.cwd));
  if (options.contextAuthor && options.context === undefined) throw new UsageError('--context-author needs --context: the text of the post that author wrote (it may be "")');
  const post = { id: 'explain', text, ...(options.context !== undefined ? { context: { kind: 'reply' as const, text: options.context, ...(options.contextAuthor ? { author: options.contextAuthor } : {}) } } : {}) };
  const explanation = scanner.explain(post);
  io.stdout.write(options.json ? `${JSON.stringify(explanation, null, 2)}\n` : renderExplanation(explanation));
  return ExitCode.Ok;
}

export function renderExplanation(e: Explanation): string {
  const out: string[] = [`Normalized text: ${safeLine(e.normalized)}`, ''];
  out.push(e.targets.length ? 'Names found:' : 'Names found: none of the brand\'s terms, so nothing is checked further.');
  for (const t of e.targets) out.push(`  «${safeLine(t.text)}» ${t.kind}${t.answered ? ' (the brand\'s own account answered, to whom the reply\'s "you" speaks)' : t.text === '' ? ' (from the context: the post names no target itself)' : ''}`);
  if (e.cues.length) {
    out.push('', 'Cue words found:');
    for (const c of e.cues) out.push(`  «${safeLine(c.text)}» ${c.kind}`);
  }
  if (e.pairings.length) {
    out.push('', 'Pairings tried:');
    for (const p of e.pairings) {
      const target = p.target === '' ? `(target from the context: ${p.targetKind})` : `«${safeLine(p.target)}» (${p.targetKind})`;
      out.push(`  ${p.rule}: ${target} + «${safeLine(p.cue)}» (${p.cueKind === 'words' ? 'words of a construction' : p.cueKind === 'agreement' ? 'agreement with the post it answers, which says so' : p.cueKind}) → ${p.outcome === 'kept' ? 'kept' : `dropped: ${WHY[p.outcome]}`}`);
    }
  }
  out.push('', e.findings.length ? 'Findings:' : 'Findings: none.');
  for (const f of e.findings) out.push(`  [${f.ruleId}] ${f.severity}: «${safeLine(f.matched)}»${f.agrees ? ` (agrees with the context, which says «${safeLine(f.agrees.quote)}»)` : f.targetFrom ? ' (target from the context)' : ''}`);
  return `${out.join('\n')}\n`;
}
