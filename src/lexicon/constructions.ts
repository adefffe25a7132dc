import type { CueKind } from './cues.js';
import type { CueRole } from './kinds.js';
import type { TargetKind } from '../rules/types.js';

/**
 * Hostility that is a construction, not a word near a name: "Xiaomi won't die; it's the fans who will" says
 * nothing hostile of Xiaomi and wishes death on its fans, although "die" stands beside "Xiaomi" and no doom
 * word beside "fans". A construction is a sequence of slots matched over the hits the automata already found
 * (targets, cue words) and short literal words between them; each slot must start within `gap` characters of
 * the end of the slot before it, so matching stays linear in the length of the post.
 */
export type Slot =
  /** Names of these kinds ('rival': another brand's). */
  | { target: readonly (TargetKind | 'rival')[]; gap?: number; as?: 'target' }
  | { kind: readonly CueKind[]; gap?: number; as?: 'cue' }
  | { role: CueRole; gap?: number }
  /** Literal words; marked as the cue, they are the evidence quoted (words no cue kind holds: 狗 alone is no insult). */
  | { words: readonly string[]; gap?: number; as?: 'cue' }
  /** The clause ends here: a punctuation mark, a line break or the end of the text, within `gap` characters. */
  | { end: true; gap?: number };

export interface Construction {
  id: string;
  /** One line: the shape and what it means. */
  doc: string;
  /** The rule whose finding a match yields, on the slot marked `as: 'target'`, quoting from it to the cue. */
  rule: string;
  slots: readonly Slot[];
  /** A negator right before the cue word cancels the construction ("希望小米股价不要下跌"). */
  negatable?: boolean;
  /** Asked, it asserts nothing: a question (小米汽车谁开谁死？…) or one the author answers no cancels it. */
  notInQuestion?: boolean;
  /** Run as tests against the xiaomi profile: `match` must yield the rule, `nomatch` must not. */
  examples: { match: readonly string[]; nomatch: readonly string[] };
}

/** Words that move a doom or an insult from the name before them to the group after them. */
const SHIFT = ["it's", 'it is', "it'll be", 'it will be', '的是', '是', '而是', '倒是'];

/** "Whoever buys it, he is…": 谁买谁, 谁用谁, and what may stand before the insult (谁买谁就是傻子). */
const WHOEVER_BUYS_THEN = ['谁买谁就是', '谁用谁就是', '谁还买谁就是', '谁还用谁就是', '谁买谁是', '谁用谁是', '谁还买谁', '谁还用谁', '谁买谁', '谁用谁'];

/** "Whoever buys X": 谁买 and the name right after it, the opening of two constructions. */
const WHOEVER_BUYS_NAME: readonly Slot[] = [
  // A cue kind, not literal words: a stretch without one skips the construction at once.
  { kind: ['whoever-buys'] },
  { target: ['brand', 'product'], gap: 1, as: 'target' },
];
/** ", whoever buys it dies" ends there: a word for dying, then the clause ends (not 谁买谁死心). */
const DIES_HERE: readonly Slot[] = [
  { kind: ['death'], gap: 0, as: 'cue' },
  { end: true, gap: 2 },
];
/** Celebrating (放鞭炮, 开香槟): what the author will do on the day a company ends. */
const CELEBRATION = ['放鞭炮', '放炮', '放烟花', '庆祝', '开香槟', '摆酒', '摆宴', '喝一杯', '普天同庆'];
/** "X is not A, it's B": the denial is of A; B is said of X. */
const NOT_THIS: Slot[] = [
  { target: ['brand'], as: 'target' },
  { words: ['is not', "isn't", 'isnt', 'are not', "aren't", 'arent', 'was not', "wasn't", 'is no', 'are no'], gap: 4 },
  { words: ["it's", 'it is', 'its', "they're", 'they are', 'theyre', 'but'], gap: 30 },
];

/** 小米不是A，而是B / 就是B: the turn of a denial in Chinese, the B said of X (a bare 是 after it may start anything). */
const NOT_THIS_ZH: Slot[] = [
  { target: ['brand'], as: 'target' },
  { words: ['不是', '并不是', '不算'], gap: 4 },
  { words: ['而是', '就是', '只是', '只不过是', '倒是'], gap: 12 },
];

/**
 * "the biggest scam isn't samsung, it's xiaomi", 骗子不是华为，是小米: a word denied of one name and given, right after
 * 是 / "it's", to another. The word is the cue; the second name takes it.
 */
const MOVED_TO_NAME = (kinds: readonly CueKind[], to: readonly TargetKind[]): Slot[] => [
  { kind: kinds, as: 'cue' },
  { words: ['不是', '并不是', "isn't", 'isnt', 'is not', "aren't", 'arent', 'are not', "wasn't", 'was not'], gap: 3 },
  { target: ['brand', 'product', 'fans', 'executive', 'rival'], gap: 4 },
  { words: ['而是', '是', "it's", 'it is', 'its', "they're", 'they are', "it was"], gap: 4 },
  { target: to, gap: 1, as: 'target' },
];

export const CONSTRUCTIONS: readonly Construction[] = [
  {
    id: 'fraud-moved-to-name',
    doc: "The scam isn't A, it's X (骗子不是华为，是小米): the fraud word denied of one name is said of the name after 是 / it's.",
    rule: 'fraud-accusation',
    slots: MOVED_TO_NAME(['fraud', 'fraud-strong'], ['brand', 'product']),
    examples: {
      match: ["the biggest scam isn't samsung, it's xiaomi", '骗子不是华为，是小米'],
      nomatch: ['骗子不是小米，是那些冒充小米客服的人', "the scam isn't xiaomi, it's the carrier"],
    },
  },
  {
    id: 'insult-moved-to-name',
    doc: "The idiots aren't A's fans, they're X's (冤大头不是买华为的，是买小米的): the insult denied of one group is said of the group after 是 / it's.",
    rule: 'fan-insult',
    slots: MOVED_TO_NAME(['insult', 'person', 'dupe'], ['fans']),
    examples: {
      match: ['冤大头不是买华为的，是买小米的', "the idiots aren't samsung fans, it's xiaomi fans"],
      nomatch: ['冤大头不是买小米的，是我这种人', "the idiots aren't xiaomi fans, it's the resellers"],
    },
  },
  {
    id: 'doom-shifted-to-fans',
    doc: 'X will not die / fall; it is its fans who will: a doom denied for the brand and wished on its fans.',
    rule: 'fan-doom-wish',
    slots: [
      { target: ['brand', 'product'] },
      { role: 'negates-next', gap: 12 },
      { kind: ['death', 'ruin', 'death-wish', 'riddance'], gap: 6, as: 'cue' },
      { words: SHIFT, gap: 16 },
      { target: ['fans'], gap: 12, as: 'target' },
    ],
    examples: {
      match: ["Xiaomi won't die; it's the fans who will", "Xiaomi will never go under. It's the Mi fans who will", '小米不会亡，亡的是米粉'],
      nomatch: ["Xiaomi won't die; it's the best phone maker", 'Xiaomi will die; the fans love it anyway'],
    },
  },
  {
    id: 'doom-shifted-to-fans-elided',
    doc: 'X will not die; its fans will (the doom said once, the second time left out): a doom denied for the brand and wished on its fans.',
    rule: 'fan-doom-wish',
    slots: [
      { target: ['brand', 'product'] },
      { role: 'negates-next', gap: 12 },
      { kind: ['death', 'ruin', 'death-wish', 'riddance'], gap: 6, as: 'cue' },
      { target: ['fans'], gap: 16, as: 'target' },
      { words: ['will', 'shall', 'would', "'ll", '会', '才会'], gap: 2 },
      { end: true, gap: 6 },
    ],
    examples: {
      match: ["Xiaomi won't go under, its fans will", "xiaomi will never die. the mi fans will!", '小米不会倒闭，米粉才会。', "Xiaomi won't die. Its fans will — of terminal boredom"],
      nomatch: ["Xiaomi won't go under, its fans will buy more", "xiaomi won't die, its fans love it"],
    },
  },
  {
    id: 'not-this-but-fraud',
    doc: "X is not A, it's a scam (不是A，而是骗子 is read by the negation's own scope): the fraud word after the turn is said of X.",
    rule: 'fraud-accusation',
    slots: [...NOT_THIS, { kind: ['fraud', 'fraud-strong'], gap: 14, as: 'cue' }],
    examples: {
      match: ["xiaomi is not a company, it's a scam", "xiaomi isn't a phone maker, they're a bunch of crooks"],
      nomatch: ["xiaomi is not a scam, it's a great company", "xiaomi isn't perfect, but it's cheap"],
    },
  },
  {
    id: 'not-this-but-insult',
    doc: "X is not A, it's a joke / a cult: the insult after the turn is said of X.",
    rule: 'brand-insult',
    slots: [...NOT_THIS, { kind: ['insult', 'contempt', 'company-contempt'], gap: 14, as: 'cue' }],
    examples: {
      match: ["xiaomi isn't a tech company, it's a cult", "xiaomi is not a brand, it's a joke"],
      nomatch: ["xiaomi is not trash, it's a great company", "xiaomi isn't perfect, but it's cheap"],
    },
  },
  {
    id: 'not-this-just-that',
    doc: "X isn't A, just B (\"xiaomi isn't evil, just greedy\"): B, closing the sentence right after the turn, is said of X.",
    rule: 'brand-insult',
    slots: [
      { target: ['brand'], as: 'target' },
      { words: ['is not', "isn't", 'isnt', 'are not', "aren't", 'arent', 'was not', "wasn't"], gap: 4 },
      { words: ['just', 'only', 'merely', 'simply'], gap: 16 },
      { kind: ['insult', 'contempt', 'company-contempt'], gap: 8, as: 'cue' },
      { end: true, gap: 2 },
    ],
    examples: {
      match: ["xiaomi isn't evil, just greedy", 'xiaomi is not a scam, just a bit greedy.'],
      nomatch: ["xiaomi isn't a scam, only idiots think so", 'xiaomi is not a scam, just ignore the idiots', "xiaomi isn't perfect, just cheap"],
    },
  },
  {
    id: 'not-this-but-insult-zh',
    doc: '小米不是A，而是B / 就是B / 只是B: the insult or fraud word right after the turn is said of X.',
    rule: 'brand-insult',
    slots: [...NOT_THIS_ZH, { kind: ['insult', 'contempt', 'company-contempt', 'fraud', 'fraud-strong'], gap: 3, as: 'cue' }],
    examples: {
      match: ['小米不是骗子，就是贪婪', '小米不是科技公司，而是垃圾公司', '小米不算骗子，只是吃相难看'],
      nomatch: ['小米不是骗子，而是良心企业', '小米不是垃圾，就是贵了点', '小米不是骗子，是我们误会了，那些人是傻子'],
    },
  },
  {
    id: 'insult-shifted-to-fans',
    doc: 'What I hate is not X but its fans (不是A，而是B): the hostility moves from the brand to its fans.',
    rule: 'fan-insult',
    slots: [
      { kind: ['hate', 'hatred', 'insult', 'contempt'], as: 'cue' },
      { words: ['的不是', '的并不是', 'is not', "isn't", 'are not', "aren't"], gap: 6 },
      { target: ['brand', 'product'], gap: 10 },
      { words: ['而是', '是', 'but', "it's", 'it is'], gap: 6 },
      { target: ['fans'], gap: 12, as: 'target' },
    ],
    examples: {
      match: ['我讨厌的不是小米，而是它的粉丝', '我恨的不是小米，是米粉', "what i hate isn't xiaomi, it's the fans"],
      nomatch: ['我讨厌的不是小米，是华为', '我讨厌的不是小米的系统'],
    },
  },
  {
    id: 'fans-taken-for-dupes',
    doc: 'X 把 its fans 当 dupes (小米把米粉当韭菜割, 当猴耍): X is accused of fooling its fans; the fans are its victims, not insulted.',
    rule: 'fraud-accusation',
    slots: [
      { target: ['brand', 'product', 'executive'], as: 'target' },
      { words: ['把', '拿'], gap: 6 },
      { target: ['fans'], gap: 2 },
      // 当韭菜割, 当猴耍 (the cue holds 当), 当傻子, 当成韭菜
      { kind: ['dupe', 'fraud', 'contempt', 'insult'], gap: 3, as: 'cue' },
    ],
    examples: {
      match: ['小米把米粉当韭菜割', '小米就是把米粉当猴耍', '雷军把米粉当傻子'],
      nomatch: ['小米把米粉当家人', '米粉把小米当信仰'],
    },
  },
  {
    id: 'no-money-to-it',
    doc: "Don't give X your money (别给小米送钱了, 不要再给苹果交钱, \"don't give apple a cent\"): a call on others not to buy.",
    rule: 'boycott-call',
    slots: [
      { words: ['别给', '不要给', '别再给', '不要再给', '千万别给', '千万不要给', "don't give", 'dont give', 'do not give', 'never give', 'stop giving'] },
      { target: ['brand', 'product'], gap: 1, as: 'target' },
      { kind: ['money-to'], gap: 3, as: 'cue' },
    ],
    examples: {
      match: ['别给小米送钱了', '不要再给小米交钱', "don't give xiaomi a cent", "don't give xiaomi your money"],
      nomatch: ['小米给我送钱了', "don't give up on xiaomi", '我给小米送钱了'],
    },
  },
  {
    id: 'whoever-buys-it',
    doc: 'X, whoever buys it is a fool (小米谁买谁傻逼, 苹果手机有后门，谁用谁是冤大头): an insult at its buyers; 谁买谁知道 praises.',
    rule: 'fan-insult',
    slots: [
      { target: ['brand', 'product'], as: 'target' },
      { words: WHOEVER_BUYS_THEN, gap: 12 },
      { kind: ['insult', 'person', 'dupe'], gap: 2, as: 'cue' },
    ],
    examples: {
      match: ['小米谁买谁傻逼', '小米手机有后门，谁用谁是冤大头', '红米这种东西谁还买谁就是脑残'],
      nomatch: ['小米谁买谁知道', '小米谁用谁说好'],
    },
  },
  {
    id: 'whoever-buys-it-named-inside',
    doc: 'Whoever buys X is a fool (谁买小米谁傻逼, 谁用苹果谁是韭菜): the name inside the phrase.',
    rule: 'fan-insult',
    slots: [
      ...WHOEVER_BUYS_NAME,
      { words: ['谁就是', '谁是', '谁就', '谁'], gap: 3 },
      { kind: ['insult', 'person', 'dupe'], gap: 1, as: 'cue' },
    ],
    examples: {
      match: ['谁买小米谁傻逼', '谁还用小米谁是韭菜'],
      nomatch: ['谁买小米谁知道好', '谁用小米谁说好'],
    },
  },
  {
    id: 'whoever-buys-it-is-a-dog',
    doc: 'Whoever buys X is a dog (谁买小米谁是狗): the fixed curse, with animal words that are no insult alone.',
    rule: 'fan-insult',
    slots: [
      ...WHOEVER_BUYS_NAME,
      { words: ['谁就是', '谁是'], gap: 3 },
      { words: ['狗', '猪', '孙子', '王八'], gap: 1, as: 'cue' },
      { end: true, gap: 2 },
    ],
    examples: {
      match: ['谁买小米谁是狗', '谁再用小米谁就是孙子'],
      nomatch: ['谁买小米谁是狗狗的主人', '谁用小米谁是内行'],
    },
  },
  {
    id: 'whoever-buys-it-dies',
    doc: 'X, whoever buys it dies (小米汽车就是棺材，谁买谁死): death wished on its buyers, the clause ending there.',
    rule: 'fan-doom-wish',
    notInQuestion: true,
    slots: [
      { target: ['brand', 'product'], as: 'target' },
      { words: ['谁买谁', '谁用谁', '谁还买谁', '谁还用谁', '谁开谁'], gap: 16 },
      ...DIES_HERE,
    ],
    examples: {
      match: ['小米汽车就是纸糊的棺材，谁买谁死', '小米手机会爆炸，谁用谁死！'],
      nomatch: ['小米谁买谁死心', '小米谁买谁知道', '小米谁用谁说好', '小米汽车谁开谁死？造谣的人该坐牢'],
    },
  },
  {
    id: 'whoever-buys-it-dies-named-inside',
    doc: 'Whoever buys X dies (谁买小米谁死): the name inside the phrase.',
    rule: 'fan-doom-wish',
    notInQuestion: true,
    slots: [
      ...WHOEVER_BUYS_NAME,
      { words: ['谁就', '谁'], gap: 3 },
      ...DIES_HERE,
    ],
    examples: {
      match: ['谁买小米谁死', '谁买小米汽车谁就死'],
      nomatch: ['谁买小米谁死心', '谁买小米谁知道'],
    },
  },
  {
    id: 'sarcastic-praise',
    doc: 'Praise followed by the sarcastic smile (小米真是良心企业呢[微笑], 业界良心呵呵): contempt said as praise.',
    rule: 'brand-insult',
    slots: [
      { target: ['brand'], as: 'target' },
      { words: ['良心企业', '良心公司', '良心厂商', '良心厂', '业界良心', '良心商家'], gap: 8, as: 'cue' },
      // right after it, perhaps after a particle (呢, 啊): not after another name (小米真是业界良心，华为呵呵)
      { words: ['[微笑]', '[呵呵]', '呵呵'], gap: 2 },
    ],
    examples: {
      match: ['小米真是良心企业呢[微笑]', '小米真是业界良心呵呵，刚买就降价'],
      nomatch: ['小米真是良心企业，点赞', '小米真是良心企业[赞]', '小米这价格真是业界良心，华为呵呵'],
    },
  },
  {
    id: 'only-dupes-buy-it',
    doc: 'X … only a fool would buy it (这种智商税产品，也就人傻钱多的冤种会去买): the word for the only ones who buy it is for its buyers.',
    rule: 'fan-insult',
    negatable: true,
    notInQuestion: true,
    slots: [
      { target: ['brand', 'product'], as: 'target' },
      { words: ['也就', '就只有', '只有', '只配'], gap: 24 },
      { kind: ['person', 'dupe'], gap: 2, as: 'cue' },
      { words: ['会买', '才买', '会去买', '才会买', '才会去买', '去买', '排队买', '会去排队买', '才去买', '买单', '会买单', '才会买单'], gap: 6 },
      // the buying ends the clause: its object is the name before (只有傻子才会买苹果 is about another's buyers)
      { end: true, gap: 1 },
    ],
    examples: {
      match: ['小米14这种智商税产品，也就人傻钱多的冤种会去排队买', '红米这价格，只有傻子才会买'],
      nomatch: ['小米14这种产品，也就我这种穷学生会去买', '红米这价格，只有傻子才会说不值', '小米14，也就黄牛会去排队买', '苹果这么贵，性价比这么高的小米，只有傻子才会买苹果',
        '红米这么便宜，只有傻子才会买吗？我不这么认为'],
    },
  },
  {
    id: 'iq-mocked',
    doc: "The fans' IQ, marvelled at (果粉的智商真是令人叹为观止呢[doge]): praise of a group's intelligence said with a smirk is contempt for it.",
    rule: 'fan-insult',
    notInQuestion: true,
    slots: [
      { target: ['fans'], as: 'target' },
      { words: ['的智商', '们的智商', '的脑子'], gap: 0 },
      // marvelling words only: a smirking emoji may close a real question (米粉的智商高不高？[doge])
      { words: ['叹为观止', '令人感动', '让人感动', '感人至深', '令人佩服', '让人佩服', '令人折服'], gap: 8, as: 'cue' },
    ],
    examples: {
      match: ['米粉的智商真是令人叹为观止呢，换个接口都能吹三天[doge]', '米粉的智商真是感人至深'],
      nomatch: ['米粉的智商不比别人低', '米粉的智商高不高？[doge]', '米粉的平均年龄真是令人叹为观止'],
    },
  },
  {
    id: 'iq-doubted',
    doc: "The fans' or buyers' IQ found wanting (iPhone用户的智商，真的令人担忧; Galaxy用户智商是不是都不太高): said of the group, an insult.",
    rule: 'fan-insult',
    notInQuestion: true,
    negatable: true,
    slots: [
      { target: ['fans'], as: 'target' },
      { words: ['智商', '的智商', '们的智商'], gap: 0 },
      // (not 不高, inside 高不高; nor 有问题 or 着急, said of anything in the next clause: 智商没问题，有问题的是定价; nor
      // 太低 or 为零, said of 智商税, the price premium: 智商税为零 is praise)
      { words: ['令人担忧', '让人担忧', '堪忧', '不太高', '捉急', '欠费'], gap: 6, as: 'cue' },
    ],
    examples: {
      match: ['米粉的智商，真的令人担忧', '小米用户智商是不是都不太高，这种东西也买'],
      nomatch: ['米粉的智商不比别人低', '米粉的智商高不高？', '谁说米粉的智商不高？', '米粉的智商并不低', '米粉的智商没问题，有问题的是小米的定价', '米粉智商高不高我不知道，我只知道我着急用钱', '米粉的智商税为零，性价比之王'],
    },
  },
  {
    id: 'who-still-buys-it',
    doc: 'X, and people still buy it? (三星手机会爆炸还有人买？脑子有坑吧): the insult after the question is for its buyers.',
    rule: 'fan-insult',
    negatable: true,
    slots: [
      { target: ['brand', 'product'], as: 'target' },
      { words: ['还有人买', '还有人用', '居然有人买', '竟然有人买', '居然还有人买', '竟然还有人买', '还有人买单'], gap: 16 },
      // right after the question: a subject of its own between (黄牛都是傻子) is whom the insult is for
      { kind: ['insult', 'person', 'dupe'], gap: 3, as: 'cue' },
    ],
    examples: {
      match: ['小米手机会爆炸还有人买？脑子有坑吧', '红米还有人买？都是傻子吧'],
      nomatch: ['小米还有人买吗？我想问问体验', '小米还有人买？我就买了，不是傻子', '小米还有人买吗？黄牛都是傻子'],
    },
  },
  {
    id: 'old-dog',
    doc: 'An executive called an old dog right after the name (雷军这老狗): the insult; 老狗 alone is as often a pet.',
    rule: 'executive-insult',
    slots: [
      { target: ['executive'], as: 'target' },
      { words: ['这老狗', '这条老狗', '这个老狗', '那老狗', '老狗'], gap: 0, as: 'cue' },
    ],
    examples: {
      match: ['雷军这老狗，挤牙膏挤出花了'],
      nomatch: ['我家这条老狗天天趴在小米空调底下睡觉'],
    },
  },
  {
    id: 'ruin-celebrated',
    doc: 'The day X dies, I will celebrate (苹果倒闭那天我放鞭炮): its end looked forward to, with any word for it.',
    rule: 'brand-doom-wish',
    notInQuestion: true,
    slots: [
      { target: ['brand'], as: 'target' },
      { kind: ['death', 'ruin'], gap: 3, as: 'cue' },
      { words: ['那天', '那一天', '的那天', '的那一天', '之日', '的时候', '那会'], gap: 1 },
      { words: CELEBRATION, gap: 6 },
    ],
    examples: {
      match: ['小米倒闭那天我放鞭炮🧨', '小米破产的那一天我一定开香槟庆祝'],
      nomatch: ['小米上市那天我放鞭炮', '小米倒闭那天我会很难过', '小米倒闭的时候我会在家庆祝？不会的，我是米粉'],
    },
  },
  {
    id: 'ruin-celebrated-ahead',
    doc: 'When will X go bust? I have the firecrackers ready (苹果什么时候倒闭啊，我鞭炮都买好了): its end asked after, and the author right there with the celebration.',
    rule: 'brand-doom-wish',
    negatable: true,
    notInQuestion: true,
    slots: [
      { target: ['brand'], as: 'target' },
      { words: ['什么时候', '啥时候', '何时'], gap: 4 },
      { kind: ['death', 'ruin'], gap: 3 },
      { role: 'self', gap: 6 },
      // right after the author (我鞭炮都买好了, 我就去放烟花): not others the author speaks of (我看那些放鞭炮的)
      { words: [...CELEBRATION, '鞭炮', '烟花', '香槟'], gap: 2, as: 'cue' },
    ],
    examples: {
      match: ['小米什么时候倒闭啊，我鞭炮都买好了', '小米什么时候破产，到时候我就去放烟花'],
      nomatch: ['小米什么时候倒闭啊，我很担心', '小米什么时候倒闭？我也不会放鞭炮', '小米上市那天，我放了鞭炮', '天天喊小米倒闭，我看那帮准备放鞭炮的人要失望了',
        '小米差点倒闭那年我还在上小学，过年放鞭炮玩', '小米什么时候倒闭啊？我看那些放鞭炮的要失望了'],
    },
  },
  {
    id: 'ruin-awaited',
    doc: 'Why has X not died yet (小米怎么还不倒闭, 苹果咋还不完蛋): its end awaited, with any word for it.',
    rule: 'brand-doom-wish',
    slots: [
      { target: ['brand', 'product'], as: 'target' },
      { words: ['怎么还不', '咋还不', '怎么还没', '咋还没', '为什么还不', '为啥还不', '为什么还没', '为啥还没', '还不'], gap: 6 },
      { kind: ['death', 'ruin'], gap: 0, as: 'cue' },
    ],
    examples: {
      match: ['小米怎么还不完蛋', '小米咋还没凉凉', '小米还不消失吗', '小米为什么还没死'],
      nomatch: ['小米还不错', '小米还没倒闭，挺好', '小米还不死心', '小米还没倒闭'],
    },
  },
  {
    id: 'fall-awaited',
    doc: 'Why has X not fallen yet (华为怎么还不倒, 小米还不崩啊): a one-character fall awaited, asked as a question; said flatly (小米还不倒，说明…) it is a statement.',
    rule: 'brand-doom-wish',
    slots: [
      { target: ['brand', 'product'], as: 'target' },
      { words: ['怎么还不', '咋还不', '怎么还没', '咋还没', '为什么还不', '为啥还不', '为什么还没', '为啥还没'], gap: 6 },
      { kind: ['fall'], gap: 0, as: 'cue' },
    ],
    examples: {
      match: ['小米怎么还不倒', '小米为啥还没垮'],
      nomatch: ['小米还不倒，说明有人买', '小米怎么还不错'],
    },
  },
  {
    id: 'fall-awaited-asked',
    doc: 'X still has not fallen?! (小米还不崩啊, 还不倒吗): 还不 and a one-character fall closed by a question or exclamation particle.',
    rule: 'brand-doom-wish',
    slots: [
      { target: ['brand', 'product'], as: 'target' },
      { words: ['还不'], gap: 6 },
      { kind: ['fall'], gap: 0, as: 'cue' },
      { words: ['啊', '吗', '呀', '呢', '?', '？', '!', '！'], gap: 0 },
    ],
    examples: {
      match: ['小米还不垮吗', '小米还不倒吗？'],
      nomatch: ['小米还不倒，说明有人买', '小米还不倒是因为性价比', '小米还没倒吗？'],
    },
  },
  {
    id: 'ruin-wished',
    doc: 'A wish that the company\'s stock, share or sales fall (希望小米股价暴跌, hope xiaomi stock crashes): its ruin wished.',
    rule: 'brand-doom-wish',
    negatable: true,
    slots: [
      { role: 'wish' },
      { target: ['brand', 'product'], gap: 4, as: 'target' },
      { kind: ['business-measure'], gap: 8 },
      { kind: ['decline'], gap: 6, as: 'cue' },
    ],
    examples: {
      match: ['希望小米股价暴跌', '希望小米今年的份额继续下降', 'I hope xiaomi stock crashes'],
      nomatch: ['希望小米股价不要下跌', '希望小米价格下降', '小米股价暴跌了'],
    },
  },
];
