import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listBuiltInBrands, loadBrand } from '../../src/brands/load.js';
import type { BrandProfile } from '../../src/brands/schema.js';
import { createScanner, type Scanner } from '../../src/engine/scanner.js';
import { InputError, UsageError } from '../../src/errors.js';
import type { Rule } from '../../src/rules/types.js';
import { Normalizer } from '../../src/text/normalize.js';
import { loadT2S } from '../../src/text/t2s.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILT_INS = ['apple', 'google', 'huawei', 'samsung', 'xiaomi'];
const TERM_LISTS = ['names', 'products', 'executives', 'fans', 'fanSlurs', 'brandSlurs'] as const;

/** Terms go through the same normalizer as post text, so a term must be a fixed point of it. */
const normalizer = new Normalizer(await loadT2S());
const normalize = (text: string) => normalizer.normalize(text).text.trim();

function allTerms(profile: BrandProfile): Array<{ list: (typeof TERM_LISTS)[number]; term: string }> {
  return TERM_LISTS.flatMap((list) => profile[list].map((term) => ({ list, term })));
}

/**
 * One cue-less rule per target kind: the real scanner then reports every profile term that survives its
 * homonyms and sense contexts, which is exactly what the profile data decides.
 */
const PROBE_RULES: Rule[] = (['brand', 'product', 'executive', 'fans', 'fan-slur', 'brand-slur'] as const).map((kind) => ({
  id: `probe-${kind}`,
  category: 'fan-slur',
  severity: 'info',
  description: `a ${kind} term`,
  targets: ['brand'],
  reportTarget: 'brand',
  on: [kind],
  cues: [],
  window: 0,
  examples: { match: [], nomatch: [] },
}));
const scanners = new Map<string, Scanner>();
async function termsFound(brand: string, text: string): Promise<string[]> {
  if (!scanners.has(brand)) scanners.set(brand, await createScanner(await loadBrand(brand, ROOT), PROBE_RULES));
  return scanners.get(brand)!.scan({ id: '1', text }).map((f) => f.matched).sort();
}

const profiles = new Map<string, BrandProfile>();
async function profile(id: string): Promise<BrandProfile> {
  if (!profiles.has(id)) profiles.set(id, (await loadBrand(id)).profile);
  return profiles.get(id)!;
}

describe('built-in brand profiles', () => {
  it('lists exactly the five built-in ids', async () => {
    expect(await listBuiltInBrands()).toEqual(BUILT_INS);
  });

  it.each(BUILT_INS)('%s loads through loadBrand and names the other four as rivals', async (id) => {
    const loaded = await loadBrand(id);
    expect(loaded.origin).toBe('built-in');
    expect(loaded.profile.id).toBe(id);
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect([...loaded.profile.rivals].sort()).toEqual(BUILT_INS.filter((other) => other !== id));
    expect(loaded.rivals.map((r) => r.id).sort()).toEqual(BUILT_INS.filter((other) => other !== id));
  });

  it('loads ids case-insensitively and refuses unknown ids with a UsageError', async () => {
    expect((await loadBrand('Xiaomi')).profile.id).toBe('xiaomi');
    await expect(loadBrand('nokia')).rejects.toThrow(UsageError);
  });

  it.each(BUILT_INS)('%s writes every term once, in its normalized form', async (id) => {
    const p = await profile(id);
    const seen = new Map<string, string>();
    for (const { list, term } of allTerms(p)) {
      expect(normalize(term), `${id} ${list}: "${term}" is not in normalized form`).toBe(term);
      const key = normalize(term);
      expect(seen.get(key), `${id}: "${term}" in ${list} duplicates ${seen.get(key)}`).toBeUndefined();
      seen.set(key, `${list}:${term}`);
    }
  });

  it('no term belongs to two built-in profiles (rival attribution stays unambiguous)', async () => {
    const owner = new Map<string, string>();
    for (const id of BUILT_INS) {
      const p = await profile(id);
      for (const term of [...allTerms(p).map((t) => t.term), ...p.productsInChinese]) {
        expect(owner.get(term), `"${term}" is in both ${owner.get(term)} and ${id}`).toBeUndefined();
        owner.set(term, id);
      }
    }
  });

  it('a rival’s homonyms never contain the vetted brand’s terms (the scanner loads them together)', async () => {
    for (const id of BUILT_INS) {
      const own = allTerms(await profile(id)).map((t) => t.term);
      for (const rival of BUILT_INS.filter((other) => other !== id)) {
        for (const homonym of (await profile(rival)).homonyms) {
          expect(own.filter((t) => homonym.includes(t)), `${rival} homonym "${homonym}" would cancel ${id} terms`).toEqual([]);
        }
      }
    }
  });

  it.each(BUILT_INS)('%s: homonyms and contexts refer to the profile’s own terms', async (id) => {
    const p = await profile(id);
    const terms = allTerms(p).map((t) => t.term);
    // A homonym may cancel a nickname too (狗家长 for 狗家).
    const named = [...terms, ...p.nicknames.map((n) => n.term), ...p.productsInChinese];
    expect(new Set(p.homonyms).size, `${id}: duplicate homonym`).toBe(p.homonyms.length);
    for (const homonym of p.homonyms) {
      expect(normalize(homonym), `${id}: homonym "${homonym}" is not in normalized form`).toBe(homonym);
      expect(terms, `${id}: homonym "${homonym}" equals a term and would cancel it everywhere`).not.toContain(homonym);
      expect(named.some((t) => homonym.includes(t)), `${id}: homonym "${homonym}" contains no term`).toBe(true);
    }
    for (const context of p.homonymContexts) {
      expect(named, `${id}: context for unknown term "${context.term}"`).toContain(context.term);
      expect(new Set(context.near).size, `${id}: duplicate context word for ${context.term}`).toBe(context.near.length);
      for (const word of context.near) expect(normalize(word)).toBe(word);
      for (const word of context.except) {
        expect(normalize(word)).toBe(word);
        expect(context.near.some((near) => word.includes(near)), `${id}: context exception "${word}" holds no context word and could never fire`).toBe(true);
      }
    }
    for (const [emoji, replacement] of Object.entries(p.emoji)) {
      expect(/^\p{Extended_Pictographic}\uFE0F?$/u.test(emoji), `${id}: emoji key "${emoji}"`).toBe(true);
      expect(normalize(replacement), `${id}: emoji replacement "${replacement}" is not in normalized form`).toBe(replacement);
    }
  });

  it('lists everyday English words among Chinese only, apart from the plain lists (pixel, galaxy, mate)', async () => {
    for (const id of BUILT_INS) {
      const p = await profile(id);
      const plain = allTerms(p).map((t) => t.term);
      for (const term of p.productsInChinese) {
        expect(/^[a-z][a-z0-9 ]*$/.test(term), `${id}: "${term}" among Chinese is a Latin word`).toBe(true);
        expect(plain, `${id}: "${term}" is listed plainly too`).not.toContain(term);
      }
    }
  });

  it('keeps known-ambiguous bare words (and people who are gone) out of every term list', async () => {
    const banned = ['mi', 'mate', 'galaxy', 'pixel', 'note', 'mac', 'chrome', 'gemini', 'alphabet', 'safari', 'jobs', 'cook',
      'youtube', 'sheeple', 'fanboy', 'mifan', '猴', '猴子', '猕猴', '海军', '花狗', '麒麟', '荣耀', '耍猴', '果吹', '果狗', '果黑', '米黑', '星粉', '升腾', '盘古', '澎湃', '米厂',
      // dead or departed people: posts about them are history ("the death of Steve Jobs"), not hostility
      'steve jobs', '乔布斯', '李健熙', 'eric schmidt'];
    for (const id of BUILT_INS) {
      const terms = allTerms(await profile(id)).map((t) => t.term);
      for (const word of banned) expect(terms, `${id} lists the ambiguous bare term "${word}"`).not.toContain(word);
    }
  });

  it.each(BUILT_INS)('%s puts a comment above every list saying why', async (id) => {
    const lines = (await readFile(`${ROOT}src/brands/profiles/${id}.yaml`, 'utf8')).split('\n');
    for (const key of [...TERM_LISTS, 'homonyms', 'homonymContexts', 'rivals']) {
      const at = lines.findIndex((line) => line.startsWith(`${key}:`));
      expect(at, `${id}: ${key} missing`).toBeGreaterThan(0);
      expect(lines[at - 1], `${id}: no comment above ${key}`).toMatch(/^#/);
    }
  });
});

describe('profile data on sample sentences (through the real scanner)', () => {
  // [brand, post text, the profile terms that must survive, as written in the post]
  const cases: Array<[brand: string, text: string, expected: string[]]> = [
    // Xiaomi: the motivating case keeps both the brand and the fans.
    ['xiaomi', '小米不會死，死的是米粉', ['小米', '米粉']],
    ['xiaomi', '早上吃了一碗桂林米粉，真香', []],
    ['xiaomi', '这家店的米粉汤底很鲜', []],
    ['xiaomi', '宝宝辅食米粉怎么冲', []],
    ['xiaomi', '小米粥配咸菜，再来点小米辣', []],
    ['xiaomi', '红米饭南瓜汤', []],
    ['xiaomi', '韩式玉米狗真好吃', []],
    ['xiaomi', '打雷总是吓到我', []],
    ['xiaomi', '买了大米、狗粮和玉米', []],
    ['xiaomi', '米粉都灌了迷魂汤', ['米粉']],
    ['xiaomi', '米🐒又在洗地', ['米🐒']],
    ['xiaomi', '小 米 的 米 粉', ['小 米', '米 粉']],
    ['xiaomi', '雷總是個騙子', ['雷總']],
    ['xiaomi', '小米SU7的续航', ['小米SU7']],
    ['xiaomi', 'X.i.a.o.m.i phones', ['X.i.a.o.m.i']],
    ['xiaomi', 'me gusta un poco', []],
    // Apple
    ['apple', 'I ate apple pie and drank apple juice', []],
    ['apple', 'apples and oranges', []],
    ['apple', 'autumn #ApplePie #BigApple', []],
    ['apple', '@Apple fix your phones', ['Apple']],
    ['apple', '如果粉丝不买账，结果批评就来了', []],
    ['apple', '水果批发市场', []],
    ['apple', '每天吃一个苹果，苹果肌也饱满', []],
    ['apple', '发现一个烂苹果，口感还是脆甜的', []],
    ['apple', '苹果削减产量', ['苹果']],
    ['apple', '果粉都是韭菜', ['果粉']],
    ['apple', '🍎蛆又来了', ['🍎', '🍎蛆']],
    // 🍎 stands for 苹果: the company in English posts too, the fruit beside its sense words in either language
    ['apple', '🍎 users are a cult', ['🍎 users']],
    ['apple', '吃了一个🍎', []],
    ['apple', '🍎 juice is a scam', []],
    ['apple', '🍎 is a scam fruit, all crunch no flavor', []],
    ['apple', 'my 15 Pro Max died again', ['15 Pro Max']],
    ['apple', '库克船长的航海日记', []],
    ['apple', '库克又来中国了', ['库克']],
    // Huawei
    ['huawei', '春天花粉过敏好难受', []],
    ['huawei', '以中华为荣', []],
    ['huawei', '华为又遥遥领先了', ['华为']],
    ['huawei', '鸿蒙初开，天地混沌', []],
    ['huawei', '鸿蒙卡顿', ['鸿蒙']],
    ['huawei', '海洋馆里的海狗在晒太阳', []],
    ['huawei', '海狗又在控评', ['海狗']],
    ['huawei', '花粉都是脑残', ['花粉']],
    // a name masked (余某东) is not read: news masks anyone's name so (犯罪嫌疑人余某东)
    ['huawei', '犯罪嫌疑人余某东被刑事拘留', []],
    // one sense per post for 花粉: an allergy word anywhere, or pollen shown once, makes every 花粉 pollen
    ['huawei', '春天花粉满天飞，鼻炎又犯了，花粉都去死吧', []],
    ['huawei', '花粉浓度爆表，花粉真该死', []],
    ['huawei', '华为手机真好，花粉浓度再高我也爱它。花粉都是脑残', ['华为手机', '花粉']],
    ['huawei', '今天花粉都是脑残', ['花粉']],
    // …but not for 苹果: a pun plays the two senses against each other
    ['apple', '别买苹果了，买点苹果吃吧', ['苹果']],
    // Samsung
    ['samsung', '三星堆博物馆和三星级酒店', []],
    ['samsung', '过了三星期才到货', []],
    ['samsung', '金铲铲里追三星', []],
    ['samsung', '三星手机又炸了', ['三星手机']],
    ['samsung', '三丧又在吹', ['三丧']],
    ['samsung', '娱乐圈明星孝子', []],
    // a Latin everyday word among Chinese characters is the phone line; in English it is the everyday word
    ['samsung', 'Galaxy用户', ['Galaxy用户']],
    ['samsung', 'the Andromeda galaxy is huge', []],
    ['samsung', '三星盖乐世S24', ['三星盖乐世']],
    // Google
    ['google', 'just google it', []],
    ['google', "Google it's evil, Google this week killed Reader again", ['Google', 'Google']],
    ['google', 'goolag strikes again', ['goolag']],
    ['google', '用Pixel的人都很懂', ['Pixel的人']],
    ['google', 'a dead pixel in the corner', []],
    // in English, where it is bought or used, or names its users: the phone (nobody buys a dot of a screen)
    ['google', 'anyone who buys a pixel is an idiot', ['anyone who buys a pixel']],
    ['google', 'pixel owners are idiots', ['pixel owners']],
    ['google', 'pixel fanboys are the most insufferable crowd in tech', ['pixel fanboys']],
    ['samsung', 'galaxy fanboys though? absolute clowns', ['galaxy']],
    // not before fans: a football club's, pixel art's
    ['samsung', 'galaxy fans booing their own team again', []],
    ['google', 'pixel fans of 16-bit games are snobs', []],
    ["google", "don't buy a pixel. spread the word", ['pixel']],
    // 花卫兵, 花孝子 name Huawei's fans, not after a word that ends in 花
    ['huawei', '花卫兵又出来了', ['花卫兵']],
    ['huawei', '烈士陵园里献花卫兵站得笔直，胸戴白花孝子们跪了一地', []],
    ['huawei', 'buy a mate a beer', []],
    ['samsung', 'people still using a galaxy are sheep', ['people still using a galaxy']],
    ['samsung', 'the galaxy was full of stars', []],
    ['google', 'a pixel of the image is off', []],
    // a Latin abbreviation of a Chinese name counts only among Chinese characters, and not as hardware decoding
    ['huawei', '今天hw发布会', ['hw']],
    ['huawei', 'my hw is due tomorrow', []],
    ['huawei', '播放器设置里打开hw解码', []],
    // the fruit, read from words of the market near it
    ['apple', 'the apples at the farmers market were mushy', []],
    ['huawei', '这周的hw还没写完', []],
    ['huawei', '特斯拉hw4的车主', []],
    ['huawei', 'hw users are idiots', []],
    ['huawei', 'Mate 60的信号', ['Mate 60']],
    ['huawei', '我那几个mate都是好人', []],
    ['samsung', 'LA Galaxy球迷', []],
    ['google', '做pixel art的', []],
    ['huawei', 'my mate 60 minutes late again', []],
    ['google', 'in the film the android is a robot', []],
  ];
  it.each(cases)('%s: %s', async (brand, text, expected) => {
    expect(await termsFound(brand, text)).toEqual([...expected].sort());
  });
});

describe('custom and invalid profiles', () => {
  it('loads the acme example by path', async () => {
    for (const ref of ['fixtures/brands/acme.yaml', './fixtures/brands/acme.yaml']) {
      const loaded = await loadBrand(ref, ROOT);
      expect(loaded.origin).toBe(ref);
      expect(loaded.profile.id).toBe('acme');
      expect(loaded.profile.name).toBe('Acme Phones');
      expect(loaded.rivals).toEqual([]);
    }
    expect(await termsFound('fixtures/brands/acme.yaml', 'she reached the acme of her career')).toEqual([]);
    expect(await termsFound('fixtures/brands/acme.yaml', 'A.C.M.E fans are acme sheep')).toEqual(['A.C.M.E fans', 'acme sheep']);
  });

  // [file, field named in the message, line:col when the problem has a position in the file]
  const invalid: Array<[file: string, field: string, position: RegExp | null]> = [
    ['unknown-key.yaml', '(top level): unknown key "slogan"', /:\d+:\d+: /],
    ['missing-names.yaml', 'names:', /:2:1: /],
    ['bad-id.yaml', 'id: lower-case letters', /:2:5: /],
    ['wrong-type.yaml', 'homonymContexts.0.window: ', /:8:13: /],
    ['alias-bomb.yaml', 'alias', null],
    ['unknown-rival.yaml', 'rivals: unknown brand "nokia"', /:\d+:\d+: /],
  ];
  it.each(invalid)('%s fails with a message naming the file, the line and the field', async (file, field, position) => {
    const ref = `fixtures/brands/invalid/${file}`;
    const error = await loadBrand(ref, ROOT).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeDefined();
    expect(error instanceof InputError || error instanceof UsageError).toBe(true);
    const message = (error as Error).message;
    expect(message).toContain(file);
    expect(message).toContain(field);
    if (position) expect(message).toMatch(new RegExp(file.replace('.', '\\.') + position.source));
  });
});
