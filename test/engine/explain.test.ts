import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/brands/load.js';
import { createScanner, type Scanner } from '../../src/engine/scanner.js';
import { renderExplanation } from '../../src/cli/commands/explain.js';

// `vet explain` shows each pairing and why it was kept or dropped; tests assert the reason code, as ESLint's
// RuleTester asserts a messageId.
let xiaomi: Scanner;
beforeAll(async () => {
  xiaomi = await createScanner(await loadBrand('xiaomi'));
});
const outcomes = (text: string, rule: string) => xiaomi.explain({ id: 'e', text }).pairings.filter((p) => p.rule === rule).map((p) => p.outcome);

describe('explain', () => {
  it('shows the normalized text, the names and cue words, and the findings of the scan', () => {
    const e = xiaomi.explain({ id: 'e', text: '米粉們都是腦殘' });
    expect(e.normalized).toBe('米粉们都是脑残');
    expect(e.targets).toContainEqual(expect.objectContaining({ text: '米粉', kind: 'fans' }));
    expect(e.cues).toContainEqual(expect.objectContaining({ text: '脑残', kind: 'insult' }));
    expect(e.findings.map((f) => f.ruleId)).toContain('fan-insult');
    expect(outcomes('米粉们都是脑残', 'fan-insult')).toContain('kept');
  });
  it('gives the reason a pairing was dropped', () => {
    expect(outcomes('米粉不是脑残', 'fan-insult')).toContain('negated');
    expect(outcomes('有人说米粉都是脑残，我觉得太过分了', 'fan-insult')).toContain('reported-speech');
    expect(outcomes('xiaomi miui sucks', 'brand-insult')).toContain('not-subject');
    expect(outcomes('苹果抄袭小米', 'fraud-accusation')).toContain('object-is-victim');
    expect(outcomes('小米是骗子吗？不是。', 'fraud-accusation')).toContain('answered-no');
    expect(outcomes('xiaomi sued the criminals who stole its phones', 'fraud-accusation')).toContain('relative-clause');
    expect(outcomes('xiaomi is a company that lies', 'fraud-accusation')).toContain('kept');
    expect(outcomes('Is Xiaomi a scam? Nope.', 'fraud-accusation')).toContain('answered-no');
    expect(outcomes('小米是骗子公司？你拿出证据啊', 'fraud-accusation')).toContain('rebutted');
    expect(outcomes('Xiaomi is a scam? says who', 'fraud-accusation')).toContain('rebutted');
    expect(outcomes('米粉都是脑残吧？说这话的人自己想想', 'fan-insult')).toContain('kept');
    expect(outcomes('小米是骗子吗？不是骗子是什么', 'fraud-accusation')).toContain('kept');
    expect(outcomes('小米倒不了，该死的是那帮米粉', 'brand-doom-wish')).not.toContain('kept');
    expect(outcomes('@xiaomi never told these clowns the phone was delayed', 'brand-insult')).toContain('other-group');
    expect(outcomes('千万不要买红米note，买了两个，相机都有问题', 'boycott-call')).toContain('product-warning');
    expect(outcomes('如果小米是骗子，我直播吃键盘', 'fraud-accusation')).toContain('supposed');
    expect(outcomes('if you buy xiaomi you are an idiot', 'brand-insult')).toContain('kept');
    expect(outcomes('网上那些说小米垃圾的都是水军', 'brand-insult')).toContain('reported-speech');
    expect(outcomes('people who call xiaomi a scam are clueless', 'fraud-accusation')).toContain('reported-speech');
    expect(outcomes('我早就说小米是骗子的，你们不信', 'fraud-accusation')).toContain('kept');
    expect(outcomes("I'm an idiot for buying xiaomi", 'brand-insult')).toContain('said-of-self');
    expect(outcomes('我真是个傻子才买小米', 'fan-insult')).toContain('said-of-self');
    expect(outcomes('i hate xiaomi', 'brand-insult')).toContain('kept');
  });
  it('is the same scan: explaining a post changes nothing for the next', () => {
    const text = '雷军就是个骗子';
    const before = xiaomi.scan({ id: 'e', text });
    xiaomi.explain({ id: 'e', text });
    expect(xiaomi.scan({ id: 'e', text })).toEqual(before);
  });
  it('shows whom a reply speaks to: the brand\'s own account answered, and the words it leaves to it', () => {
    const e = xiaomi.explain({ id: 'e', text: 'you people have no shame', context: { kind: 'reply', text: '', author: '@leijun' } });
    expect(e.targets.filter((t) => t.answered).map((t) => t.kind)).toEqual(['executive']);
    expect(e.pairings.map((p) => `${p.rule} ${p.outcome}`)).toEqual(['executive-insult not-addressed', 'executive-insult kept']);
    expect(renderExplanation(e)).toContain('to whom the reply\'s "you" speaks');
  });
  it('renders reasons in plain words and keeps post text on one safe line', () => {
    const out = renderExplanation(xiaomi.explain({ id: 'e', text: '米粉不是脑残\n\u001b[2J' }));
    expect(out).toContain('dropped: negated');
    expect(out).not.toContain('\u001b');
  });
});
