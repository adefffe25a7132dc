/**
 * The language data the rules read: hostile cues, and the words that change what a cue means (negation,
 * reported speech, the other senses of a word). Hand-curated from general knowledge of Chinese and English
 * online language; nothing here is copied from the evaluation sets (their licences allow measurement only).
 *
 * Terms are written in the normalized form (simplified Chinese, lower case). Latin terms match whole words
 * only. Add a term when it is a general way people say the thing, never to fix one example.
 */

export type CueKind =
  /** Name-calling aimed at people or groups: 脑残, idiots. */
  | 'insult'
  /** Pejoratives that also fit things and companies: 垃圾, trash. Aimed at a product, they are criticism. */
  | 'contempt'
  /** Curses; they count only when addressed right at a target ("fuck xiaomi"). */
  | 'profanity'
  /** Curses said to someone (fuck you, 操你, go to hell): exclamations, aimed at whoever they follow or precede. */
  | 'curse-at'
  /** Taunts said to someone: cry more, stay mad. */
  | 'taunt'
  /** Shamelessness (无耻, 不要脸): only who acts can have it, so alone at the end of a post about the name it is said of it. */
  | 'disgrace'
  /** Wishing death or ruin in so many words: 去死, 早日倒闭, go die. */
  | 'death-wish'
  /** The end of a business (倒闭, go bankrupt): as death, but only a company or its people can meet it. */
  | 'ruin'
  /** A business's end done to it ("sued into the ground", "fined out of existence"): the name is the object right before. */
  | 'ruin-object'
  /** Glad to see something go (good riddance): of a company a doom wish, as often said of a thing it dropped. */
  | 'riddance'
  /** Death or ruin as an event: 死, 倒闭, die. A wish for a company needs a wish marker too. */
  | 'death'
  /** Turns a doom event into a wish: 希望, 早日, 赶紧, hope. */
  | 'wish'
  | 'boycott'
  /** People who make a product: after a product name, its maker's staff (the miui devs, 红米的客服). */
  | 'maker'
  /** People employed (员工, 店员, employees): after a product name too (a store's), its staff. */
  | 'employee'
  /** Nouns of wrongdoing that can only be people (thieves, 骗子): what a service unit is called when it is its staff. */
  | 'wrongdoer'
  /** Words for people that also fit a useless thing (废物): they call a service unit's staff only with a group word. */
  | 'also-thing'
  /** A unit of the company that serves customers (售后, support): called people, it is its staff. */
  | 'service-unit'
  /** A boycott said as the author's own doing (not buying): a call only with a call word before it. */
  | 'boycott-own'
  /** A ban word that is a call only in imperative position ("Ban X"): after any subject it is news. */
  | 'ban-imperative'
  | 'boycott-call'
  /** A ban called for, said of its subject: "xiaomi should be banned". */
  | 'ban-call'
  | 'fraud'
  /** Verbs of wrongdoing whose object is the victim: 抄袭, 坑, stealing. */
  | 'fraud-verb'
  /** Fraud words strong enough to accuse a brand even when said of a product: 骗钱, scam. */
  | 'fraud-strong'
  /** Insult nouns that can only mean people: after a product name they mean its users ("iPad nutters"). */
  | 'person'
  /** Buyers and defenders as dupes or lackeys (韭菜, 冤大头, 殖人, sheeple): under a post about the brand, its buyers. */
  | 'dupe'
  /** Words for a company as such (垃圾公司, 狗厂, 奸商): under a post about the brand, the brand. */
  | 'company-contempt'
  /** Turns a boycott word into a call on others: 大家, 一起, 该, let's, everyone. */
  | 'call'
  /** Rhetorical frames that deny what follows when the sentence is a question: 你以为…？ */
  | 'rhetorical'
  | 'conditional'
  /** Degree words (so, such, 那么): right after a negator in a condition, the condition presupposes the quality. */
  | 'counterfactual-degree'
  | 'consequent'
  | 'sayers'
  /** A gerund of saying that opens its clause ("calling X sheep is dumb"): the words after it are mentioned, not said. */
  | 'saying-gerund'
  | 'opponent-head'
  | 'saying'
  /** Second-person address: an insult right after it is said to the name in the sentence. */
  | 'you'
  /** First person right before an insult: the author is talking about themself ("I'm an idiot"). */
  | 'self'
  /** Hatred of the brand itself ("i hate you", "most hated"); venting next to a product failure is criticism. */
  | 'hatred'
  /** Contempt as a predicate whose subject must be the name: "Apple sucks". */
  | 'contempt-predicate'
  /** Verbs of hatred whose object is the brand: hate, despise, 讨厌. */
  | 'hate'
  /** Gloating at harm that befell them: 活该, serves them right. */
  | 'gloat'
  /** People or parties other than the brand: 博主, 网友, 友商, the reporter. */
  | 'third-party'
  | 'person-ref'
  /** One person pointed at (这人, 这老头, this guy): after an executive is named, that executive. */
  | 'person-back'
  | 'affirming-tag'
  /** 就是 right after the word a 不是 precedes, in one clause (不是骗子就是傻子): one or the other, both said. */
  | 'either-or'
  | 'advice'
  /** A time or a condition on a purchase (right now, before black friday, at full price): after a call, buying advice. */
  | 'purchase-timing'
  | 'scope-end'
  /** Verbs that attribute words to someone: claims, alleges, 声称. After a third party, what follows is theirs. */
  | 'attribution'
  /** Verbs of a headline's closing attribution (", says the lawsuit", ", senators urge"): the sentence before is theirs. */
  | 'attribution-tail'
  /** A group named by reference: "its fans", "the fans", 它的粉丝. */
  | 'group-ref'
  /** The company's people named by reference: "their staff", 它的员工. */
  | 'staff-ref'
  /** Praise (amazing, great): an insult after it in a list of adjectives is not said of what it praises. */
  | 'praise'
  /** "Whoever buys" (谁买, 谁还用): the opening of the whoever-buys constructions. */
  | 'whoever-buys'
  /** A company named by reference: 这家公司, "the company". */
  | 'company-ref'
  /** A company referred to as people (these guys, those people): people named first may be whom they mean. */
  | 'crew-ref'
  /** A device named by reference: 这手机, 这玩意, "this phone". */
  | 'product-ref'
  /** Plural pronouns that may point back at the last name: they, them, 他们. */
  | 'pronoun'
  /** A plural pronoun for people or an organisation only: 他们. */
  | 'pronoun-people'
  /** Pronouns that can only mean a thing or a company: 它, 它们, 它家. */
  | 'pronoun-thing'
  /** Nouns for a company (公司, 企业, company): with a determiner before them (这个…的企业), a company-ref. */
  | 'company-head'
  /** Measures of a company's business (股价, 份额, stock, sales): their fall wished is its ruin wished. */
  | 'business-measure'
  /** Falls and collapses (暴跌, 下降, crash, plummet): with a wish and a business measure, a ruin wish. */
  | 'decline'
  | 'fall'
  /** Plural demonstratives (these, 那些, 这帮): an insult right after one names a group of its own. */
  | 'demonstrative'
  /** Determiners that point back (这个, 如此, this, such a): before a company noun, they refer to the brand. */
  | 'ref-determiner'
  /** Before a brand name, makes the target its people: "people at the @apple store". */
  | 'staff-pre'
  /** Buying or using verbs before a name (买, 用): "买苹果的", "傻子才买苹果" mean its buyers. */
  | 'buy'
  /** Relative clauses that name buyers or users by themselves: "who buys", "who still use". */
  | 'buyer-clause'
  /** Words that make a following curse part of a noun phrase ("the real fucking apple company"). */
  | 'determiner'
  /** Claims of money or ties with the brand: 小米给我打钱, sponsored by. */
  | 'relationship'
  /** Ordinary product complaints: 失望, 卡顿, disappointing, overheats. */
  | 'criticism'
  /** A failure being told (yet again, cannot download, screws up): context that makes hatred venting, no finding. */
  | 'frustration'
  /** Negates the cue right after it: 不是, not. */
  | 'negator'
  /** Negates the rest of its sentence: 不认为, I don't think. */
  | 'negator-scope'
  /** Someone else's words are being reported: 有人说, people who call. */
  | 'report'
  /** The author rejects what was reported: 太过分, toxic. */
  | 'reject'
  /** The author says what was reported is false or unfair: 胡说, 拿出证据, "not true". */
  | 'refute'
  /** Named so by others, in the passive: 被骂, "get called". */
  | 'passive-report'
  /** The passive of suffering (被, 遭遇): the name before it suffers the wrongdoing after it. */
  | 'suffers'
  /** Taken back at once: just kidding, /s, 开玩笑的. */
  | 'retract'
  /** Money handed to a company (送钱, "your money"): a call not to buy in the construction no-money-to-it. */
  | 'money-to'
  /** Before a slur: telling others to stop using it (别叫, "stop calling"): the slur is mentioned, not used. */
  | 'stop-naming'
  /** After a slur: words for it as a word (这种叫法, 这个称呼): with a rejection after them, mentioned, not used. */
  | 'word-for'
  /** After a quoted slur and 等 or 一: a noun for words (“米猴”等词, “果蛆”一词, 等侮辱性词汇): mentioned as a word, not used. */
  | 'word-listed'
  /** After a question, saying it was asked to learn: genuine question, 真心求问. */
  | 'asked-after'
  /** After a cue, name it a claim or a label (割韭菜的说法, 倒闭的传言): it is mentioned, not said. */
  | 'claim-after'
  /** Verbs of wishing that open a relative clause about those who wish (希望小米倒闭的人). */
  | 'wishing'
  /** Guarding against a wrong (谨防, 拦截, beware of): the wrong after it is a danger, not said of a name before. */
  | 'guard'
  /** The author takes up what someone else said: "and he's right", 说得对. */
  | 'endorse'
  /** Assent that may be a sentence of its own after a report: "He's right.", "I agree.", 说得对。 */
  | 'assent'
  /** First words of a sentence that answer the question before it yes: 请问小米是骗子吗？我觉得是。 */
  | 'answer-yes'
  /** First words of a sentence that answer the question before it no: "Is X a scam? No.", 小米是骗子吗？不是。 */
  | 'answer-no'
  /** Right after a cue, deny it: 造假没必要, 骗人不至于, 倒闭不可能. */
  | 'denied-after'
  /** After a brand or product name, makes the target its fans or users: 粉丝, users. */
  | 'fan-head'
  /** One of them, after a word that counts people: "every xiaomi buyer", "any apple user". */
  | 'fan-head-one'
  /** After a brand name, makes the target its people: 高管, employees. */
  | 'staff-head'
  /** Between a brand name and a cue, shows the cue is about a product or service: 售后, battery. */
  | 'aspect';

/** Buyers named by buying or using it (买这个的都是傻子): group references in the cue lists. */
const BUYERS_OF_IT = ['买它的', '买这个的', '买这玩意的', '买这款的', '买这种的', '用它的', '用这个的', '用这玩意的',
  // the buyers with the thing left out, after it was named: 华为的手机卖那么贵，买的人都是冤大头 (Cantonese 买嘅人)
  '买的人', '用的人', '买的都是', '用的都是', '买嘅人', '用嘅人',
  // those who ordered it (下定的全是冤大头): its buyers before delivery
  '下定的', '下订的', '下单的', '订车的', '提车的'];
/**
 * Its buyers named by buying what was named before: "people who buy it", "the people who keep buying this stuff",
 * "anyone buying their junk".
 */
const BUYERS_OF_IT_EN = ((): string[] => {
  const who = ['people who', 'the people who', 'anyone who', 'those who', 'whoever', 'everyone who'];
  const buy = (plural: boolean) => (plural ? ['buy', 'still buy', 'keep buying'] : ['buys', 'still buys', 'keeps buying']);
  // Not "them" or "it" (beyond the few below): they as often mean a thing named on the way ("extended warranties
  // are a scam, people who buy them…").
  const objects = ['this stuff', 'this crap', 'this junk', 'this garbage', 'their stuff', 'their junk', 'their crap', 'their garbage', 'their products', 'their phones'];
  const out: string[] = ['people who buy it', 'anyone who buys it', 'whoever buys it', 'those who buy it', 'anyone buying it', 'people buying it'];
  for (const w of who) for (const b of buy(w === 'people who' || w === 'the people who' || w === 'those who')) for (const o of objects) out.push(`${w} ${b} ${o}`);
  for (const w of ['people', 'anyone', 'anyone still', 'people still']) for (const o of objects) out.push(`${w} buying ${o}`);
  return out;
})();
/**
 * Buyers or defenders with no judgement of their own: "xiaomi fans will buy literally anything", "they'd defend
 * anything". Said only of people (a product does not buy).
 */
const WILL_DO_ANYTHING = ['will', 'would', "they'll", "they'd"].flatMap((modal) =>
  ['buy', 'defend', 'pay for', 'eat up'].flatMap((verb) => ['anything', 'literally anything'].map((what) => `${modal} ${verb} ${what}`)));
/** Its defenders named by defending what was named before: "anyone still defending them", "people simping for it". */
const DEFENDERS_OF_IT_EN = ((): string[] => {
  const out: string[] = [];
  for (const obj of ['them', 'it']) {
    for (const who of ['people', 'anyone', 'everyone', 'those', 'anybody']) {
      for (const verb of ['defending', 'still defending', 'simping for']) out.push(`${who} ${verb} ${obj}`);
      const defends = who === 'people' || who === 'those' ? 'defend' : 'defends';
      out.push(`${who} who ${defends} ${obj}`, `${who} who still ${defends} ${obj}`);
    }
  }
  return out;
})();
/** A ban demanded with a modal, perhaps with an adverb between: "should ban", "the EU should just ban", "needs to finally ban". */
const BAN_DEMANDS = ['should', 'must', 'need to', 'needs to', 'ought to', 'gotta'].flatMap((modal) =>
  ['', 'just ', 'really ', 'totally ', 'finally ', 'simply ', 'already ', 'honestly '].map((adverb) => `${modal} ${adverb}ban`));
/** Foolish enough to buy it ("dumb enough to buy", "stupid enough to finance"): the buyer is the fool. */
const ENOUGH_TO_BUY = ['dumb', 'stupid', 'gullible'].flatMap((adjective) => ['buy', 'finance', 'preorder', 'pre-order'].map((verb) => `${adjective} enough to ${verb}`));
/** 傻 with a degree word (有点傻, 很傻): insults for people. */
const DEGREES_OF_SILLY = ['有点傻', '真傻', '太傻', '好傻', '很傻', '更傻'];
/** 坑 ("a rip-off") with a degree word: a complaint. */
const DEGREES_OF_KENG = ['有点坑', '太坑', '真坑', '好坑', '挺坑', '很坑', '巨坑', '超坑'];

/** Assent alone in the sentence after a report (not 活该: after a story it is "serves him right"); each is an endorsement too. */
/** Words for what someone said, as a remark (这话, 这种叫法): judged, they judge the remark, not its target. */
const REMARK_WORDS: readonly string[] = ['这话', '这种话', '这种叫法', '这种说法', '这句话'];

const ASSENT: readonly string[] = [
  "he's right", 'he is right', "she's right", 'she is right', "they're right", 'they are right',
  'absolutely right', '100% right', '100% correct', 'spot on', "couldn't agree more", 'could not agree more',
  'i agree', 'totally agree', 'agreed', 'so true', 'he has a point', 'she has a point', '说得对', '说的对', '说得没错',
  '说的没错', '说得一点没错', '一点没错', '太对了', '完全同意', '我同意', '我赞同', '没毛病', '说得好', '骂得好', '骂得对', '确实如此', '完全正确',
];

export const CUES: Record<CueKind, readonly string[]> = {
  insult: [
    // zh: name-calling
    // compared with a dog or a pyramid scheme: less than human, or a brainwashed cult (米粉比狗还忠诚, 花粉比传销还疯狂)
    '比狗还', '狗都不如', '连狗都不如', '猪狗不如', '比传销还', '传销组织', '跟传销一样', '像传销一样', '和传销一样',
    '脑残', '脑瘫', '智障', '弱智', '白痴', '傻逼', '傻b', '傻x', '傻叉', '傻比', '煞笔', '沙比', '傻屌', '傻缺', '傻帽',
    '傻子', '傻瓜', '大傻', 'sb', 'nc', 'zz', 'rz', 'sjb', 'sx', '2b', '二逼', '二b', '傻13', '傻哔', '憨批', '哈批', '瓜娃子', '龟儿子', '二货', '二百五', '蠢货', '蠢猪', '蠢驴', '蠢材', '愚蠢', '蠢', '废物', '人渣', '败类', '畜生', '畜牲',
    '禽兽', '杂种', '狗东西', '狗日的', '狗杂种', '走狗', '舔狗', '狗奴才', '奴才', '孝子', '贱人', '贱货', '下贱', '婊子',
    '狗仗人势', '一丘之貉', '软骨头', '洋奴', '营销狗', '土狗', '好骗', '傻仔嚟', '势利眼', '牛皮大王',
    '屌丝', '老东西', '老狐狸', '老狗逼', '阴b', '阴逼', '老阴比', '精日', '精日分子', '低能', '低能儿', '有病', '神经病', '精神病', '脑子有病', '脑子进水', '没脑子', '无脑', '不是人', '不是东西', '冤大头',
    '没长脑子', '不长脑子', '没长眼睛', '挂个脑科', '挂脑科', '要么是傻', '就是傻', '吃屎长大的', ...DEGREES_OF_SILLY, '傻透了', '还傻', '智商为负', '负智商', '像狗一样', '跟狗一样', '和狗一样', '像条狗',
    '钱多烧的', '钱多烧得慌', '吹牛大王', '好狗', '到处咬人', '乱咬人', '见人就咬', '就知道喷', '只会喷', '玻璃心',
    '脑子有坑', '脑子有泡', '脑子被门夹了', '脑子被驴踢了', '脑壳有包', 'mdzz', '智商不高', '智商低',
    // a head full of paste
    '脑子里都是坑', '脑子里全是坑', '脑子里都是浆糊', '脑子里装的都是浆糊', '脑子里全是浆糊', '满脑子浆糊', '一脑子浆糊', '脑子是浆糊', '脑袋里都是浆糊',
    '脑子有问题', '智商感人', '智商捉急', '智商让人着急', '智商欠费', '智商盆地', '智商为零', '低智商', '没智商', '智商令人担忧',
    '有大病', '有什么大病', '狗眼看人低', '良心都被狗吃了', '疯狗', '放屁', '说话跟放屁一样', '说话跟放屁似的', '说话像放屁', '说的话跟放屁一样', '说话如同放屁', '满嘴跑火车', '脸都不要了', '连脸都不要', '爱国贼', '孝', '太孝了', '傻死了', '舔死了', '还有脸', '没有良心', '没良心', '良心被狗吃了', '良心不会痛', '丧尽天良', '无良', '虚伪', '伪君子', '无药可救', '人血馒头', '国难财', '没素质', '低素质', '洗地',
    // who do you think you are; nobody normal among them; people of low character (said of a group or a company)
    '算什么东西', '算个什么东西', '没几个正常人', '没一个正常人', '没有一个正常人', '素质低', '素质太低', '素质极低',
    '素质差', '素质太差', '素质堪忧', '素质低下',
    '人傻钱多', '是不是傻', '跪舔', '喷子', '汉奸', '卖国贼', '狗腿子', '跳梁小丑', '小丑', '猪脑子', '猪队友', '蛆',
    '都是狗', '一群狗', '一群猪', '全是狗', '全是猪', '什么玩意', '瞎了眼', '眼瞎', '脑子坏了', '饭圈', '邪教', '洗脑',
    // Cantonese, and a slur for overworked staff
    'on9', '傻閪', '仆街', '食屎', '美帝的狗', '奋斗逼', '废柴', '傻仔', '戆居', '死蠢', '柒头', '巨婴', '土鳖',
    // buyers and defenders as dupes, lackeys or colonised minds
    '穷鬼', '韭菜', '大冤种', '冤种', '大怨种', '怨种', '接盘侠', '凯子', '大凯子', '殖人', 'zhi人', '精神殖民', '冇脑', '没脑', '义和团', '带路党', '护主', '跪族', '装逼', '装b', '装x', '基佬', '白左', '假洋鬼子',
    // en: name-calling
    'idiot', 'idiots', 'idiotic', 'moron', 'morons', 'moronic', 'imbecile', 'imbeciles', 'stupid', 'dumb', 'dumbass',
    'dumbasses', 'retard', 'retards', 'retarded', 'scum', 'scumbag', 'scumbags', 'loser', 'losers', 'clown', 'clowns',
    'brainless', 'brain dead', 'brain-dead', 'braindead', 'brainwashed', 'sheep', 'sheeple', 'cult', 'cultists', 'bootlicker',
    // fans taken for paid accounts, not people: "huawei fanboys = paid wumao bots"
    'paid bots', 'paid shills', 'paid trolls', 'wumao', 'wumaos',
    'coward', 'cowards', 'cowardly', 'cheapskates', 'cheapskate', 'poors', 'bozos', 'tossers', 'pricks', 'degenerates', 'hypocrites', 'sellouts',
    'parasites', 'leeches', 'bloodsuckers', 'vultures', 'snakes',
    'bootlickers', 'shill', 'shills', 'nutters', 'douchebag', 'douchebags', 'douche', 'douches', 'jackass', 'jackasses',
    'asshole', 'assholes', 'dickhead', 'dickheads', 'piece of shit', 'pieces of shit', 'cunt', 'cunts', 'bastard',
    'bastards', 'fools', 'fool', 'worst kind of people', 'scum of the earth', 'creeps', 'drunks', 'zero brain cells', 'empty suit', 'bean counter', 'spineless',
    'dumb as rocks', 'dumb as a rock', 'dumbest people', 'stupidest people', 'run by idiots', 'run by morons', 'run by clowns', 'run by monsters', 'staffed by idiots', 'staffed by morons', 'arrogant', 'inept', 'nazi', 'nazis', 'fascist', 'fascists', 'pigs', 'dipshit',
    'dipshits', 'twat', 'twats', 'wanker', 'wankers', 'simpletons', 'halfwits', 'bitches', 'hoes', 'fucks', 'fuckers',
    'motherfucker', 'motherfuckers', 'mofos', 'muthafuckas', 'dingbats', 'cringey', 'cringy', 'are cringe', 'is cringe', 'so cringe', 'fuckboys', 'fuck boys', 'faggot', 'faggots', 'fags', 'lemmings', 'dumbest', 'stupidest', 'dumber', 'stupider', 'insufferable', 'delusional', 'parasite', 'bhakts', 'crybabies', 'manchildren', 'man-children', 'simp', 'muppet', 'muppets', 'incompetents', 'traitors', 'talentless', 'incompetent hacks', 'talentless hacks', 'useless hacks',
    '太监团', '吃干饭的', '吃人不吐骨头', '跟传销似的', '像传销似的', 'have no brains', 'has no brain', 'no brain cells', 'more money than sense', 'dorks',
    // more words for people as brutes, monsters or dullards; a brain that does not work (脑子不好使)
    // (not thugs, lowlifes, ghouls: said as often of robbers and of people who mock a tragedy, whom a post names apart)
    'psychopaths', 'psychopath', 'sociopaths', 'sociopath', 'mouth breathers', 'cretins', 'cretin', 'buffoons', 'buffoon', 'dimwits', 'dimwit', 'nitwits', 'nitwit', 'knuckleheads',
    '脑子不好使', '脑子不太好使', '脑子不好用', '脑袋不好使',
    // superlatives of contempt with "people": "the most annoying people on the internet", "the smuggest people in tech"
    'most annoying people', 'most entitled people', 'smuggest people', 'most obnoxious people', 'most insufferable people', 'most gullible people',
    'most pretentious people', 'most delusional people', 'saddest people', 'most pathetic people', 'most useless people',
  ],
  // Shamelessness, said of one who acts: the brand, its people or its fans, never a thing (无耻, 不要脸).
  // (要点脸 "have some shame": said to whoever has none)
  disgrace: ['无耻', '可耻', '卑鄙', '下作', '不要脸', '臭不要脸', '无耻至极', '要点脸', '要点脸吧', '能不能要点脸'],
  contempt: [
    // never does anything decent (不干人事), said of a company or a person
    '不干人事', '没干过人事', '不做人事', '净干些缺德事',
    '垃圾', '辣鸡', '拉圾', 'lj', '作恶', 'dumpster fire of a company', '真贱', '够贱', '太贱', '好贱', '犯贱', '下贱', '真是贱', '就是贱', '邪恶', '滚下台', '贱人', '贱货', '垃圾公司', '破公司', '烂公司', '黑心', '恶心', '流氓', '吸血鬼', '吸血', '奸商',
    '狗公司', '毒瘤', '耻辱', '卖国', '丢人', '丢脸', '下三滥', '恶臭', '令人作呕', '滚出',
    '滚粗', '滚蛋', '给我滚', '滚吧', '去你的', '呸', '上不了台面', '一文不值', '可悲', '山寨货', '山寨厂', '狗屎', '一坨屎', '是坨屎', '一坨翔', '坨翔',
    '臭名昭著', '丧心病狂', '厚颜无耻', '人面兽心', '狼心狗肺', '蛇蝎心肠', '不得人心', '草菅人命', '谋财害命', '视人命如草芥',
    // company slurs and verdicts on a whole company or group
    '没救了', '之耻', '从根上就烂透了', '从根上烂透了', '从根子上就烂了', '烂到根子里', '烂到骨子里', '当猴耍', '当猴子耍', '狗厂', '无良企业', '无良商家', '无良公司', '黑心企业', '黑心商家', '流氓企业', '流氓公司', '骗子公司', '没一个好东西',
    '没有一个好东西', '就是个笑话', '是个笑话', '就是一个笑话',
    // unworthy of the name it claims (小米也配叫国货？)
    '也配叫', '也配称', '也配当', '不配叫', '不配称', '不配当',
    'trash', 'garbage', 'crap', 'crappy', 'junk', 'evil', 'shady', 'shameless', 'disgusting', 'disgrace', 'pathetic',
    'vile', 'despicable', 'greedy', 'dogshit', 'bullshit', 'a joke', 'joke of a company', 'scummy', 'shitty',
    "ain't shit", 'aint shit', "you're shit", 'youre shit', 'soulless',
    // character words for a company or its people
    'cocky', 'smug', 'smugness', 'snobby', 'snobbish', 'elitist', 'condescending', 'arrogance', 'spoiled', 'petty', 'pretentious',
    '傲慢', '嚣张', '狂妄', '自大', '嘴脸', '眼睛长在头顶', '鼻孔朝天', '资本家', '吃相', '贪婪', '唯利是图', '见钱眼开', '钻钱眼里', '掉钱眼里', '只认钱', '眼里只有钱', '只知道赚钱', '只知道捞钱',
    'worst company', 'shit company', 'shitty company', 'garbage company', 'trash company', 'evil company', 'evil corporation', 'rotten to the core',
    'scumbag company', 'clown brand', 'worst brand', '血汗工厂',
  ],
  // addressed curses: aimed at whoever they follow or precede
  'curse-at': [
    '草泥马', '草你', '操你', '日你', '去你妈', '滚你妈', 'cnm', 'wcnm', 'nmsl', 'fuck you', 'fuck off', 'screw you', 'damn you', 'stfu',
    'suck it', 'eat shit', 'go to hell', 'go straight to hell', 'go directly to hell', 'get stuffed', 'go fuck yourself', 'go fuck yourselves', 'fuck yourselves', 'go fuck itself', 'go fuck themselves', 'screw yourself', 'screw yourselves', 'up yours', 'fuck u', 'f u', 'f you', 'fk you', 'fck you', 'fuk you', 'fuck yall',
    "fuck y'all", 'fuck ya', 'suck my', 'suck ur', 'suck your', 'smd', 'kiss my ass', 'duck off', 'eat a dick', 'suck a dick', 'eat a bag of dicks',
    '滚犊子', '去你大爷', '你大爷', '下地狱', '见鬼去吧', 'to hell with', '滚', '闭嘴', 'shut up',
  ],
  // taunts: "cry more", "stay mad", "cope and seethe"
  taunt: ['cry more', 'stay mad', 'cope and seethe', 'cope harder', 'keep crying'],
  profanity: [
    '操', '艹', 'fuck', 'fucking', 'fuk', 'fck', 'fk', 'fkn', 'fucks', 'screw',
  ],
  riddance: ['good riddance'],
  'death-wish': [
    '去死', '快去死', '去屎', '赶紧死', '死咗佢', '去死啦', '滚出地球', 'choke on it', '早点死', '早死', '死全家', '全家死', '死妈', '死爹', '暴毙', '该死', '死光', '死绝', '死开',
    '早日倒闭', '赶紧倒闭', '快点倒闭', '早点倒闭', '倒闭吧', '早该倒闭', '早就该倒闭', '早该破产', '凉凉吧', '消失吧', '灭亡吧', '早日破产', '赶紧破产', '破产吧', '完蛋吧', '去死吧', '死了算了', '建议倒闭', '建议直接倒闭', '建议破产', '原地去世吧', '原地爆炸吧', '暴雷吧', '垮台吧',
    '祝你死', '不得好死', '断子绝孙', '出门被车撞',
    // its end foretold as a curse, or awaited: "it will fold sooner or later", "why isn't it bankrupt yet"
    '迟早倒闭', '早晚倒闭', '迟早完蛋', '早晚完蛋', '迟早要完', '早晚要完', '迟早药丸', '早晚药丸', '早点凉', '早日凉凉', '赶紧凉', '快点凉', '怎么还不倒闭', '咋还不倒闭', '还不倒闭', '怎么还没倒闭', '咋还没倒闭', '怎么还不破产', '咋还不破产', '怎么还不死', '咋还不死',
    'go die', 'should die', 'must die', 'deserve to die', 'deserves to die', 'kill yourself', 'kill yourselves', 'kys',
    'die in a fire', 'launched into the sun', 'fired into the sun', 'launch them into the sun', 'launch him into the sun', 'shot into the sun', 'burn in hell', 'burns in hell', 'rot in hell', 'rots in hell', 'rotting in hell', 'can rot', 'can die', 'can choke', 'dance on your grave', 'dance on their grave', 'dance on its grave', 'can crash and burn', 'can go bankrupt', 'can go under', 'can burn', 'wiped off the map', 'wiped off the face of the earth', 'deserves to fail', 'deserve to fail', 'drop dead', 'hope you die', 'hope they die', 'die already',
  ],
  // The end of a business (倒闭, go bankrupt): only a company (or its people) has one, never a thing.
  'ruin-object': ['into the ground', 'out of existence', 'into oblivion', 'into the sun'],
  ruin: ['关门大吉', '倒闭', '破产', '垮台', '暴雷', 'bankrupt', 'go bankrupt', 'go under', 'goes under', 'go bust', 'goes bust', 'went bust', 'goes broke', 'out of business', 'go out of business', 'close shop', 'close up shop', 'closes shop', 'shut its doors',
    // the way of a maker that died out: "cant wait for apple to go the way of nokia"
    'go the way of nokia', 'go the way of blackberry', 'go the way of the dodo', 'goes the way of nokia', 'goes the way of blackberry', 'goes the way of the dodo', 'go belly up', 'goes belly up'],
  death: [
    '死', '死掉', '死了', '完蛋', '灭亡', '灭绝', '消失', '凉凉', '凉透', '凉了', '玩完', '药丸', '活不下去', '亡', '死绝',
    // sent to the crematorium (a wish only with a wish word: 建议送火葬场; a funeral told is none)
    '送火葬场', '送去火葬场', '拉去火葬场', '拉去火化',
    'die', 'dies', 'dying', 'death', 'collapse', 'collapses', 'never recovers', 'never recover', '原地爆炸', '原地去世', 'burn to the ground', 'burns to the ground', 'crash and burn', 'crashes and burns', 'hit by a bus', 'perish', 'wiped out', 'disappear', 'rots', 'rot away', 'watch it rot', 'watch them rot', 'hope they rot',
  ],
  wish: [
    '希望', '早该', '早就该', '早日', '赶紧', '快点', '早点', '祝', '盼', '盼着', '巴不得', '恨不得', '活该', '就该', '最好', '等着', '建议',
    'hope', 'hopefully', 'wish', 'pray', 'praying', 'should', 'needs to', 'need to', 'deserve', 'deserves', 'deserved', "can't wait", 'cant wait',
    // the author glad to see it happen: "i'd be thrilled to see xiaomi go under", "i'd love to watch apple go bankrupt"
    'love to see', 'love to watch', 'thrilled to see', 'happy to see', 'glad to see', 'delighted to see',
  ],
  // Bare boycott words count only as a call: with a call marker before them or in imperative position.
  boycott: [
    '抵制', '拒买', '拒绝购买', '禁掉', 'boycott', 'boycotting', 'boycotted', 'never buy', 'never fly', 'stop flying', "don't fly", 'dont fly', '别买', '不要买', '禁售', '下架', '封杀', '远离',
    '不用买', '别用', '不要用', '卸载', '制裁', 'avoid', 'stay away from', 'say no to', 'ditch', 'stop using', 'steer clear of', 'stay clear of', 'run away from', "don't support", 'dont support', 'do not support', 'never support',
    '不要支持', '别支持', '别再支持',
  ],
  // "Not buying X again": a participle, never an imperative, so the author's own choice unless a call word leads in.
  'boycott-own': ['not buying'],
  // "Ban X": a call only as an imperative; after a subject (Russia may ban, #China could ban) it is news.
  'ban-imperative': ['ban'],
  // Calls in themselves (collective or imperative). A personal switch ("I'll go Android") is criticism.
  'boycott-call': [
    'nobody should ever buy', 'no one should ever buy', 'nobody should be buying', 'no one should be buying',
    '大家别买', '都别买', '千万别买', '千万不要买', '谁买谁傻', '谁买谁是傻子', '谁买谁sb', '谁买谁是冤大头', '不要再买', '别再买',
    '滚出中国', '#boycott',
    'stop buying', "don't buy", 'dont buy', 'do not buy', 'everyone stop', 'dump your', 'delete your', '都不要买', '都别用', 'nobody should buy', 'no one should buy', 'nobody should fly', 'no one should fly',
    '别再用', '千万别用', 'never buy from', 'stop supporting',
    // anything it sells: "don't buy anything from apple"
    "don't buy anything from", 'dont buy anything from', 'do not buy anything from', 'never buy anything from', 'stop buying anything from',
    "don't buy anything made by", 'never buy anything made by', ...BAN_DEMANDS,
  ],
  'ban-call': ['ban when', "shouldn't be allowed to sell", 'shouldnt be allowed to sell', 'should not be allowed to sell', "shouldn't be allowed to exist", 'shouldnt be allowed to exist', 'should not be allowed to exist', 'should be banned', 'must be banned', 'needs to be banned', 'deserves to be banned', 'should be boycotted',
    // (passive only: 谷歌应该封禁这些应用 is Google banning apps)
    '该被封禁', '应该被封禁', '应当被封禁', '就该被封', '该被禁售', '应该被禁售', '该被下架', '应该被下架', '该被封杀', '应该被封杀', '该被赶出中国', '应该被赶出中国'],
  fraud: [
    '骗子', '骗钱', '诈骗', '骗局', '欺诈', '欺骗消费者', '忽悠人', '忽悠', '割韭菜', '伎俩', '虚假宣传', '造假',
    '作假', '圈钱', '坑人', '坑钱', '坑消费者', '骗人', '骗了', '被骗', '黑幕', '洗钱', '偷税',
    '找冤大头', '玩套路', '恰烂钱', '技俩', '强盗', '土匪',
    ...DEGREES_OF_KENG.flatMap((d) => [`${d}人`, `${d}钱`]),
    // ripping off on purpose: 专坑老用户
    '专坑',
    '当韭菜', '当韭菜割', '割你们', '割我们', '割大家', '割用户', '割消费者', '韭菜都要割', '韭菜也要割', '坑蒙拐骗', '连哄带骗', '后门',
    '监控用户', '偷数据', '谎言', '撒谎', '说谎', '满嘴谎言', '满口谎言', '谎话连篇', '睁眼说瞎话', '睁着眼睛说瞎话', '睁着眼说瞎话',
    // not one true word out of them; lying with a straight face or through the teeth
    '没一句真话', '没有一句真话', '没一句实话', '没有一句实话', '没句真话', '没句实话',
    'lies with a straight face', 'lying with a straight face', 'lied with a straight face', 'lie with a straight face',
    'lies through his teeth', 'lying through his teeth', 'lied through his teeth', 'lies through her teeth', 'lying through her teeth',
    'lie through their teeth', 'lies through their teeth', 'lying through their teeth', 'lied through their teeth',
    // paid posters hired to praise it or smear others
    '请水军', '雇水军', '买水军', '养水军',
    'scam', 'scams', 'scammer', 'scammers', 'scamming', 'scammed', 'fraud', 'frauds', 'copycat', 'copycats', 'fraudulent', 'con artist', 'con artists', 'con man', 'con men', 'conman', 'conmen',
    // a thief said of the company (谷歌就是个小偷, 小偷公司); the thief of a story is a third party (小偷偷了我的小米)
    '小偷', '小偷公司', '一帮小偷', '一群小偷', '贼公司', '杀人公司',
    '罪犯', '犯罪分子',
    'scam artist', 'scam artists', 'grifter', 'grifters', 'cheaters', 'scammy',
    'rob you blind', 'robs you blind', 'robbing you blind', 'rob us blind', 'robs us blind', 'robbing us blind', 'robbed us blind', 'robbed me blind',
    // prison wished on them: an accusation of crimes
    'should be in jail', 'should be in prison', 'should be locked up', 'should all be in jail', 'should all be in prison', 'should all be locked up',
    'should go to jail', 'should go to prison', 'rot in jail', 'rot in prison', 'rotting in jail', 'rotting in prison', 'should have gone to jail', 'should have gone to prison', 'should be jailed', 'should have been jailed', 'should be thrown in jail', 'belongs in jail', 'belong in jail', 'belongs in prison', 'belong in prison', 'belongs in a cell', 'belong in a cell', 'belongs behind bars', 'belong behind bars', 'should be behind bars',
    // (wished, with 该: 李在镕蹲监狱了 is news)
    '该坐牢', '应该坐牢', '该进监狱', '牢底坐穿', '该蹲监狱', '该蹲大牢', '该吃牢饭', '该关进监狱',
    // (踩缝纫机, "to work the sewing machines": a prison's labour)
    '该进去踩缝纫机', '该去踩缝纫机', '该踩缝纫机',
    'liar', 'liars', 'pathological liars', 'pathological liar', 'fraudsters', 'fraudster', 'criminals', 'lying', 'lied', 'lies', 'dishonest', 'lie to your face', 'lies to your face', 'lying to your face', 'lied to my face', 'thief', 'thieves', 'thieving', 'crook', 'crooks', 'crooked',
    'racketeering', 'extortion', 'cheats',
    'deceive', 'deceiving', 'deceptive', 'false advertising', 'money grab', 'cash grab', 'bait and switch', 'bait-and-switch',
    'steal your money', 'gouging', 'price gouging', 'spying on', 'ripping people off', 'rips people off', 'ripped people off',
    'ripping us off', 'rips us off', 'ripped us off', 'ripping customers off', 'rips customers off',
    'are criminals', 'bunch of criminals', 'criminal organization', 'criminal enterprise', 'is a racket', 'are a racket', 'are extortionists', 'are gangsters',
  ],
  // Verbs of wrongdoing: the name after them is the victim (小米抄袭苹果 accuses 小米, not 苹果).
  'fraud-verb': [
    '骗', '坑', '抄袭', '山寨', '剽窃', '窃取', '收割', '偷',
    // taking people for suckers or test subjects: 把用户当小白鼠 (those who are taken so are victims: 有人当小白鼠)
    '当盘子', '当小白鼠', '当实验品', '当试验品', '当傻子耍', '当猴耍', '当猴子耍', '当傻子看', '当傻子糊弄', 'cheat', 'cheating', 'cheated', 'stealing', 'stole', 'steals', 'rip off',
    'ripping off', 'rips off', 'ripped off', 'ripped me off', 'rips me off', 'ripping me off', 'robbing', 'robbed', 'copied', 'copies', 'copying',
  ],
  'fraud-strong': [
    '骗钱', '诈骗', '骗局', '欺诈', '欺骗消费者', '忽悠人', '割韭菜', '虚假宣传', '造假', '圈钱', '坑钱', '坑消费者',
    '找冤大头', '玩套路', '当韭菜割', '韭菜都要割', '韭菜也要割',
    'scam', 'scams', 'scammer', 'scammers', 'fraud', 'fraudulent', 'false advertising', 'money grab',
    'cash grab', 'racketeering',
  ],
  person: [
    '脑残', '脑瘫', '智障', '白痴', '傻逼', '傻b', '傻x', '傻叉', '傻比', '煞笔', '沙比', '傻屌', '傻缺', '傻帽', '傻子', '傻瓜',
    'sb', 'nc', 'zz', 'rz', 'sjb', 'sx', '2b', '二逼', '二b', '傻13', '傻哔', '憨批', '哈批', '瓜娃子', '龟儿子', '二货', '二百五',
    '穷逼', '穷鬼', '疯狗', '蠢货', '蠢猪', '蠢驴', '蠢材', '废物', '人渣', '败类', '畜生', '畜牲', '杂种', '狗东西', '舔狗', '奴才', '孝子',
    '屌丝', '贱人', '低能儿', '冤大头', '韭菜', '喷子', '小丑', '蛆', '装逼犯', '大冤种', '冤种', '大怨种', '怨种', '接盘侠', '凯子', '大凯子', '势利眼', '牛皮大王', '殖人', 'zhi人', '猪', '装逼', '装b',
    '饭桶', '穷酸货', '魔怔人', '太监团', '吃干饭的', '白左', '假洋鬼子', ...ENOUGH_TO_BUY, 'are broke people', 'are just broke people',
    // predicates that only fit people: said in a clause about a product, they are about its buyers
    '是不是傻', '是不是有病', '脑子有病', '脑子进水', '没脑子', '没脑', '有病吧', '怂', '人傻钱多', '智商堪忧', '智商税交',
    '没长脑子', '不长脑子', '没长眼睛', '挂个脑科', '挂脑科', '要么是傻', '钱多烧的', '钱多烧得慌', '暴发户', '吃屎长大的',
    '脑子有坑', '脑子有泡', '脑子被门夹了', '脑子被驴踢了', '脑壳有包', '智商不高', '智商低', '帮人数钱', '帮着数钱', '帮数钱',
    ...WILL_DO_ANYTHING, '老狗逼', '阴b', '阴逼', '老阴比', '精日', '精日分子',
    '脑子有问题', '智商感人', '智商捉急', '智商让人着急', '智商欠费', '智商盆地', '智商为零', '低智商', '没智商', 'on9', '傻閪', '奋斗逼', '废柴', '傻仔', '戆居', '死蠢', '柒头', '巨婴', '土鳖',
    '没几个正常人', '没一个正常人', '没有一个正常人', '素质低', '素质太低', '素质极低', '素质差', '素质太差',
    '素质堪忧', '素质低下',
    // English predicates that only fit people
    'iq of a', 'room temperature iq', 'negative iq', 'single digit iq', 'more money than brains', 'more money than sense',
    // poses above their means (精致穷); a traitor in spirit (精神美国人)
    '精致穷', '精神美国人', '精神日本人', '精神外国人',
    'idiots', 'idiot', 'morons', 'moron', 'imbeciles', 'retards', 'losers', 'clowns', 'sheep', 'sheeple', 'cultists',
    'bootlickers', 'shills', 'paid bots', 'paid shills', 'paid trolls', 'wumao', 'wumaos', 'nutters', 'douchebag', 'douchebags', 'douches', 'jackasses', 'assholes', 'dickheads',
    'bastards', 'fools', 'pigs', 'dipshits', 'twats', 'wankers', 'simpletons', 'halfwits', 'scumbags', 'bhakts', 'crybabies',
    'manchildren', 'man-children', 'simp', 'muppet', 'muppets', 'incompetents', 'traitors', 'traitor', 'incompetent hacks', 'talentless hacks', 'useless hacks',
    'snobs', 'posers', 'fanboys', 'zombies', 'mindless drones', 'mindless consumer drones', 'brainless drones', 'brainwashed', 'brain dead', 'braindead', 'brainless', 'suckers', 'lemmings', 'bitches',
    'fuckers', 'motherfuckers', 'mofos', 'dingbats', 'peasants', 'npcs', 'edgelords', 'simps', 'copium addicts',
    'psychopaths', 'sociopaths', 'mouth breathers', 'cretins', 'buffoons', 'dimwits', 'nitwits', 'knuckleheads',
    '脑子不好使', '脑子不太好使', '脑子不好用', '脑袋不好使',
    'cowards', 'cheapskates', 'cheapskate', 'poors', 'bozos', 'tossers', 'pricks', 'degenerates', 'hypocrites', 'sellouts', 'snakes',
    // an insult adjective with "people": the phrase is a noun for people ("stupid people buy iphones")
    'stupid people', 'dumb people', 'dumbest people', 'stupidest people', 'gullible people', 'brainless people', 'dumb fucks', 'dorks',
    'most annoying people', 'most entitled people', 'smuggest people', 'most obnoxious people', 'most insufferable people', 'most gullible people',
    'most pretentious people', 'most delusional people', 'saddest people', 'most pathetic people', 'most useless people',
    // contempt for buyers: 'anyone still buying it deserves what they get', 'either clueless or a bot'
    'deserve what they get', 'deserves what they get', 'deserve whatever they get', 'deserves whatever they get', 'or a bot',
  ],
  dupe: [
    '韭菜', '冤大头', '大冤种', '冤种', '大怨种', '怨种', '接盘侠', '凯子', '大凯子', '殖人', 'zhi人', '舔狗', '孝子', '奴才', '带路党', '人傻钱多', '智商税交', '交智商税的', '都是交智商税', '帮人数钱', '帮着数钱', '都是盘子', '一群盘子',
    'sheep', 'sheeple', 'bootlicker', 'bootlickers', 'shill', 'shills', 'cultists', 'sucker', 'suckers',
    // 被卖了还帮数钱 (sold, and still helping count the money); the English for a buyer with no judgement
    '帮数钱', '帮着人数钱', ...WILL_DO_ANYTHING, 'being played', 'getting played', 'get played', 'got played',
  ],
  'company-contempt': [
    '垃圾公司', '破公司', '烂公司', '狗公司', '狗厂', '无良企业', '无良商家', '无良公司', '黑心企业', '黑心商家', '流氓企业',
    '流氓公司', '骗子公司', '奸商', 'joke of a company', 'worst company', 'shit company', 'shitty company', 'garbage company', 'trash company',
    'evil company', 'evil corporation', 'clown company', 'knockoff factory', 'copycat company',
  ],
  call: [
    '大家', '一起', '我们', '都', '请', '该', '应该', '必须', '要', '号召', '呼吁', '让我们', '所有人', '全民', '全体', '奉劝', '劝', '坚决', '建议', '#',
    "let's", 'lets', 'everyone', 'everybody', 'we should', 'we must', 'please', 'time to', 'you should', 'y\'all', 'join',
  ],
  // A question framed by these denies or supposes what follows, it does not assert it (如果…，那苹果是有病吧？).
  rhetorical: ['你以为', '你们以为', '以为', '难道', '谁说', '凭什么说', '怎么就成', '怎么就成了', '怎么就变成', '哪里是', '哪是', '如果', '要是', '假如', '假设', 'you think', 'who says', 'since when',
    // a question asked to learn, not to accuse: 请问小米是骗子吗？ "genuine question: is apple a scam?"
    '请问', '求问', '想问一下', '问一下', '有没有人知道', '有人知道', '求解答', 'genuine question', 'honest question', 'serious question',
    'is it true', 'anyone know if', 'does anyone know if', 'can someone tell me if'],
  // After a question, saying it was asked to learn: "are apple fans stupid? genuine question", 小米是骗子吗？真心求问
  'asked-after': ['genuine question', 'honest question', 'serious question', 'asking for a friend', 'just asking', 'just curious', 'genuinely curious', 'honestly curious',
    '真心求问', '认真问', '求解答', '真诚发问', '求科普', '不是杠',
    // the other half of a real question: "is xiaomi scamming people or is my cable just bad?", 还是我的问题
    'or is my', 'or am i', 'or is it my', 'or did i', 'or was it my', '还是我的', '还是我自己'],
  // A condition supposes what it states, it does not assert it (如果小米是骗子…, "if xiaomi is a scam then…"); what the
  // consequent says after 就 or "then" is asserted ("if you buy xiaomi you're an idiot", 如果买小米就是傻子).
  conditional: ['如果', '要是', '假如', '假设', '倘若', '若是', 'if'],
  'counterfactual-degree': ['so', 'such', '那么', '这么', '如此', '那样', '这样'],
  consequent: ['就', '那', '那么', '则', '便', 'then', "you're", 'you are', 'youre', 'ur', "they're", 'they are'],
  // Relative clauses about the people who say something: what they say is theirs, and the sentence is about them.
  // English names them at once; a Chinese verb opens one only when 的 + a head closes it (说小米是骗子的人).
  sayers: [
    'people who call', 'those who call', 'anyone who calls', 'everyone who calls', 'whoever calls', 'people calling', 'those calling',
    'people who say', 'those who say', 'anyone who says', 'everyone who says', 'whoever says', 'people saying', 'those saying',
    'people who hate', 'those who hate', 'anyone who hates', 'everyone who hates', 'whoever hates', 'people hating',
    'people hate on', 'people hating on', 'why people hate', 'why do people hate',
    'people who bash', 'those who bash', 'anyone who bashes', 'people bashing', 'people who boycott', 'those who boycott',
    'people keep calling', 'people keep saying', 'people are calling', 'people still calling',
  ],
  saying: ['说', '骂', '喷', '黑', '叫', '称', '喊'],
  'saying-gerund': ['calling', 'saying', 'claiming'],
  you: [
    '你', '你们', '你这', '你个', '你这个', '你们这群', '你们这些', 'you', 'you are', "you're", 'youre', 'ur', 'u',
    'you guys', 'you guys are', "y'all", "y'all are", 'yall', 'yall are', 'you people', 'you people are', 'you lot', 'you all',
  ],
  self: ['i', "i'm", 'im', 'ima', "i'ma", 'i am', 'as a', 'as an', '作为', '身为', 'me', 'myself', '我', '我是', '我就是', '我真是', '本人', '自己'],
  hatred: [
    'i hate you', 'hate you', 'hate u', 'i hate u', 'most hated', 'most-hated', 'hate this company', 'hate that company', 'i despise', 'despise you',
    'reason to hate', 'why i hate', 'i h8', 'hate everything about', 'you disgust me', 'disgusted with', 'disgusted by',
    '恨死', '我恨', '讨厌死', '最讨厌',
  ],
  // Contempt said as the predicate of its subject: the name must be that subject ("Apple sucks", not "Apple airplay sucks").
  'contempt-predicate': [
    // ("sucks at" is bad at something; "at this point", "at the moment" only say when)
    'sucks at this point', 'sucks at the moment', 'sucks at this stage',
    'sucks', 'suck', 'sux', 'blows', 'is trash', 'is garbage', 'is shit', 'are shit', 'is evil', 'are evil', 'is the devil',
    'is a joke', 'are a joke', 'is a disgrace', 'is a scam', 'full of shit', 'full of crap', 'has no shame', 'have no shame', 'is cancer', 'is a cancer', 'are cancer', 'are a cancer', 'is a plague', 'are a plague',
    // talking nonsense, bragging: said of the name itself (小米就会瞎吹), not of a claim about it (说小米倒闭纯属扯淡)
    '瞎吹', '吹牛', '吹牛逼', '吹牛b', '扯淡', '瞎扯淡', '扯蛋', '瞎扯蛋', '胡扯', '满嘴胡话', '胡说八道', '信口开河', '信口雌黄',
    // unworthy of what it claims, asked of its subject: 这种公司也配说不作恶？ (not 华为也配跟苹果比, said of Huawei; not
    // 也好意思: as often a shopper's complaint about goods)
    '也配',
  ],
  gloat: ['活该', '自找的', '咎由自取', '罪有应得', 'serves them right', 'serves you right', 'had it coming'],
  hate: ['hate', 'hates', 'h8', 'despise', 'despises', 'detest', 'loathe', "can't stand", 'cant stand', 'cannot stand', 'can not stand', '讨厌', '恨', '痛恨', '厌恶', '憎恨'],
  'third-party': [
    '博主', '帖子', '网友', '楼主', '楼上', '楼下', '层主', '机主', '车主本人', '记者', '媒体', '小编', '主播', 'up主', '大v', '友商', '某些品牌', '别的品牌', '其他品牌', '有些品牌', '有的品牌', '某些厂商', '有些厂商', '有的厂商', '别的厂商',
    '其他厂商', '某些厂家', '有些厂家', '其他厂家', '别的厂家',
    // a shop's own owner or clerk (水果店老板, 店老板): a trader of their own
    '店老板', '店主', '摊主',
    'a lot of people', 'lots of people', 'many people', 'some people', 'some folks', 'people in my mentions', 'people in the comments',
    'my uncle', 'my aunt', 'my cousin', 'my grandpa', 'my grandma', 'my neighbor', 'my neighbour',
    'my friend', 'my friends', 'my dad', 'my mom', 'my mum', 'my wife', 'my husband', 'my brother', 'my sister', 'my boss',
    'my coworker', 'my coworkers', 'my colleague', 'my girlfriend', 'my boyfriend', 'my roommate', 'someone', 'somebody',
    '我朋友', '朋友说', '我同事', '我爸', '我妈', '我老婆', '我老公', '我室友', '我同学', '我哥', '我姐', '我弟', '我妹', '我表哥', '我表姐',
    // sellers and couriers: 水果店老板坑我, 卖家是骗子
    '卖家', '商家', '店家', '快递员', '黄牛', 'hacker', 'hackers', 'scalper', 'scalpers', 'reseller', 'resellers', 'some guy', 'the guy',
    // the author's own providers, and the seller of the thing: "it's my isp that's garbage"
    'my isp', 'the isp', 'my carrier', 'the carrier', 'my provider', 'my landlord', 'my bank', 'the seller', 'the sellers', 'the reseller',
    '国产厂商', '很多人', '不少人', '好多人', '有些人', '一些人', '有的人', 'the reporter', 'the journalist', 'the author', 'lawmaker', 'lawmakers', 'journalist', 'reporter', 'blogger', 'maker', 'makers', 'rival', 'rivals', 'competitor',
    'competitors', 'regulator', 'regulators', 'lawsuit', 'prosecutors', 'critics', '小偷', '扒手', '窃贼', '抢劫犯', 'analyst', 'analysts', 'us officials', 'government officials', 'federal officials', 'eu officials', 'trade officials', 'authorities',
    'investigators', 'senators', '竞争对手', '律师', '法院',
    '监管部门', '起诉方', '原告',
  ],
  // A person pointed at: a third party, and in a reply the one the reply is about.
  'person-ref': [
    'this guy', 'that guy', 'this dude', '那个人', '这种人', '那种人', '这女的', '这男的', '那个女的', '那个男的', '那个女生', '那个男生', '这个女生',
    '这个男生', '这司机', '那个司机',
  ],
  // One person pointed at who may be the executive just named (库克…这老头, "this guy").
  'person-back': ['这人', '此人', '这个人', '这老头', '这老家伙'],
  assent: ASSENT,
  // the assents, and endorsements that stand inside a sentence ('…and they are right', 'because it is one', 活该)
  endorse: [
    ...ASSENT,
    "he's not wrong", "they're not wrong", "she's not wrong", 'not wrong', 'are right', 'were right', "can't argue", 'cant argue', 'has a point', 'never wrong', 'it is true', "it's true",
    'they really are', 'for a reason', 'and it is one', "and it's one", 'and they are', 'rightly', '活该', '是应该的',
    '不冤', '说得太对', '说的太对',
    // the word called apt: “米猴”一词再贴切不过
    '贴切', '很形象', '真形象', '太形象了', '精辟', '再准确不过', 'fitting name', 'apt name', 'he was right', 'she was right', 'they were right', 'was 100% right', '说的一点没错', '一点都没错', '没叫错', '叫得没错', '叫的没错', '不是没道理', '不无道理', '一点也没错', '还真是',
    // the author one of those who say or wish it (希望小米倒闭的都来点个赞，我先来)
    '算我一个', '我先来', '包括我', '加我一个', '我就是其中一个', '我是其中一个', '其中就有我', '我就是第一个',
    '有道理', '挺对的', '骂得没错', '说得还轻', '说轻了', '没骂错', '说的是事实', '说得是事实', '举双手赞成', '双手赞成', '一点毛病没有', '一点毛病都没有', '毫无毛病',
    '真相了', '一语中的', '说到点子上', '是事实', '是实话', '实话', '是真话', '都是真的', '太客气', '说得客气', '早就说过', 'harsh but true', 'but true',
    '不夸张', '不过分', '没说错', 'because they are', "because they're", 'because it is one', "because it's one",
    'because he is one', "because he's one", 'and they are right', 'are not wrong', "aren't wrong",
  ],
  attribution: [
    'claims', 'claimed', 'alleges', 'alleged', 'accuses', 'accused', 'accuse', 'allege', 'thinks', 'says', 'said', 'suggests', 'argues', 'reports',
    'are saying', 'is saying', 'keep saying', 'keeps saying', 'were saying', 'was saying',
    'treats', 'treat', 'treating', 'treated', 'say', 'calls', 'call',
    '声称', '指控', '指责', '称', '认为', '表示', '爆料', '起诉', '说', '骂',
    // a call made by someone else (某博主号召抵制小米): theirs, as 有人号召 is
    '号召', '呼吁',
    // and so is a wish (我朋友巴不得华为倒闭，我劝了他好久)
    '希望', '盼着', '巴不得', '恨不得',
  ],
  'attribution-tail': [
    'says', 'said', 'claims', 'claimed', 'alleges', 'alleged', 'urges', 'urge', 'urged', 'warns', 'warn', 'warned', 'argues', 'argue', 'argued',
    'reports', 'report', 'reported', 'according to', 'tweeted', 'wrote', 'writes', 'insists', 'insisted',
  ],
  'whoever-buys': ['谁买', '谁用', '谁还买', '谁还用', '谁再买', '谁再用'],
  praise: [
    'amazing', 'great', 'awesome', 'excellent', 'fantastic', 'brilliant', 'perfect', 'fine', 'good', 'solid', 'the best', 'incredible', 'superb',
    'wonderful', 'outstanding', 'reliable', 'cheap and good', 'legit', 'goated', 'fire', 'lit', 'dope', 'underrated',
    '很好', '挺好', '真好', '不错', '很棒', '真棒', '良心', '给力', '靠谱', '点赞', '好评',
  ],
  'staff-ref': [
    'its staff', 'their staff', 'its employees', 'their employees', 'the staff there', 'the employees there', 'its execs', 'their execs', 'its bosses', 'their bosses',
    'its ceo', 'their ceo', 'its management', 'their management', 'its executives', 'their executives', 'their engineers', 'its engineers',
    'their marketing department', 'its marketing department', 'their pr department', 'its pr department', 'their marketing people', 'their pr people',
    '它的员工', '他们的员工', '他家员工', '他家的员工', '它家员工', '它家的员工', '他们的高管', '它的高管', '他们老板', '他们的老板', '它的老板',
  ],
  'group-ref': [
    'its fans', 'their fans', 'the fans', 'its users', 'their users', 'its buyers', 'their buyers', 'its customers', 'their customers', 'its owners', 'their owners',
    'its fanboys', 'their fanboys', 'its cult', '它的粉丝', '它的用户', '他们的粉丝', '他们的用户', '他家粉丝', '他家的粉丝', '它家粉丝', '它家的粉丝',
    '他家用户', '它家用户', '那帮粉丝', '这帮粉丝', '那群粉丝', '这群粉丝', '那些粉丝', '这些粉丝', '其粉丝', '其用户', '的粉丝们',
    // its buyers named by buying it: 买它的都是傻子, "whoever buys it is an idiot"
    ...BUYERS_OF_IT,
    ...BUYERS_OF_IT_EN,
    // its defenders: "the people defending it are just too dumb"
    ...DEFENDERS_OF_IT_EN,
  ],
  // (not 他家, which is as often "that shop" or "his family")
  pronoun: ['they', "they're", 'theyre', "they've", 'them'],
  // 他们: people or an organisation, never a thing; so are 这群人, 这帮人 (the people just told of: 花粉…，这群人是真的没救了;
  // not 那些人, "those people", as often others: 小米不是骗子，是我们误会了，那些人是傻子).
  'pronoun-people': ['他们', '这群人', '这帮人', '这些人'],
  // Pronouns for things and companies only (它, 它们, 它家): never the people named on the way.
  'pronoun-thing': ['它', '它们', '它家'],
  'company-ref': [
    '这家公司', '这公司', '这种公司', '这个公司', '这样的公司', '此公司', '该公司', '这家企业', '这种企业', '这个品牌', '这牌子',
    // 厂商 for a maker, and 这种厂 for a kind of maker (这种厂也配, 这家厂商又涨价); not 这厂, 这家厂, 这个厂, as often a real
    // factory (一个代工厂，这厂的线长…)
    '这种厂', '这种厂商', '这家厂商', '这个厂商', '这种厂家', '这家厂家',
    'this company', 'that company', 'the company', 'such a company', 'this corporation', 'this brand',
    // the whole of it (整个公司都是骗子); not 全公司 nor "the whole company", as often the author's own employer
    '整个公司', '整家公司',
  ],
  // "these guys": how a complaint refers back to the company it named ("thanks to @united. these guys are liars")
  'crew-ref': ['these guys', 'those guys', 'these folks', 'those folks', 'these people', 'those people'],
  'product-ref': [
    '这手机', '这个手机', '这款手机', '这种手机', '这部手机', '这台手机', '这破手机', '这玩意', '这玩意儿', '这破玩意', '这机子', '这破机子', '这款机子', '新机', '这款', '这一代', '这代',
    'this phone', 'that phone', 'these phones', 'this device', 'this thing',
  ],
  'company-head': ['公司', '企业', '厂商', '厂家', '品牌', '牌子', '商家', 'company', 'corporation', 'brand'],
  'business-measure': ['股价', '股票', '市值', '份额', '市场份额', '销量', '营收', '利润', 'stock', 'shares', 'share price', 'market share', 'sales', 'revenue'],
  fall: ['崩', '垮', '倒', '塌'],
  decline: ['暴跌', '大跌', '跌到底', '跌到零', '下跌', '下降', '下滑', '跳水', '腰斩', '崩盘', '归零', '跌停', 'crash', 'crashes', 'tank', 'tanks', 'plummet', 'plummets', 'collapse', 'collapses', 'go to zero', 'goes to zero'],
  demonstrative: ['these', 'those', '这些', '那些', '这帮', '那帮', '这群', '那群', '这伙', '那伙'],
  'ref-determiner': ['这个', '那个', '这家', '那家', '这种', '那种', '这样的', '那样的', '如此', '此等', 'this', 'that', 'such a', 'such'],
  'staff-pre': [
    'people at', 'people at the', 'staff at', 'staff at the', 'employees at', 'employees of', 'guys at', 'guys at the',
    'folks at', 'folks at the', 'people who work at', 'people who work for', 'whoever runs', 'whoever is running',
  ],
  buy: ['买', '购买', '抢购', '买了', '入手', '用', '使用', '用了', '在用', '还用', '还买', '去买', '才买', '才用', '选', 'buy', 'buys', 'bought', 'use', 'uses', 'finance', 'finances', 'preorder', 'preorders', 'pre-order', 'pre-orders'],
  'buyer-clause': [
    'who buys', 'who buy', 'who bought', 'who still buy', 'who still buys', 'who use', 'who uses', 'who still use',
    'who still uses', 'who own', 'who owns', 'anyone buying', 'anyone who buys', 'anybody who buys',
    'anyone still buying', 'anybody buying', 'anybody still buying', 'people buying', 'people still buying', 'anyone using',
    'anyone still using', 'people using', 'people still using', 'whoever buys', 'whoever uses', 'whoever still buys', 'whoever still uses',
    'who preorder', 'who preorders', 'who pre-order', 'who pre-orders', 'anyone preordering', 'people preordering',
    // paying for it: "the idiot who paid for a xiaomi car"
    'who paid for', 'who pays for', 'who pay for', 'anyone paying for', 'people paying for',
  ],
  determiner: ['the', 'a', 'an', 'this', 'that', 'your', 'my', 'his', 'their', 'real', 'whole', 'entire', '这个', '那个', '这家', '那家'],
  relationship: [
    '给我打钱', '打钱', '赞助了我', '赞助我', '找我合作', '恰饭', '收了钱', '收钱', '广告费', '给了我钱', '合作方', '商务合作',
    '投了我', '投资了我', '投资我', '给我投资', '给我钱', '请我', '签了我', 'invested in me', 'funded by', 'paid by',
    'sponsors me', 'sponsored me', 'pays my',
    'sponsored by', 'paid me', 'pays me', 'paying me', 'partnered with', 'partnership with', 'funded me', 'funds me',
    'ambassador for', 'on the payroll', 'sponsored this', 'sponsoring this', 'for sponsoring', 'gifted me', 'sent me this',
    '本视频由', '本期视频由', '本期节目由', '本期由', '特别鸣谢',
  ],
  criticism: [
    '失望', '太失望', '卡顿', '发热', '发烫', '续航差', '续航崩', '掉电', '耗电', '难用', '难看', '丑', '贵', '太贵', '性价比低',
    '差评', '烂', '坑爹', '翻车', 'bug', '有问题', '故障', '不好用', '不值', '一般般', '缩水', '挤牙膏', '毫无新意', '没新意', '退货',
    // 智商税 ("a tax on the gullible"): a price or product not worth it, said of the thing
    '智商税', '后悔', '吐槽', '差劲', '太差', '很差', '真差', '不行', '拉胯', '垃圾', '黄屏', '闪退', '死机', '断流', '信号差',
    'disappointing', 'disappointed', 'disappointment', 'overheats', 'overheating', 'lag', 'laggy', 'slow', 'buggy',
    'broken', 'broke', 'crash', 'crashes', 'crashing', 'terrible', 'awful', 'bad', 'worse', 'worst', 'meh', 'overpriced',
    'expensive', 'useless', 'annoying', 'frustrating', 'fail', 'fails', 'failed', 'sucks', 'suck', 'hate', 'junk',
    'trash', 'garbage', 'crap', 'ugh', 'glitch', 'issues', 'problem', 'problems', 'dead',
    'died', 'freezes', 'freezing', 'wtf', 'ridiculous', 'horrible', 'poor', 'not working', "doesn't work", 'ugly',
    // a ripoff is a price not worth it, said of the thing, as 智商税 is ("ripping customers off" accuses: fraud)
    'ripoff', 'rip-off', 'rip off',
    // a phone's known defects, named: the screen burnt in or striped, touch dropping out, the battery swelling
    '烧屏', '绿线', '断触', '掉帧', '黑屏', '花屏', '闪屏', '鼓包', '无限重启', '自动重启', 'burn-in', 'green line', 'green lines', 'bootloop', 'bootloops', 'boot loop',
  ],
  frustration: [
    'yet again', 'once again', 'cannot', "can't download", 'cant download', "can't update", 'cant update', "won't let me",
    'wont let me', "doesn't let me", 'screws up', 'screwed up', 'messed up', 'stopped working', 'keeps crashing',
    "what's up with", 'whats up with', 'ate my', 'deleted my', 'lost my', 'wiped my',
    '又出问题', '又坏了', '用不了', '打不开', '下载不了', '更新不了', '充不进电',
  ],
  negator: [
    '不', '不是', '恐怕不是', '并不', '并不是', '没', '没有', '并没有', '别', '非', '无', '未', '不会', '不能', '不要', '绝不', '从不', '不算',
    '谈不上', '算不上', '称不上', '根本不', '不再', '不该', '不应该',
    // "有啥可造假的": a rhetorical "what is there to…" denies it
    '有啥可', '有什么可', '有啥好', '有什么好', '没什么可', '没啥可',
    'not', 'no', 'never', "isn't", 'isnt', "aren't", 'arent', "wasn't", "weren't", "don't", 'dont', "doesn't",
    'doesnt', "didn't", 'didnt', "won't", 'wont', "can't", 'cant', 'nor', 'hardly', 'neither', 'nothing',
    "shouldn't", 'not a', 'not the', "ain't", 'aint', 'far from', 'anything but', 'by no means', 'in no way',
    // a charge a court or an inquiry cleared ("acquitted of fraud"): news of innocence, no accusation
    'acquitted of', 'cleared of', 'not guilty of', 'exonerated of', 'absolved of',
  ],
  // A negation stops at a second copula: 不是傻就是蠢 ("if not stupid then dumb") asserts 蠢.
  'scope-end': ['就是', '而是', '倒是', '却是'],
  // Buying advice: "don't buy the iphone 16, wait for 17" warns of a product, it calls no boycott.
  advice: ['wait for', 'wait until', 'wait till', '等下一代', '等降价', '再等等', '等等党'],
  // not "right now" (as often emphasis: "stop buying xiaomi right now, they sell your data"), nor a bare "unless"/"until"
  // (a condition on the company's conduct: "never buy from google unless it stops tracking kids")
  'purchase-timing': ['for now', 'just yet', 'before black friday', 'at full price', 'on launch day', 'on day one', 'without checking', 'unless it is on sale', "unless it's on sale",
    'until the price drops', 'until prices drop', 'until it goes on sale', 'until the sale'],
  // "这不是骗人吗", "这不是骗钱是什么": a question that closes a 不是 asks for agreement, it does not deny.
  'affirming-tag': ['吗', '是什么', '又是什么', '是啥', '还能是什么'],
  'either-or': ['就是', '便是'],
  'negator-scope': [
    '不认为', '不觉得', '并不认为', '不相信', '不同意', '谁说', '哪里', '怎么可能', '不可能', '否认', '辟谣', '我不是说', '并不是说', '我没说',
    '不是说', '没说过', '澄清',
    // an adverb between the speaker and the denial: 我可没说米粉都是脑残, 我也没说, 我从来没说
    '可没说', '也没说', '又没说', '从没说', '从来没说', '并没说', '并没有说', '我没有说', '可没有说', '也没有说', '从来没有说',
    // saying it forbidden or denied to anyone: 别再说米粉是脑残了, "stop calling them idiots", 没人觉得
    '别再说', '不要再说', '别再骂', '不要骂', '别骂', '没人觉得', '没有人觉得', '没人说', '没有人说',
    // whoever says it again answers to me: 谁再说米粉是脑残我跟谁急
    '谁再说', '谁敢说', '谁要是说', '谁要再说', '谁要是再说', '谁再敢说',
    // not aimed at it: 不针对华为产品，只针对这家店
    '不针对', '不是针对', '并不针对', '并非针对', '没有针对', '不是冲着', '不是说的',
    'stop calling', "don't call", 'dont call', 'do not call', 'stop saying', 'never said', 'nobody said', 'no one said',
    'nobody says', 'no one says', 'who says', 'who said',
    "nobody's calling", "no one's calling", 'nobody is calling', 'no one is calling',
    'nobody here is calling', 'no one here is calling',
    // a quantifier denied ("not all apple fans are idiots", 不是所有米粉都…) or a belief the author has left behind
    'not all', 'not every', '不是所有', '并非所有', '并不是所有', 'used to think', 'used to believe', '我以为', '我还以为', '本以为', '原以为', '原来以为', '以前以为', '曾经以为',
    "don't think", 'dont think', 'do not think', "don't believe", 'do not believe', "it's not true", 'not true that',
    "doesn't mean", 'does not mean', 'not because', 'no one thinks', 'nobody thinks', "i'm not saying", 'not saying', "i'm not calling", 'not calling', 'would never call', "i'd never call", 'id never call', 'never called', 'denies', 'denied',
    "wouldn't call", 'would not call', "wouldn't say", 'would not say', "won't call", "can't call", "it's not like", 'its not like',
    'not gonna call', 'not going to call', 'not gonna say', 'not going to say',
  ],
  report: [
    '非说', '非要说', '硬说', '有人说', '有人骂', '有人希望', '有人盼着', '有人巴不得', '有些人希望', '很多人希望', '有人叫', '有人称', '有些人说', '某些人说', '别人说', '他们说', '网上说', '网友说', '都说', '有人号召', '有人呼吁', '有人在号召', '有人在呼吁', '有人带头', '有人喊', '有人来喊', '有人来骂', '有人来说',
    '据说', '所谓', '所谓的', '说什么', '那些说', '当年说', '说这种话', '说这话', '骂人', '叫他们', '称他们', '有人觉得', '有人认为', '有人管', '叫法', '称呼',
    '评论区骂', '网上骂', '网友骂', '网上都骂', '网友都骂', '大家都骂', '都在骂', '都在说', '评论区都在骂', '评论区都在说', '你说', '你们说', '楼上说', '楼上的说', '楼主说', '楼上骂', '他说', '她说', '朋友说', '同事说', '黑子说', '黑粉说', '喷子说', '水军说', '标题党说', '营销号说', '家人说', '专家说', '媒体说', '报道说', '有报道称', '有媒体称',
    'people say', 'people saying', 'someone said', 'people call', 'some call', 'some people call', 'many call', 'others call', 'everyone calls',
    'everybody calls', 'critics call', 'haters call', 'officials accuse', 'critics accuse', 'regulators accuse', 'prosecutors accuse',
    'lawmakers accuse', 'lawsuit accuses', 'suit accuses',
    'somebody said', 'they say', 'they call', 'calling', 'called', 'call them', 'calls them', 'accused of', 'accusing',
    'keep saying', 'keeps saying', 'kept saying', 'according to',
    'so-called', 'haters say', 'critics say', 'some say', 'some people say', 'some claim', 'many say', 'others say',
    'some people think', 'some think', 'people think', 'many think', 'some believe', 'people believe',
  ],
  // Named so by others, in the passive (米粉被骂脑残, "mi fans get called idiots"): their word, not the author's.
  'passive-report': ['被说', '被骂', '被称为', '被叫', '被叫做', '被叫成', '被说成', '被骂成', '被扣上', '被人说', '被人骂', '被人叫', '被人称为', '被人叫成', '被人说成', '被人骂成', 'get called', 'gets called', 'got called', 'are called',
    'were called', 'were labeled', 'were labelled', 'were branded', 'get labeled', 'got labeled',
    // someone else's word for the author: "called me an isheep", 骂我是米猴
    'called me', 'calls me', 'calling me', 'called us', 'calls us', '骂我是', '说我是',
    'is called', 'are often called', 'is often called', 'been called', 'are labeled', 'are labelled', 'is labeled', 'is labelled', 'are branded', 'is branded'],
  // The passive of suffering: 小米被人骗了, 华为遭遇诈骗 (the passives that report an accusation, 被曝 and 被指, are
  // exceptions of 被).
  suffers: ['被', '遭', '遭遇', '遭到', '惨遭'],
  // A slur mentioned, not used: 别叫人家米猴了; 丧星这种叫法挺low的 (with a rejection after the word for it).
  'stop-naming': ['别叫', '不要叫', '别再叫', '不要再叫', '少叫', '张口闭口', '开口闭口', '动不动就喊', '动不动就叫', 'stop calling', "don't call", 'dont call', 'quit calling'],
  'word-listed': ['词', '词汇', '字眼', '称呼', '说法', '叫法', '外号', '绰号'],
  'word-for': ['这种叫法', '这个叫法', '这个称呼', '这种称呼', '这个词', '这种词', '这个外号', '这种外号', '骂人', 'as an insult', 'is a slur'],
  // Money handed to a company: with 别给…/"don't give…" before the name, a call not to buy (construction no-money-to-it).
  'money-to': ['送钱', '交钱', '花钱', '贡献', '一分钱', 'your money', 'a cent', 'a dime', 'a penny', 'any money', 'a single cent', 'one cent', 'my money'],
  // Taking it back at once (just kidding, /s, 开玩笑的): the sentence before is not meant.
  retract: ['just kidding', 'jk', 'j/k', '/s', 'just joking', 'only joking', '开玩笑的', '开个玩笑', '说着玩的', '玩笑话'],
  'denied-after': ['没必要', '不至于', '不可能', '不存在', '谈不上', '算不上', '说不上', '不太可能', '不见得',
    // 隐私做得差和骗子是两码事: "is another matter" sets the word apart from what was said
    '是两码事', '是两回事', '不是一回事',
    // "scam is a stretch", "calling them idiots is a bit much": the word is too strong for what it names
    'is a stretch', 'is a bit of a stretch', 'is too strong', 'is too strong a word', 'is a bit much', 'is overkill', 'is going too far', 'is way too far'],
  // Guarding against a wrong (谨防骗子, 拦截诈骗, "protects you from scammers"): the wrong is a danger, not said of a name before.
  guard: ['谨防', '警惕', '提防', '小心', '防范', '当心', '拦截', '打击', '严打', '举报', '专治', '防止',
    'beware of', 'watch out for', 'protect against', 'protects against', 'protect you from', 'protects you from', 'catch', 'catching',
    'sued', 'sues', 'suing', 'stops', 'stopped', 'identify', 'identified',
    'crack down on', 'cracks down on', 'cracking down on'],
  // 希望小米倒闭的人: a wish in a relative clause about those who wish it
  wishing: ['希望', '盼着', '巴不得', '恨不得'],
  // 割韭菜的说法, 倒闭的传言: the words before are named as a claim, a rumour or a label, not said
  'claim-after': ['的说法', '的传言', '的谣言', '的言论', '的论调', '的帽子', '的标签', '之说', '一说', '的新闻', '的消息', '的报道'],
  'answer-yes': ['是的', '对的', '我觉得是', '我看是', '当然是', '肯定是', '没错', 'yes', 'yep', 'yeah', 'definitely', 'absolutely', 'of course', 'sure is'],
  'answer-no': [
    '不是', '当然不是', '当然不该', '并不是', '肯定不是', '我觉得不是', '我看不是', '当然没有', '并没有', '不会', '当然不会', '胡说', '瞎说',
    '别逗了', '别搞笑了', '搞笑呢', '开什么玩笑', '开玩笑', '怎么可能', '不可能', '根本不是', '才不是', '根本没有', '完全不是',
    'no', 'nope', 'nah', 'of course not', 'not at all', 'not really', 'hell no', 'absolutely not', 'definitely not', 'not even close',
    'please', 'come on', 'give me a break', '拜托', '得了吧', '不存在的', '不存在', '没有的事', '想多了', '你想多了',
  ],
  reject: [
    '瞎喷', '乱喷', '没必要这样', '没必要这么说', '真没必要', '真的没必要', '完全没必要', '实在没必要', '大可不必', '不同意', '不太同意', '不太认同', '不敢苟同', '不能同意', '没必要互相骂', '没必要骂', '何必互相', '不至于', '不对', '不认同', '不能这么说', '不应该', '不该', '别这样', '无语',
    '没道理', '不公平', '可笑', '离谱', '无聊', '太过了', '有点过了', '说得过了', '说得有点过', '打脸', '脸疼', '不可取', '网暴', '歧视', '别骂', '不要骂', '不赞同', '反对', '侮辱词', '别侮辱', '不要侮辱',
    "that's silly", 'thats silly', 'which is silly', 'toxic', 'wrong', 'disagree', 'not okay', 'not ok', 'not cool', 'unfair', 'shame on', 'gross', 'ridiculous',
    '不信', '我不信', '才不信', '不相信', '不这么认为', '不这么看', "don't believe", 'dont believe', "doesn't believe",
    'stop', 'bullying', 'hateful', 'ugly', 'sad', "i don't", 'i dont', 'not me', "it isn't", "they aren't",
    // the author's own contrary view: 有人说小米是骗子，我倒觉得挺良心
    '我倒觉得', '我倒是觉得', '我觉得还好', '我觉得挺好', '我觉得还行', '我觉得不错',
    // the author's own view set against the report: 有人骂谷歌是邪恶公司，但安卓开源这事它功不可没, …，可我就是喜欢
    '但', '但是', '不过', '可是', '可我',
    // tired of the people who keep saying it: 一有小米新闻就有人来喊米猴，你们不累吗; overstated: 我觉得夸张了
    '不累吗', '累不累', '有意思吗', '有完没完', '烦不烦', '能不能别', '可不可以别', '夸张了', '太夸张', '有点夸张', '有什么丢人', '有啥丢人',
    // 至于吗 ("is that called for?"); the report denied after it: "some say it's a scam, but it isn't"
    '至于吗', '未必', '其实没有', "but it's not", 'but it is not', "but it isn't", "but they're not",
    "but they aren't", 'but my', 'but honestly', '误会', '我觉得没必要', '没这个必要', '素质真低', '素质低', '素质太低', '挺low', '太low', '很low', '真low', '其实很冤', '很冤',
    // a smear by comparison, or blown up: 有人骂米粉是韭菜，纯属拉踩; 说小米是骗子就是上纲上线 (not 抹黑, 带节奏: as often the brand's
    // own answer to a charge, 苹果公关又要说这是抹黑了)
    '拉踩', '上纲上线', '污名化',
    // naming a word as a slur is talking about it, not using it
    '贬义词', '侮辱性', '歧视性', '蔑称', 'derogatory', 'slur', 'offensive',
    // the remark itself called disgusting or ugly: 我觉得这话挺恶心的, 这种叫法真的很恶心
    ...REMARK_WORDS.flatMap((remark) => ['挺', '很', '真', '太', '真的很', '真的'].flatMap((adverb) => ['恶心', '难听'].map((judgement) => remark + adverb + judgement))),
  ],
  // what was said is false or unfair (有人说小米是骗子，其实不是; 别乱扣帽子; 说这话的人才是韭菜, "whoever says that is
  // the idiot"), said after someone's claim or after it echoed as a question (米粉都是脑残？说这话的人自己想想)
  refute: [
    '胡说', '胡说八道', '瞎说', '乱说', '扯淡', '这种说法', '这种话', '其实不是', '其实并不是', '不是这样', '并非如此', 'not true', 'lol no', 'nonsense', '造谣',
    '谣言', '辟谣', '张嘴就来', '拿出证据', '拿证据', '证据呢', '说这话的人', '说这种话的人', '说这话的', '说这种话的', 'whoever says that', 'whoever said that',
    'people who say that', 'anyone who says that', '扣帽子', '帽子扣', '一竿子打死', '地图炮', '言重了', '说重了', '说得太重', '太过分', '过分',
    '有点过了', '过了吧', '难听', '凭什么这么说', '你凭什么', 'a myth', 'is false', 'not the case', '言过其实', '冤枉', '被冤枉', '不实',
    'uncalled for', 'out of line', '人身攻击', '侮辱人', '胡扯', '瞎扯', '鬼扯', '谁说的', '别瞎说', '别乱说', 'says who', 'who said that',
    'citation needed', 'what a take', 'lazy take', 'bad take', "that's a stretch",
  ],
  // "apple haters", 小米黑子: after a name, the people against it, another group than the brand or its fans.
  'opponent-head': ['haters', 'hater', 'bashers', 'basher', 'trolls', 'antis', '黑粉', '黑子'],
  'fan-head-one': ['buyer', 'user', 'stan'],
  'fan-head': [
    '粉丝', '用户', '买家', '车主', '客户', '顾客', '消费者', '信徒', '教徒', '死忠粉', '忠粉', '的人', '的都', '党', '的孝子', '的舔狗', '的奴才', '的走狗', '的好狗', '的狗腿子',
    // 的 and a demonstrative group before the head (吹苹果的那些人, 用小米的这帮人): the same people as 的人
    '的那些人', '的这些人', '的那帮人', '的这帮人', '的那群人', '的这群人',
    'fans', 'fanboys', 'fanboy', 'fanbois', 'fanboi', 'fangirls', 'fangirl', 'fanbase', 'devotees', 'users', 'owners', 'buyers', 'customers', 'people', 'loyalists',
    'sheep', 'cultists', 'army', 'stans', 'fandom', 'crowd', 'lovers', 'bros',
    // the devoted ("the pixel superfans", "the apple faithful", "the pixel cult on reddit")
    'superfans', 'diehards', 'die-hards', 'zealots', 'faithful', 'cult',
    // devoted past reason ("xiaomi simps"): the word names fans, and insults them
    'simps', 'simp',
  ],
  employee: ['员工', '店员', '工作人员', '职员', '营业员', 'employees', 'employee', 'staff', 'workers', 'geniuses'],
  wrongdoer: ['thieves', 'thief', 'crooks', 'liars', 'scammers', 'fraudsters', 'frauds', '骗子', '小偷', '强盗'],
  'also-thing': ['废物', '废柴'],
  // (客服 is staff already, a maker and a staff head; stores are places full of customers too)
  'service-unit': ['售后', '售后部门', '售后中心', '服务中心', '维修中心', '客户服务',
    'support', 'customer service', 'customer support', 'tech support', 'service center', 'service centre', 'repair center', 'repair centre'],
  maker: ['devs', 'dev team', 'ai team', 'software team', 'hardware team', 'design team', 'marketing team', 'pr team', 'sales team',
    'security team', 'product team', 'engineering team', 'camera team', 'developers', 'engineers', 'programmers', 'designers', 'support team', 'support staff', 'support reps', 'service center staff', 'pr people', 'marketing people',
    'customer service reps', 'customer service staff', '客服', '售后客服', '工程师', '程序员', '设计师', '开发者', '开发团队'],
  'staff-head': [
    '高管', '员工', '领导', '老板', '老细', '公关', '公关部', '公关团队', 'pr团队', '客服', '店员', '销售', '工程师', '董事长', 'ceo', '总裁', '发言人', '市场部', '市场部门', '营销部', '营销部门', '营销团队', '产品经理', '部门', '程序员', '设计师', '管理层',
    // the company's people are its staff (小米公司的人), where the brand's own people (小米的人) may be its users too
    '公司的人', '公司里的人', '公司那帮人', '公司那些人',
    'staff', 'employees', 'employee', 'exec', 'execs', 'executives', 'management', 'engineers', 'reps', 'programmers', 'developers',
    'geniuses', 'genius', 'technicians', 'repair techs', 'repair technicians', 'people at the store', 'store staff', 'support staff', 'store employees', 'store workers', 'service center staff', 'service centre staff',
    'service center employees', 'service center people', 'support team', 'support reps', 'call center staff', 'retail staff', 'devs', 'dev team', 'pr team', 'marketing team', 'board',
    'gate agent', 'gate agents', 'attendant', 'attendants', 'flight attendant', 'flight attendants', 'pilot', 'pilots',
    'crew', 'representative', 'representatives', 'rep', 'manager', 'managers', 'supervisor', 'supervisors', 'cashier', 'cashiers',
    '售后那帮人', '客服那帮人', '售后那些人', '客服那些人',
    // its lawyers and its leadership ("Apple's lawyers are weasels", "Google's leadership are clowns", 小米的法务, 华为高层)
    'lawyers', 'legal team', 'leadership', 'leadership team', 'higher-ups', 'higher ups', 'top brass', 'designers', '法务', '法务部', '高层',
    'officials', 'support agents', 'ticket agents', 'check-in agents', 'customer service reps', 'customer service agents', 'customer service staff', 'customer service people',
    '服务中心的人', '门店的人', '售后的人', '客服人员', '售后人员', '工作人员',
  ],
  aspect: [
    '售后', '售后服务', '服务', '系统', '客户端', '手机', '电池', '续航', '屏幕', '价格', '质量', '广告', '发布会', '相机', '拍照', '信号',
    '充电', '充电器', '软件', '更新', '定价', '设计', '外观', '品控', '产品', '做工', '芯片', '新机', '平板', '电脑', '手表', '耳机',
    '应用', '商店', '官网', '配置', '性能', '机器', '价', '售价', '价位', '成本', '块钱', '元', '智驾', '自动驾驶', '驾驶辅助', '车机', '车',
    '功能', '设定', '策略', '这次', '这波', '这个操作', '模式', '人像', '相册', '键盘', '输入法', '通知', '桌面', '界面', '动画', '手势', '算法', '用户体验',
    // practices: a pejorative said of one is criticism of the practice ("苹果降频挺流氓的")
    '变砖', '降频', '锁机', '涨价', '收费', '限速',
    'service', 'support', 'battery', 'phone', 'phones', 'screen', 'update', 'updates', 'software', 'camera', 'store',
    'price', 'prices', 'pricing', 'quality', 'keyboard', 'charger', 'cable', 'maps', 'ad', 'ads', 'commercial', 'event',
    'keynote', 'website', 'app', 'apps', 'product', 'products', 'design', 'os', 'device', 'devices', 'autocorrect',
    'stock', 'shares', 'line', 'lines', 'wait', 'policy', 'warranty', 'repair', 'delivery', 'shipping', 'servers',
    'music', 'tv', 'watch', 'laptop', 'tablet', 'firmware', 'feature', 'features', 'customer service', 'launch',
    'display', 'displays', 'cord', 'cords', 'cables', 'chargers', 'headphones', 'earbuds', 'earphones', 'adapter',
    'dongle', 'icloud', 'itunes', 'siri', 'notch', 'button', 'buttons', 'case', 'cases', 'accessories', 'computer', 'mac',
    'browser', 'browsers', 'launcher', '浏览器', 'autopilot', 'car', 'cars', 'version', 'upgrade', 'ios', 'search', 'search results', 'search result', 'results', 'search engine', '搜索', '搜索结果',
  ],
};


/**
 * Exceptions, each tied to the term it cancels: inside one of these phrases the term means something harmless
 * (笑死 is "so funny", 死机 a frozen phone, "dead battery" a flat one; 是不是 and 不错 hold no negation). A hit
 * of the term is dropped when one of its own exceptions covers it. test/lexicon/ refuses an exception that does
 * not contain its term (it could never fire), a term that is in no cue list, and duplicates.
 */
/**
 * Idioms that follow a slur's last character and turn the slur back into a name and a word: "X狗都不用" is "even a
 * dog would not use X" (苹果狗都不买, 小米🐶都不要), contempt for the product, not the fan slur 苹果狗 or 小米狗. The
 * engine reads each slur of a profile that ends in `ending` followed by one of `follows` as a homonym phrase.
 * Not "都不配" (小米狗都不配用苹果 is the slur: "Xiaomi dogs do not deserve…").
 */
export const SLUR_IDIOMS: ReadonlyArray<{ ending: string; follows: readonly string[] }> = [
  { ending: '狗', follows: ['都不用', '都不买', '都不要', '都不选', '都不看', '都不玩', '都不开', '都不吃', '也不用', '也不买', '也不要', '都嫌弃', '都嫌'] },
];

/**
 * Words that make the name after them an impostor's (phishing, tech-support scams, knock-offs): "fake Apple support
 * scammers", 冒充苹果客服的骗子, 山寨苹果 name someone pretending to be the brand, not the brand. Read right before
 * a name, a # or @ between.
 */
export const IMPOSTOR_WORDS: readonly string[] = [
  'fake', 'bogus', 'phony', 'phoney', 'counterfeit', 'knockoff', 'knock-off', 'imitation', 'impostor', 'imposter',
  'posing as', 'pretending to be', 'impersonating', 'impersonate', 'impersonates',
  '假冒', '冒充', '山寨', '冒牌', '仿冒', '假的', '伪装成', '打着', '冒用', '假扮',
];

/**
 * Verbs of using a device: an ambiguous nickname for a company (烂苹果, a rotten apple first) right after one names
 * the brand's device, since no one uses a fruit that way ("不能用烂苹果", 还在用烂苹果). Buying is not among them
 * (买烂苹果 is a fruit stall).
 */
export const DEVICE_USE_VERBS: readonly string[] = ['用', '使用', '在用', '还用', '不用', '别用', '换', '换了', '入手', '刷机'];

/**
 * A reply made of nothing but agreement ("exactly this 💯", "+1 说出了我的心声", "facts"): it makes the post it answers,
 * reposts or quotes its own. Not the sarcastic ones (对对对, 你说得都对, 好好好, "sure jan", "ok buddy"), nor a bare "yes",
 * "lol" or "w", which answer anything.
 */
export const AGREEMENT_REPLIES: readonly string[] = [
  'this', 'exactly', 'exactly this', 'this exactly', 'this right here', 'this is it', 'facts', 'big facts', 'so true', 'very true',
  'true', 'truth', 'the truth', 'so real', 'based', 'preach', 'agreed', 'i agree', 'totally agree', 'hard agree', 'agree',
  "couldn't agree more", 'could not agree more', "couldn't have said it better", 'well said', 'nailed it', 'you nailed it', 'spot on',
  'say it louder', 'louder for the people in the back', 'bingo', '+1', '100%',
  '同意', '赞同', '附议', '说得对', '说的对', '说得好', '说的好', '说得没错', '说的没错', '太对了', '完全同意', '说出了我的心声',
  '我的心声', '真相了', '太真实了', '真实', '精辟', '正解', '一针见血', '没毛病', '深有同感', '有道理', '说到心坎里了',
];
/**
 * Emoji that may stand beside agreement: emphasis and laughter. Any other (🙄, 😒, 🙃, 🤔, 🤡) may turn it into sarcasm.
 */
export const AGREEMENT_EMOJI: readonly string[] = ['💯', '👍', '👏', '🙌', '🔥', '✅', '🎯', '👆', '☝', '‼', '❗', '😂', '🤣'];
/** What may stand beside agreement in such a reply: laughter, address, emphasis. */
export const AGREEMENT_FILLERS: readonly string[] = [
  'lol', 'lmao', 'haha', 'bro', 'man', 'dude', 'honestly', 'literally', 'so', 'just', 'fr', 'fucking', 'absolutely', 'completely', 'much',
  // (哈哈哈 is read as 哈: the normalizer folds a run of three identical characters)
  '哈哈', '哈', '啊', '了', '呀', '吧', '兄弟', '真的', '确实', '太', '楼主', '博主', '老哥',
];

/**
 * Emoji that stand in for an insult word in any post (果粉都是🐷, "apple fans are 🤡"), replaced before matching as a
 * profile's own stand-ins are (a profile may override one). 💩 reads as 垃圾 ("小米是💩", "apple is 💩": crap said of
 * it), so a pile of it next to a product is criticism as the word is. 🖕 reads as 操你, the curse it shows ("@apple 🖕").
 * 🥬 reads as 菜, the character it shows, written to slip a word past filters (割韭🥬 is 割韭菜); 菜 alone is no insult.
 * Not mapped: 🐑, whose word is no cue alone.
 */
export const STAND_INS: Readonly<Record<string, string>> = { '🐷': '猪', '🐖': '猪', '🐶': '狗', '🐕': '狗', '🤡': '小丑', '💩': '垃圾', '🖕': '操你', '🥬': '菜' };

/**
 * English slur suffixes run onto a brand's or product's Latin name (appletards, iphonetards, xiaomitards): a slur
 * for its fans, made from every one-word Latin name or product of a profile.
 */
export const SLUR_SUFFIXES: readonly string[] = ['tard', 'tards'];

/**
 * Hashtags that call on others to drop the brand when they run on into its name (#DeleteXiaomi, #BanXiaomi,
 * #NeverXiaomi); alone ("#delete my account") they are nothing. Read as boycott calls.
 */
export const HASHTAG_CALLS: readonly string[] = ['#delete', '#ditch', '#dump', '#ban', '#cancel', '#never', '#quit', '#unfollow'];

/**
 * Pinyin initials of Chinese insults and curses (sb = 傻逼, nc = 脑残, zz = 智障, rz = 弱智, sjb = 神经病, sx = 傻X,
 * 2b = 二逼, cnm/wcnm, nmsl, mdzz, lj = 垃圾): Chinese internet words, counted only in a post with Chinese characters (in
 * English "can sb help" is "somebody"). Each must be a cue term of its own.
 */
/**
 * Verbs by which others accuse, expose or name someone (曝, 质疑, 点名, 发现…): after a passive of suffering (被, 遭)
 * or in its agent (被央视点名造假, 被用户发现虚假宣传), the name is accused of the wrong, not its victim.
 */
export const ACCUSING_VERBS: readonly string[] = [
  '曝', '爆', '指', '控', '质疑', '举报', '起诉', '罚', '批', '吐槽', '扒', '揭', '查', '发现', '证实', '认定', '判', '告', '投诉', '怀疑',
  '说', '称', '叫', '骂', '评', '列', '视', '当', '点名', '实锤', '抓',
];

export const PINYIN_INITIALS: readonly string[] = ['sb', 'nc', 'zz', 'rz', 'sjb', 'sx', '2b', 'cnm', 'wcnm', 'nmsl', 'mdzz', 'lj'];

/** For each term, the exceptions made of it and one of the endings (用这个的 + 时候). */
function withEndings(terms: readonly string[], endings: readonly string[]): Record<string, readonly string[]> {
  return Object.fromEntries(terms.map((term) => [term, endings.map((ending) => term + ending)]));
}

export const EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  // 说实话 is "to be honest", a way of opening one's own view, not a word that a report is true
  '实话': ['说实话', '说句实话', '讲实话', '讲句实话'],
  // 死 after a verb is often a complement, not a death: to the extreme (笑死, 累死) or fixed fast (锁死, 绑死, 焊死, 写死)
  '死': ['装死', '至死', '到死', '死都要', '死也要', '死不了', '死不掉', '笑死', '笑死了', '死机', '死忠', '死忠粉', '累死', '气死', '急死', '吓死', '热死', '冷死', '饿死', '困死', '烦死', '卡死', '死循环', '死锁', '死活', '死磕', '死贵', '要死', '半死', '死党', '死角', '生死', '死心', '打死也不', '打死都不', '爱死', '美死', '帅死', '香死', '馋死', '想死', '死宅', '死线', '死命', '拼死', '死屏', '辣死', '咸死', '甜死', '苦死', '酸死', '臭死', '丑死', '贵死', '疼死', '痛死', '忙死', '闷死', '晒死', '渴死', '撑死', '吵死', '挤死', '慢死', '难吃死', '好吃死', '难看死', '好看死', '可爱死', '羡慕死', '尴尬死', '无聊死', '麻烦死', '心疼死', '锁死', '绑死', '捆死', '焊死', '写死', '堵死', '套死', '晕死', '冻死', '见光死', '死死', '死板', '死胡同', '死记硬背', '死心塌地', '生老病死', '起死回生', '九死一生', '半死不活', '死者', '死侍', '孝死', '蠢死', '傻死', '舔死', '恶心死', '贱死', '土死', '坑死', '尬死', '丢人死'],
  '死了': ['笑死了', '孝死了', '蠢死了', '傻死了', '舔死了', '恶心死了', '贱死了', '土死了', '坑死了', '尬死了', '丢人死了'],
  '孝': ['孝顺', '孝敬', '孝心', '孝道', '尽孝', '不孝', '孝感', '守孝', '戴孝', '孝服', '孝义', '孝女', '忠孝', '孝亲', '二十四孝'],
  '贵': ['死贵', '贵死', '贵州', '富贵', '宝贵', '珍贵', '贵宾'],
  '丑': ['丑死', '小丑鱼'],
  '难看': ['难看死'],
  '蠢': ['蠢萌', '蠢蠢欲动'],
  '要是': ['只要是', '主要是', '需要是', '重要是', '还要是', '就要是', '想要是', '也要是'],
  '但': ['但愿', '不但', '但凡'],
  // 的 + a word that starts with 人 but names no people: 小米的人像模式, 人脸识别, 人工智能
  '的人': ['的人像', '的人脸', '的人工', '的人气', '的人性', '的人体', '的人设', '的人机', '的人物', '的人文', '的人声'],
  user: ['user interface', 'user experience', 'user data', 'user review', 'user reviews', 'user base', 'user manual', 'user guide', 'user agreement',
    'user account', 'user accounts', 'user privacy', 'user feedback', 'user error', 'user name', 'user rating', 'user ratings', 'user info', 'user information'],
  '骗子': ['骗子酒吧', '骗子电话', '骗子短信'],
  // A case in the news is reported, not alleged by the author: "Patent Fraud Case in China", 诈骗案.
  fraud: ['fraud case', 'fraud cases', 'fraud lawsuit', 'fraud suit', 'fraud charge', 'fraud charges', 'fraud trial', 'fraud probe',
    'fraud investigation', 'prison for fraud', 'jail for fraud', 'charged with fraud', 'convicted of fraud', 'sued for fraud',
    // a bank's or a card's flag on a payment: "my card company marked the tickets as fraud"
    'as fraud', 'fraud alert', 'fraud alerts', 'fraud department', 'fraud protection',
    // fighting it: "xiaomi's anti-fraud team", "fraud detection"
    'anti-fraud', 'anti fraud', 'fraud detection', 'fraud prevention', 'fraud team', 'fraud check', 'fraud checks'],
  '诈骗': ['诈骗案', '诈骗罪', '电信诈骗', '网络诈骗', '防诈骗', '反诈骗', '诈骗电话', '诈骗短信', '诈骗信息', '诈骗团伙', '诈骗分子', '诈骗集团', '诈骗犯'],
  // 山寨货: a knockoff sold as the brand's is no copying by the brand (收到一看是山寨货); 山寨机, 山寨版 may be the brand's own
  '山寨': ['山寨货'],
  // 就是了 closes a sentence ("that's all"): 小米不是骗子就是了 denies it
  '就是': ['就是了'],
  '骗': ['骗子酒吧', '骗炮', '不骗你', '没骗你', '骗你的', '防骗', '反骗', '诈骗案', '诈骗罪', '电信诈骗', '网络诈骗', '防诈骗', '反诈骗'],
  '垃圾': ['垃圾桶', '垃圾袋', '垃圾分类', '垃圾短信', '垃圾邮件', '垃圾广告'],
  '有病': ['有病毒'],
  jk: ['jk rowling', 'jk制服'],
  // 用这个的时候: while using it, not its users
  ...withEndings(BUYERS_OF_IT, ['时候', '时', '话']),
  copycat: ['copycat case', 'copycat lawsuit', 'copycat suit', 'copycat trial', 'copycat ruling'],
  // 我可没说错, 我也没说谎, not gonna say it twice: a verb of saying with an object of its own denies nothing after it
  ...withEndings(['我没说', '可没说', '也没说', '又没说', '从没说', '从来没说', '并没说', '并没有说', '我没有说', '可没有说', '也没有说', '从来没有说', '没说过'], ['错', '谎', '假话', '瞎话', '过头话', '啥', '什么']),
  ...withEndings(['not gonna say', 'not going to say'], [' it twice', ' it again', ' this twice', ' this again']),
  // called out: criticised for something, nobody's name for them
  ...withEndings(['get called', 'gets called', 'got called', 'been called', 'is called', 'are called'], [' out']),
  '就是傻': ['就是傻眼', '就是傻乐', '就是傻笑'],
  // stunned, grinning, tickled (傻眼, 傻笑, 傻乐), not stupid
  ...withEndings(DEGREES_OF_SILLY, ['眼', '笑', '乐']),
  '还傻': ['还傻傻', '还傻眼', '还傻笑', '还傻乐'],
  '比狗还': ['比狗还累', '比狗还忙', '比狗还惨', '比狗还苦', '比狗还辛苦', '比狗还可怜'],
  '像狗一样': ['累得像狗一样', '累的像狗一样', '忙得像狗一样', '忙的像狗一样'],
  '像条狗': ['累得像条狗', '累的像条狗', '忙得像条狗'],
  // a floor scrubber (小米洗地机 is a product) or washing a floor, not whitewashing
  '洗地': ['洗地机', '洗地板', '洗地毯'],
  // 人工智障 ("artificial stupidity"): a pun on AI, said of an assistant or a feature, a thing
  智障: ['人工智障'],
  // a game, not people called so
  snakes: ['snakes and ladders'],
  // "other" (其它品牌), not a pronoun
  它: ['其它'],
  // a ban denied to anyone: "nobody should ban xiaomi"
  ...Object.fromEntries(BAN_DEMANDS.filter((t) => t.startsWith('should')).map((t) => [t, [`nobody ${t}`, `no one ${t}`]])),
  '2b': ['2b铅笔'],
  '洗脑': ['洗脑神曲'],
  '小丑': ['小丑鱼'],
  // 没脑电波, 脑电图: brain waves, not brains
  '没脑': ['没脑电'],
  // 去屎山: clearing a heap of messy legacy code (澎湃OS去屎山了)
  '去屎': ['去屎山'],
  // 被…阴，逼得…: schemed against, then forced
  '阴逼': ['阴逼得'],
  '怂': ['怂恿'],
  // 药丸 ("pill") is the internet homophone of 要完 ("done for"); a pill is still a pill.
  药丸: ['吃药丸', '一颗药丸', '几颗药丸', '两颗药丸', '药丸子', '中药丸', '小药丸', '这药丸', '药丸吃', '药丸治'],
  说: ['说得对', '说的对', '说得好', '说的好', '说得没错', '说的没错', '说得很对', '说的很对', '说到点子上', '说白了', '说实话', '说真的', '说到底', '说实在的', '说句实话', '说句公道话', '说起来', '说明', '说法', '说不定', '说了算', '不得不说', '怎么说', '所以说', '就是说', '也就是说', '话说', '再说', '虽说', '听说'],
  不信: ['别不信', '不要不信', '还不信', '不信的话', '不信任', '不信邪', '不信你看', '不信你试试', '不信去看'],
  dead: ['dead battery', 'dead pixel', 'dead pixels', 'dead zone', 'dead spot', 'drop dead gorgeous', 'dead on', 'dead serious'],
  died: ['battery died', 'died on me', 'phone died', 'screen died'],
  dies: ['battery dies'],
  die: ['die hard', 'die-hard', 'to die for', 'die on this hill', 'die on that hill', 'die mad'],
  dying: ['dying to', 'dying of laughter', 'dying laughing', 'dying from laughter', "i'm dying", 'im dying'],
  'drop dead': ['drop dead gorgeous'],
  sheep: ['the sheep', 'lost sheep'],
  screw: ['screw driver'],
  crap: ['talk crap', 'talks crap', 'talking crap', 'talked crap'],
  cult: ['cult classic', 'cult following', 'cult favorite'],
  // "bought an iphone like an idiot": a manner simile about whoever did it, most often the author
  fool: ['motley fool', 'fool proof', 'like a fool', 'like a complete fool'],
  idiot: ['like an idiot', 'like a complete idiot', 'like a total idiot', 'like an absolute idiot'],
  moron: ['like a moron', 'like a complete moron'],
  // affection or envy: "apple, you magnificent bastards", "lucky bastard"
  bastard: ['magnificent bastard', 'beautiful bastard', 'lucky bastard', 'clever bastard', 'brilliant bastard', 'pleasant bastard', 'sweet bastard', 'cheeky bastard', 'crafty bastard'],
  bastards: ['magnificent bastards', 'beautiful bastards', 'lucky bastards', 'clever bastards', 'brilliant bastards', 'pleasant bastards', 'sweet bastards', 'cheeky bastards', 'crafty bastards'],
  junk: ['junk bonds', 'junk bond', 'junk mail', 'junk food'],
  pigs: ['guinea pigs'],
  // unfaithful to a partner, not a fraud (cheated on benchmarks is one)
  cheated: ['cheated on his', 'cheated on her', 'cheated on him', 'cheated on me', 'cheated on you', 'i cheated', "i've cheated"],
  cheat: ['cheat on', 'cheat sheet', 'cheat code', 'cheat codes'],
  cheating: ['cheating on'],
  cheats: ['cheats on'],
  fools: ['april fools'],
  // a bad bet, a fondness, a blow: "a sucker's game", "I'm a sucker for good design", "sucker punch"
  sucker: ["sucker's", 'sucker’s', 'sucker for', 'sucker punch', 'sucker punched', 'like a sucker'],
  suckers: ['suckers game', "suckers'", 'suckers for'],
  dumb: ['dumb phone'],
  stupid: ['stupid fast'],
  scam: ['scam calls', 'scam call', 'scam texts', 'scam emails', 'anti-scam', 'scam protection', 'scam detection', 'scam alert', 'scam alerts', 'scam warning', 'scam warnings', 'scam filter'],
  lies: ['lies ahead', 'lies in', 'lies with', 'lies on'],
  // what users have or do, not the users themselves (华为用户体验太垃圾了 is criticism)
  用户: ['用户体验', '用户界面', '用户协议', '用户名', '用户数', '用户量', '用户数据', '用户隐私', '用户手册', '用户反馈'],
  // the idiom of winning the attention: "Apple steals the show at SXSW"
  stole: ['stole the show', 'stole the spotlight', 'stole my heart', 'stole the limelight'],
  steals: ['steals the show', 'steals the spotlight', 'steals my heart', 'steals the limelight'],
  stealing: ['stealing the show', 'stealing the spotlight', 'stealing my heart', 'stealing the limelight'],
  // hating a fact or a habit, not the name after it: "I hate that apple removed the jack", "hate how xiaomi…"
  // and a disclaimer of it before a complaint: "not trying to hate on huawei but the display is average"
  hate: ['hate that', 'hate how', 'hate when', 'hate it when', 'hate the way', 'hate the fact', 'not trying to hate', 'not to hate', 'no hate', "don't mean to hate"],
  hates: ['hates that', 'hates how', 'hates when', 'hates it when', 'hates the way', 'hates the fact'],
  // 不就是…(吗), 岂不是, 难道不是: rhetorical questions that affirm ("这不就是割韭菜吗" = this is plainly fleecing)
  // A-not-A questions ask, often as a demand (能不能滚出去): no negation. Not 要不要: it would cancel the 不要脸 inside
  // 要不要脸, which asks the same insult.
  '不能': ['能不能'],
  '不会': ['会不会'],
  '不该': ['该不该'],
  '不': ['怕不是', '莫不是', '不就是', '不正是', '岂不是', '难道不是', '不也是', '是不是', '不是吧', '不是说', '不得不', '巴不得', '恨不得', '不错', '不少', '不停', '不仅', '不光', '不过', '不止', '不知道', '不好用', '不行', '不值', '不住',
    // a verb's potential complement (卖不动, 买不起, 想不到), not a denial of what follows
    '不动', '不起', '不到', '不完', '不出去'],
  // 怕不是 ("I bet it is", 小米怕不是骗子), 莫不是 ("could it be"): a guess that it is (恐怕不是 still denies)
  '不是': ['怕不是', '莫不是', '岂不是', '难道不是', '是不是', '不是吧', '不是说'],
  // calling something out is no name-calling: "nobody's calling it out because…"
  "nobody's calling": ["nobody's calling it out", "nobody's calling out"],
  "no one's calling": ["no one's calling it out", "no one's calling out"],
  'nobody is calling': ['nobody is calling it out', 'nobody is calling out'],
  'no one is calling': ['no one is calling it out', 'no one is calling out'],
  '无': ['无论'],
  '没': ['没准'],
  // 能不能别…: a demand that they stop, which asserts that they do (花粉能不能别到处咬人)
  '别': ['别人', '别的', '能不能别', '可不可以别', '能别'],
  '非': ['非常'],
  '未': ['未来'],
  '亡': ['死亡', '伤亡', '亡羊补牢', '流亡', '逃亡', '存亡', '亡不了'],
  '韭菜': ['韭菜盒子', '韭菜饺子', '韭菜鸡蛋', '炒韭菜', '韭菜花', '韭菜包', '韭菜馅', '韭菜炒', '割韭菜'],
  '猪': ['猪肉', '猪蹄', '猪排', '猪油', '猪脚', '小猪佩奇', '猪八戒', '烤乳猪', '猪肝', '猪血', '猪骨', '猪年', '属猪', '野猪', '猪仔', '喂猪', '养猪', '生猪', '猪价'],
  '收割': ['收割机', '收割庄稼', '收割小麦', '收割水稻'],
  '偷': ['偷偷', '小偷', '偷拍', '偷懒', '偷看', '偷吃', '偷师', '偷笑', '偷闲', '偷乐', '偷跑'],
  '后门': ['走后门', '前门后门', '后门口', '从后门', '后门进'],
  '下架': ['下架了一', '已下架', '被下架'],
  // the service, the app or the body, not the buyers: 苹果客户服务太差, 苹果客户端
  '客户': ['客户服务', '客户端', '客户经理', '客户体验', '客户支持'],
  '顾客': ['顾客服务', '顾客体验'],
  '消费者': ['消费者权益', '消费者协会', '消费者保护', '消费者投诉'],
  // 来自大西北, 出自大师: 自 + a word starting with 大, not arrogance
  '自大': ['来自大', '出自大', '源自大', '自大学', '自大陆', '自大城市', '自大山'],
  // rolling, boiling, rock music: 滚 in words that are no "get lost"
  '滚': ['滚动', '滚烫', '滚筒', '滚轮', '滚轴', '翻滚', '打滚', '滚雪球', '滚圆', '滚瓜烂熟', '摇滚', '滚石', '滚滚', '滚床单', '屁滚尿流', '滚珠', '滚开水', '利滚利', '连滚带爬', '滚落', '滚下'],
  // the author's own silence, promised or kept: "fix that and I'll shut up"
  'shut up': ['shut up and take my money', "i'll shut up", 'i will shut up', "i'd shut up", 'i shut up', "we'll shut up", 'i can shut up', 'i should shut up', 'i will finally shut up'],
  // the phone trade as a whole, not a phone: 滚出手机圈
  '手机': ['手机圈', '手机界', '手机行业', '手机市场'],
  '元': ['元宇宙', '元旦', '元素', '元宵', '单元', '多元', '公元'],
  // petty about one thing is a complaint about it
  petty: ['petty about'],
  // bad at a task ("apple sucks at search") is no verdict on the whole
  suck: ['suck it up', 'suck up', 'suck at'],
  sucks: ['sucks to be', 'it sucks that', 'sucks that', 'sucks at'],
  // a blunder, not a curse: "full of fuck ups", "apple fucked up the update"
  fuck: ['what the fuck', 'the actual fuck', 'the fuck', 'fuck up', 'fuck ups', 'fuck-up', 'fuck-ups'],
  fucks: ['fucks up'],
  // a curse as an intensifier of praise
  fucking: ['fucking love', 'fucking loved', 'fucking awesome', 'fucking amazing', 'fucking great', 'fucking best', 'fucking brilliant', 'fucking genius'],
  // "you have spoiled me": pampered, not a spoilt brat
  spoiled: ['spoiled me', 'spoiled us', 'spoiled by'],
  // "throw this phone in the trash": the bin, not a word for anyone
  trash: ['in the trash', 'into the trash', 'to the trash', 'trash can', 'trash bin'],
  avoid: ['to avoid', 'avoid being', 'avoid getting'],
  '操': ['操作', '体操', '操心', '操控', '操纵', '操场', '操练', '操守', '操盘', '操持', '操刀', '早操', '情操', '节操', '重操旧业', '贞操', '出操'],
  '坑': ['坑坑洼洼', '水坑', '茅坑', '坑位', '坑道', '入坑', '出坑', '弃坑', '填坑', '挖坑', '一个萝卜一个坑', '避坑', '踩坑', '脑子有坑', '坑爹',
    // a rip-off said with a degree word is a complaint about a price or a policy, not a fraud charge (its
    // objects stay one: 太坑人, 真坑钱 are fraud words of their own, longer than these)
    ...DEGREES_OF_KENG],
  // passives that report an accusation or a finding about the name (小米被曝骗人, 被指虚假宣传, 遭质疑造假): it is
  // accused, not cheated
  '被': [...ACCUSING_VERBS.map((v) => `被${v}`), '被迫'],
  '遭': ACCUSING_VERBS.map((v) => `遭${v}`),
  // a phrase of time, not a word pointing back at a thing ("anyone who defends apple at this point is an idiot")
  this: ['at this point', 'by this point', 'at this stage', 'by this stage', 'at this rate'],
  '他说': ['其他说'],
  // 贱 of a price is cheap: 小米卖得真贱 ("sells it really cheap")
  ...Object.fromEntries(['真贱', '太贱', '好贱', '够贱'].map((t) => [t, ['卖得', '卖的', '价格', '价钱', '定价'].map((p) => p + t)])),
  // "not buying it": not believing it (an idiom), no boycott
  // "ban" as a noun (a ban on, the ban of, ban lifted): news of a ban, not a call for one
  ban: ['#ban', 'ban on', 'ban of', 'ban for', 'ban lifted', 'ban is', 'ban was', 'ban will', 'ban has', 'ban would', 'ban list', 'ban hammer', 'ban wave', 'ban appeal'],
  'not buying': ['not buying it', 'not buying that', 'not buying this', 'not buying your', 'not buying the excuse'],
  '恨': ['恨不得', '相见恨晚', '恨铁不成钢', '悔恨', '方恨少'],
  '艹': ['艹字头'],
  // "操你妈的电信网速": a curse used as an adjective of what follows, aimed at that
  '操你': ['操你妈的'],
  // a screen gone white at its top left (屏幕发白左上角漏光), not the slur
  '白左': ['发白左', '泛白左', '惨白左', '偏白左', '白左上', '白左下', '白左边', '白左右', '白左侧'],
};
