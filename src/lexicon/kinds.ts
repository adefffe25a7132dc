import type { CueKind } from './cues.js';

/**
 * What each cue kind means to the engine, as data beside the lexicon. The engine reads this table; it has no
 * branch on a kind's name. A kind either carries hostility or criticism that rules pair with a target
 * (`pairs`), or plays a part in how other cues and targets are read (`role`), or both (`person`: an insult
 * that also turns a product into its users).
 *
 * Roles (what the engine does with a hit of the kind):
 * - negates-next: negates the cue right after it (2 tokens, same clause): 不是, not.
 * - negates-sentence: negates the rest of its sentence: 不认为, I don't think.
 * - rhetorical: denies what follows when the sentence is a question: 你以为…？
 * - ends-negation: a second copula (就是, 而是) between a negator and a cue: the negation does not reach the cue.
 * - affirms: a question tag (吗, 是什么) right after a cue cancels a 不是 before it (这不是骗人吗): the question asserts.
 * - presupposes: a degree word right after a negator in a condition ("if X weren't so greedy", 要是X没那么贪): the
 *   condition presupposes the quality, so neither the negator nor the condition denies it.
 * - supposes / consequent: a condition (如果, if) supposes what follows in its clause; a consequent word (就, then)
 *   after it starts what is asserted.
 * - sayers: opens a relative clause about the people who say something ("people who call X a scam", 说X是骗子的人):
 *   the words in it are theirs. A kind with `closedBy` opens one only when one of those words follows the cue.
 * - addressee: second person; an addressable cue right after it is said to the name in the sentence.
 * - self: first person right before an insult or a fan word: the author speaks of themself.
 * - call: turns a cue that `needsCall` into a call on others: 大家, let's.
 * - wish: turns a doom event into a wish (rules say which kinds need it).
 * - report / reject: someone else's words that the author rejects are not the author's hostility.
 * - negates-prev: right after a cue, in its clause, denies it: 造假没必要, 倒闭不可能.
 * - answers-no: first in the sentence after a question, answers it no: what the question asked is denied
 *   ("Is X a scam? No.", 小米是骗子吗？不是).
 * - determiner: a curse right after it is an intensifier inside a noun phrase ("the fucking phone").
 * - fan-head / staff-head: after a brand or product name, make the target its fans / its people.
 * - opponent-head: after a brand or product name, makes it the people against it (haters, 黑子): not the brand's.
 * - staff-pre: before a brand name, makes the target its people ("people at the @apple store").
 * - buyer-pre: a buying or using verb before a name: with 的 closing the phrase ("买苹果的是不是傻") or an insult
 *   noun for people as the buyer ("傻子才买苹果"), the target is its buyers; a kind with `namesBuyers` makes them
 *   buyers by itself ("people who buy iphones").
 * - people-noun: in a clause about a product, an insult noun for people means the product's users.
 * - aspect: a product or service noun: a pejorative said of it is criticism, not hostility to the brand.
 * - criticism-context: a concrete complaint nearby turns venting (`ventsUnlessAlone`) into criticism.
 * - brand-ref: a company named by reference (这家公司, "the company") is the brand the post named before it.
 * - product-ref: a device named by reference (这手机, "this phone") is the product the post named before it: what
 *   is said of it is criticism, and an insult noun for whoever buys it is about the buyers (哪个傻子会买这手机).
 * - other-group: a plural demonstrative (these, 那些) right before an insult makes it a group of its own: after a
 *   verb whose subject is the name ("@brand never told these clowns the phone was late"), it is not said of the name; right after
 *   the name or a copula ("米粉都是这帮脑残") it still is.
 * - company-head / ref-determiner: a company noun with a pointing determiner before it in its clause, whatever
 *   modifiers stand between ("这个卖货的奸商企业", "如此恶心人的公司", "this shameless company"), is a brand-ref.
 * - staff-ref: the company's people named by reference ("their staff", 它的员工): the people of the brand named before.
 * - fan-ref: a group named by reference ("its fans", 它的粉丝) is the fans of the brand the post named before it.
 * - attribution: after a third party or a rival ("a rival maker claims", 律师称), the rest of the sentence is
 *   their words, reported, not the author's.
 * - attribution-tail: a short speaker and verb closing a sentence after a comma or dash (", says the lawsuit",
 *   ", senators urge", "— according to Reuters"): the sentence before it is the speaker's, reported (a headline shared).
 * - pronoun-ref: a plural pronoun (they, them, 他们) is the company, fans or staff named last before it, when nothing
 *   else that could be "they" (a party, a group, a product, a plural thing) was named since.
 * - third-party: a person or party other than the brand (博主, 网友, 友商): nearer to a cue than the brand,
 *   it takes the cue, as a rival brand does.
 */
export type CueRole =
  | 'negates-next'
  | 'negates-sentence'
  | 'answers-no'
  | 'answers-yes'
  | 'negates-prev'
  | 'rhetorical'
  | 'affirms'
  | 'ends-negation'
  | 'supposes'
  | 'presupposes'
  | 'consequent'
  | 'sayers'
  | 'addressee'
  | 'self'
  | 'call'
  | 'wish'
  | 'report'
  | 'reject'
  | 'endorse'
  | 'assent'
  | 'guards'
  | 'suffers'
  | 'mentions-next'
  | 'mentions-prev'
  | 'mentions-quoted'
  | 'times-purchase'
  | 'attribution-passive'
  | 'retracts'
  | 'asks'
  | 'determiner'
  | 'fan-head'
  | 'opponent-head'
  | 'staff-head'
  | 'staff-pre'
  | 'buyer-pre'
  | 'people-noun'
  | 'aspect'
  | 'criticism-context'
  | 'third-party'
  | 'fan-ref'
  | 'staff-ref'
  | 'praises'
  | 'brand-ref'
  | 'product-ref'
  | 'company-head'
  | 'ref-determiner'
  | 'other-group'
  | 'attribution'
  | 'attribution-tail'
  | 'pronoun-ref';

export interface CueKindSpec {
  /** One line: what the kind is. */
  doc: string;
  /** What a hit of the kind does to other hits; absent for kinds that only pair with targets. */
  role?: CueRole;
  /** Can be said to "you" and so reach the name the sentence is about ("@xiaomi fix it, you greedy bastards"). */
  addressable?: boolean;
  /**
   * Not said to "you" by itself, but a plural of the kind alone as the last clause of a post is said to the name
   * spoken of just before, as an addressable insult is ("@xiaomi raised prices again. crooks."). Loaded words
   * may stand before such a plural ("greedy bastards", "lying thieves"); complaints may not ("poor bastards").
   */
  vocative?: boolean;
  /**
   * A curse or a death wish said alone as a clause that ends the post or its sentence ("xiaomi raised prices again.
   * go to hell.", "…finish huawei off for good. rot in hell") is said to what the post spoke of just before, as a
   * vocative plural is; not when a thing of the name's was named since ("xiaomi dropped the notch, good riddance").
   */
  exclaimed?: boolean;
  /** May overlap the target it is about ("米猴" holds both). */
  mayOverlapTarget?: boolean;
  /** A Chinese clause predicate that may belong to the sentence's topic named in an earlier clause. */
  topicPredicate?: boolean;
  /**
   * The same, only when that topic is people (fans, staff, an executive) and the clause is nothing but the judgement
   * (华为那帮高管一个比一个能装，满嘴跑火车): a word for people later in a post is as often about someone else, the
   * subject of a verb of its own (弹幕里一群傻逼在刷屏) or those who wronged them (小米员工被网暴了，一群畜生).
   */
  peopleTopicPredicate?: boolean;
  /**
   * Narrower: the topic's predicate only when the name's own clause says what it is (小米就是个组装厂) and the
   * cue is the whole next clause (，一文不值).
   */
  copulaTopicPredicate?: boolean;
  /** Counts only as a call on others: a `call` word just before it, or imperative position (clause start). */
  needsCall?: boolean;
  /** With `needsCall`: never imperative by position, so only a `call` word before it makes it a call. */
  neverImperative?: boolean;
  /** With `needsCall`: a call only in imperative position; a `call` word before it does not make it one. */
  imperativeOnly?: boolean;
  /** Hatred next to a concrete product complaint is venting (criticism); hatred of the brand alone is hostility. */
  ventsUnlessAlone?: boolean;
  /** A curse right after a determiner is an intensifier inside a noun phrase, not a curse at the name. */
  curse?: boolean;
  /** Said of a brand with a product or aspect between them, or as their subject, it is criticism of the thing. */
  thingMakesCriticism?: boolean;
  /** A death or ruin verb standing first in its clause, right before the name, is said to it ("Die, @apple"). */
  imperativeWish?: boolean;
  /**
   * A predicate that takes no object (死绝, 倒闭, die): with a name of its own right before it as its subject, a name
   * after it is not what it is said of ("米粉死绝了小米也不会倒").
   */
  intransitive?: boolean;
  /**
   * An English adjective followed by that/how/when judges the fact that follows, not a name inside it ("stupid that
   * @xiaomi sent…"); a determiner before it makes it a noun ("a joke that…"), and buyers named after it stay.
   */
  judgesFacts?: boolean;
  /** A verb whose object, right after it, is its victim: a name there is not accused ("cheated by" names the agent). */
  objectIsVictim?: boolean;
  /** A wrongdoing word with people right after it ("cheats its customers", 骗米粉): they are its victims, not accused. */
  peopleAfterAreVictims?: boolean;
  /** With a guard word (谨防, 拦截, beware of) between the name and it, a danger the name guards against, not said of it. */
  guarded?: boolean;
  /** After the name and a passive of suffering (被, 遭遇: role suffers), the name is its victim (小米被人骗了). */
  suffered?: boolean;
  /** A predicate whose subject must be the target: only adverbs and copulas between them ("Apple honestly sucks"). */
  subjectOnly?: boolean;
  /** A verb whose object must be the target: it counts only right before it, within this many tokens ("hate @apple"). */
  objectWithin?: number;
  /**
   * A phrase that completes a verb done to its object ("sue X into the ground"): the name must be that object, right
   * before it with at most a modal, a passive and one verb between ("X should be sued into the ground").
   */
  objectBefore?: boolean;
  /**
   * Said alone as the last clause (see `vocative`), only of a name that opens its own clause, as its topic ("三星…死不认账，
   * 无耻"; not 网上有人造谣三星，无耻, where the name is someone's object).
   */
  vocativeOfTopic?: boolean;
  /** A head that names one person ("buyer", "user"): it counts only after a word that counts people (every, any, a). */
  counted?: boolean;
  /**
   * A call against buying a product (not the brand) in a post that gives a concrete product complaint is a
   * consumer's warning, criticism: "千万不要买这款手机，买了两台都有问题".
   */
  warnsOfProduct?: boolean;
  /** An exclamation no negator reaches: "it didn't charge, fuck u @apple" negates the charging, not the curse. */
  unnegated?: boolean;
  /** A sentence by itself in a reply to one of the brand's own accounts, said to that account ("go to hell", 滚). */
  saidAlone?: boolean;
  /**
   * A rejection that, opening the sentence right after a question, rebuts the claim the question echoes
   * ("米粉都是脑残？说这话的人自己想想", "Apple fans are idiots? says who"): words that call a claim false or unfair,
   * not those that may reject the people it names ("sad", 无语, 不信 in 不信你去查查).
   */
  rebuts?: boolean;
  /**
   * Said in a reply whose own words name no target, it may take the brand from the post it answers: words that
   * can only be about a company or its buyers (骗子, 狗厂, 韭菜). General insults under brand news are mostly aimed
   * at other commenters or the people in the news, so they never take a target from the context.
   */
  contextual?: boolean;
  /**
   * As `contextual`, but only where its clause has no subject of its own: nothing before it there but wish words,
   * adverbs and a pronoun pointing back (赶紧倒闭吧, 早点破产吧, "hope they go bust"), and it modifies no noun (盼倒闭的人).
   * An end of business can only be a company's, but a reply may wish it on one the lexicon does not know (希望百度倒闭).
   */
  contextualWithoutSubject?: boolean;
  /**
   * Said only of people or a company, never of a thing (idiots, lying, 去死): a plural pronoun that points back at
   * the name ("they", 他们) may also mean a thing named before it, so it takes only such words and contextual ones.
   */
  personal?: boolean;
  /** One person pointed at (这老头, this guy): after an executive is named, with no one else named since, that executive. */
  pointsAtPerson?: boolean;
  /** A call whose clause may open with the author urging others (我劝大家都别买): after a company named as such, that is who calls, no subject of its own. */
  urged?: boolean;
  /** A reference that may mean people as well as the company (these guys): people named before the name in its sentence may be whom it means. */
  mayMeanPeople?: boolean;
  /** A pronoun that cannot mean people (它): people named between it and the name do not stand in its way. */
  notPeople?: boolean;
  /** A pronoun that cannot mean a thing (他们): it takes any word said of the name, not only personal ones. */
  notThing?: boolean;
  /**
   * A Chinese accusation in a subjectless clause may stand before the topic it is about, when that topic is the
   * first name of the post and comes within a few clauses: "又出来骗钱，小米这是在走回头路".
   */
  anticipates?: boolean;
  /** A sayers kind that opens a relative clause only when one of these follows its cue: 说X是骗子的人. */
  closedBy?: readonly string[];
  /** A sayers kind that opens a clause of saying only as the first word of its clause (a gerund subject). */
  clauseInitial?: boolean;
  /**
   * A verb against its object: right before a name, with 的 and a head after the name (骂小米的都是…, 抵制小米的人,
   * 讨厌苹果的), it names the people against the name, a group of their own that takes what is said of it.
   */
  namesOpponents?: boolean;
  /** Said right after a first person ("I'm an idiot for buying apple", 我真是个傻子), it describes the author. */
  selfPredicate?: boolean;
  /** A verb whose object follows it: another brand right after it is its object, wherever the brand stands (支持小米，抵制华为). */
  objectAfter?: boolean;
  /** The negators a question tag of the kind cancels when it closes their clause right after the cue. */
  cancels?: readonly string[];
  /** It cancels them only when no softener (有点, 一点, 稍微) stands in its clause after it: 小米不是垃圾就是贵了点 denies. */
  unlessSoftened?: boolean;
  /** In a reply whose own words name no target, a hit in its first sentence says whom it is about: not the post it answers. */
  namesReplySubject?: boolean;
  /** A buyer-pre kind that names the buyers without 的 or an insult noun: "who buys". */
  namesBuyers?: boolean;
  /** Examples against the xiaomi profile: `match` must give a finding of some hostile rule, `nomatch` must not. */
  examples?: { match: readonly string[]; nomatch: readonly string[] };
}

/** After the name, what closes a relative clause about the people who say or wish something (说小米是骗子的人, 希望小米倒闭的那些). */
const SAYERS_CLOSED_BY = ['的人', '的都', '的那些', '的这些', '的那帮', '的这帮', '的，', '的,', '的才', '的是', '的全', '的基本', '的多半', '的大多', '的一般', '的估计', '的肯定', '的自己', '的家伙', '的网友', '的傻'];

export const CUE_KINDS: Readonly<Record<CueKind, CueKindSpec>> = {
  insult: {
    doc: 'Name-calling aimed at people or groups: 脑残, idiots.',
    selfPredicate: true,
    copulaTopicPredicate: true,
    peopleTopicPredicate: true,
    addressable: true,
    mayOverlapTarget: true,
    thingMakesCriticism: true,
    judgesFacts: true,
    examples: { match: ['米粉就是一群没见过世面的土鳖', 'xiaomi users are poors with no taste', '雷军天天发微博，傻x一个', '雷军这个老阴b', 'lei jun is the most incompetent ceo in tech. absolute idiot', 'mi fans are the cheapest, dumbest crowd in tech', '买小米的不一定爱国，但一定好骗', '小米门店那个销售态度真拽，看人下菜碟的势利眼', '小米被一帮傻逼运营着，能好才怪', '米粉全是一群脑残网友', 'xiaomi is controlled by clueless idiots now', '小米体验店那个销售就是个傻逼', '小米专卖店的店员，狗眼看人低', 'anyone who still buys xiaomi after the whole battery mess is a masochist and a sucker', 'the xiaomi execs who ran the launch last week are total clowns', 'Unlike Google, Xiaomi still fills my phone with bloatware. Greedy bastards.', 'Apple respects privacy while Xiaomi sells your data. Creeps.', 'xiaomi fanboys are the most annoying people on the internet', 'redmi fans are the most delusional people online', '米粉都是脑残', '米粉能不能滚出数码区', '小米这几年在吃老本，米粉还一直护航，真的是脑残到不行', '小米那帮粉丝都是脑残', 'nobody trusts xiaomi after that breach. they hid it for months. Criminals in suits.', '小米手机还行。但那些米粉天天吹，一群被营销洗脑的傻子', '小米高管全是一群只会抄苹果的废物', 'mi fans buy the same phone every year. Absolute idiots. The zoom is not that good', "mi fans act like a cheap phone is a flagship. It's not. You bought a toy, stop coping you absolute clowns", '米粉比狗还忠诚', '米粉比传销还疯狂', '@xiaomi fix my phone, you greedy bastards', '@xiaomi lost my order again, idiots', 'xiaomi raised prices again. clowns.', 'mi fans are so stupid that they buy anything', 'my friend got his already. @xiaomi why not me? you idiots', '米粉都是nc', '@xiaomi you guys are a joke', 'xiaomi raised prices. greedy bastards.', 'xiaomi lost my order. then they ghosted me. absolute scumbags.', 'anyone who defends xiaomi at this point is an idiot', 'some idiot at xiaomi thought this update was a good idea', '小米，那些高管都是傻逼', '没必要跟米粉这群脑残计较', '说到小米我就来气。一帮吸血的狗东西。', '小米是不是有大病', '小米店员一个个狗眼看人低', 'xiaomi fans are loud, brainwashed idiots', '@xiaomi you are a bunch of spying creeps', 'xiaomi is run by clowns', 'wow xiaomi, another price rise. you people are clowns', 'xiaomi fans are the worst kind of people', '@xiaomi are you kidding me? stupid idiots', '小米那帮高管一个比一个能装，满嘴跑火车', 'xiaomi fans keep brigading my comments. Brainwashed idiots.', '米粉天天吹，纯纯大韭菜'], nomatch: ['雷军今天直播，弹幕里傻逼一个接一个', '我这个大冤种又买了小米', '我这个傻子又买了小米', '米粉今天去线下活动了，场外有人举牌，不知道哪来的傻逼', '小米之家的店员一直赔笑，对面那个顾客，看人下菜碟的势利眼', '小米员工被网暴，网暴他们的人渣', '小米高管开会，骂他们的傻子真多', '小米员工被一个傻逼顾客骂哭了', 'xiaomi fans in the queue were harassed by some drunk idiots', '小米专卖店的店员，遇到这种傻逼顾客也只能忍', 'ima xiaomi sheep and proud', "i'm such a xiaomi sheep lol, bought the new band before checking what changed", 'xiaomi fans who think my friend is an idiot are wrong', 'the xiaomi exec who said the reviewers are clowns got fired', 'Samsung fanboys crying that Xiaomi made a better foldable for half the price. Stay mad, sheep.', '小米手机屏幕发白左上角还漏光', '米粉不是脑残', '小米高管今天开会，楼下那个保安真是傻子', '小米发布了新机，傻子才信那些跑分',
      '雷军今天直播了，弹幕里一群傻逼在刷屏', '米粉们别理那些黑子，一群小丑', '米粉别生气了，就是一群小丑而已', '小米员工被网暴了，一群畜生', '雷军今天直播了。弹幕一群傻逼', '小米很好，一群只会黑小米的傻子', 'xiaomi is great. these haters are clowns', '小米员工比狗还累', 'xiaomi factory workers do 12-hour shifts. poor bastards.', 'samsung fans are dumber than mi fans', '米粉更傻眼了', '小爱同学很傻，听不懂方言', '小米员工累得像狗一样', 'somewhat stupid that @xiaomi sent me a phone without the update', '@xiaomi the idiot next to me in the store would not stop talking', 'the guy next to me in the xiaomi store is an absolute idiot', 'the drunk moron sitting next to me at the xiaomi launch', 'xiaomi sent me a replacement fast. ups lost it. lying bastards.', 'xiaomi, huawei and apple all raised prices. you idiots keep buying', 'some idiot at the bus stop asked if my xiaomi was an iphone', 'xiaomi is cheap, haters are idiots', 'xiaomi is great, idiots complain about everything', 'can sb tell me if xiaomi is any good', 'xiaomi is great. haters gonna hate, idiots', 'xiaomi raised prices, my friends are idiots', 'xiaomi deleted my photos, idiots lol', 'the xiaomi browser shows ads when you search for \'idiots\'', '小米被网友称为所谓的“骗子”'] },
  },
  disgrace: {
    doc: 'Shamelessness (无耻, 不要脸, 卑鄙): only a company or a person can have it, so it is no product criticism, and alone as the last clause of a post about the name it is said of it (三星抄了苹果还死不认账，无耻).',
    selfPredicate: true,
    copulaTopicPredicate: true,
    addressable: true,
    personal: true,
    vocative: true,
    vocativeOfTopic: true,
    thingMakesCriticism: true,
    examples: { match: ['小米要点脸吧', '小米就是靠抄苹果起家的，官司打输了还死不认账，无耻', '小米真不要脸', '雷军太无耻了'], nomatch: ['小米挺好的，那些造谣的人真无耻', '我的小米被偷了，小偷真无耻', '小米不无耻', '网上有人造谣小米，无耻', '小米门店昨晚被砸了，监控都拍到了，无耻', '小米做了那么多好事，还被骂，无耻', '小米这个充电头卖149，不要脸', '小米14的这个价格真是不要脸'] },
  },
  contempt: {
    doc: 'Pejoratives that also fit things and companies: 垃圾, trash. Said of a product they are criticism.',
    selfPredicate: true,
    copulaTopicPredicate: true,
    addressable: true,
    thingMakesCriticism: true,
    judgesFacts: true,
    examples: { match: ['wow, so brave, xiaomi. another port gone. pathetic company 🙄', '小米跟华为比就是个垃圾', '小米就是个垃圾公司', '小米这家公司就没干过人事', '小米就是个组装厂，一文不值', '小米草菅人命', '小米真贱', '小米就是lj公司', 'xiaomi is shameless', '小米太流氓了', 'xiaomi really is a joke', '@xiaomi this company is a joke', "xiaomi's pathetic", "xiaomi's stupid fans"], nomatch: ['美国对小米的制裁真够无耻的', '华为跟小米比就是个垃圾', '小米的系统真垃圾', '小米出了新手机，一文不值', '小米就是个组装厂，系统也一文不值', 'this xiaomi update is garbage', '小米降频挺流氓的', '小米这么大的品牌却做出这么垃圾的产品', '@xiaomi of course the weather was a joke', '@xiaomi your whole handling of this was a joke', '@xiaomi need to fix this crap', 'xiaomi please sort this garbage out', '小米的洗地机真垃圾', '小米贱卖库存', '小米卖得真贱，这价格太良心了', '小米家的净水器太垃圾了', "xiaomi's pathetic afterthought of a launcher", "it's pathetic how xiaomi handles refunds", "it's a joke that xiaomi still sells this"] },
  },
  profanity: {
    doc: 'Curses; they count only when addressed right at a target ("fuck xiaomi").',
    curse: true,
    examples: { match: ['fuck xiaomi', '操小米'], nomatch: ['the fucking xiaomi phone is fast', '操作小米手机很顺手', '体操小米粒'] },
  },
  taunt: {
    exclaimed: true,
    personal: true,
    doc: 'Taunts said to someone (cry more, stay mad): as curse-at, but alone in a reply to the brand\'s account they are as often aimed at its rivals\' fans, so never said to it by themselves.',
    addressable: true,
    unnegated: true,
    examples: { match: ['@xiaomi stay mad, you clowns'], nomatch: ['xiaomi fans are happy. samsung fans, stay mad'] },
  },
  'curse-at': {
    exclaimed: true,
    personal: true,
    saidAlone: true,
    doc: 'Curses said to someone (fuck you, 操你, go to hell): aimed at whoever they follow or precede, products named beside them included.',
    addressable: true,
    unnegated: true,
    examples: {
      match: ['xiaomi raised prices again. go to hell.', 'xiaomi raised prices again, fuck you', 'fuck you @xiaomi', 'the update wiped my photos, fuck u @xiaomi', 'fuck you @redmi @xiaomi', '@xiaomi fuck you and your ads', '@xiaomi 🖕', 'xiaomi can go fuck itself', '@xiaomi go fuck yourselves', 'xiaomi can go straight to hell'],
      nomatch: ['fuck you, @xiaomi makes great phones, said nobody ever... just kidding they do', 'i told my friend fuck you, he got a xiaomi before me'],
    },
  },
  'death-wish': {
    exclaimed: true,
    personal: true,
    saidAlone: true,
    doc: 'Wishing death or ruin in so many words: 去死, 早日倒闭, go die.',
    addressable: true,
    topicPredicate: true,
    intransitive: true,
    examples: { match: ['lei jun should be launched into the sun', '小米去屎吧', "xiaomi's entitled fanbase can rot", 'lei jun and the whole xiaomi c-suite can rot', '小米当年召回还搞区别对待，这破公司早点死了干净', '小米早日倒闭', '小米迟早药丸', '小米这种公司迟早倒闭', '小米怎么还不倒闭'], nomatch: ['澎湃OS这版终于开始去屎山了，小米加油', "xiaomi's setup was smooth and verizon can choke", '拼多多买的小米充电器是假货，差点把手机烧了，这种卖假货的该死', "xiaomi's setup was smooth, verizon can choke", '小米不会倒闭', '小米粥配一颗药丸', '华为死绝了小米也不会倒闭'] },
  },
  riddance: {
    personal: true,
    doc: 'Glad to see something go (good riddance): a doom wish when said of a company; not exclaimed, since it is as often said of a thing the company dropped.',
    addressable: true,
    topicPredicate: true,
    intransitive: true,
    examples: { match: ['good riddance xiaomi', 'hope xiaomi goes bankrupt. good riddance'], nomatch: ['xiaomi dropped the notch, good riddance', 'xiaomi dropped the notch. good riddance'] },
  },
  death: {
    doc: 'Death or ruin as an event: 死, 倒闭, die. A wish for a company needs a wish marker too.',
    imperativeWish: true,
    // 三星这种双标公司，在中国市场活该凉透: a subjectless clause goes on about the name (a wish still needed), unless
    // something was pointed at after it (苹果起诉了那些山寨厂，活该倒闭).
    topicPredicate: true,
    intransitive: true,
    examples: { match: ['雷军应该被钉死在十字架上', '米粉建议集体送火葬场', '小米这种双标公司，在中国市场活该凉透', '希望小米倒闭', '希望小米早点药丸', 'Die, @xiaomi', '@xiaomi go out of business', 'i hope xiaomi burns to the ground', 'i hope xiaomi goes under', '希望小米原地爆炸', 'xiaomi can crash and burn for all i care', 'hope xiaomi collapses and never recovers', '@xiaomi can\'t wait to dance on your grave', 'hope xiaomi rots under sanctions', 'xiaomi should just close shop', '小米让人恶心，赶紧倒闭吧', 'hope xiaomi leaves india and goes bankrupt', 'cant wait for xiaomi to go the way of nokia'], nomatch: ['爷爷去世了，送去火葬场那天小米手机一直在响', '小米起诉了那些山寨厂，活该倒闭', '回复@小米客服：你们就是一群复读机，出了事就装死', 'xiaomi should let old phones die', '小米倒闭了吗', '偷我小米手机的小偷不得好死', '小米这是药丸的节奏', '至死都是米粉', '每年给雷军交钱，生态绑死了', '希望华为倒闭了小米也不会倒', '@xiaomi will go out of business if this goes on', 'I hope you are happy! You will be bankrupt soon, xiaomi'] },
  },
  'ruin-object': {
    doc: 'A business ended by what is done to it ("sued into the ground", "fined out of existence", "launched into the sun"): a doom wish when the name is the object right before, with a wish marker.',
    imperativeWish: true,
    personal: true,
    objectBefore: true,
    examples: { match: ['xiaomi should be sued into the ground', 'i hope regulators fine xiaomi out of existence', 'xiaomi execs should all be launched into the sun'], nomatch: ['I hope xiaomi drives qualcomm into the ground', 'xiaomi ran the competition into the ground'] },
  },
  ruin: {
    doc: 'The end of a business (倒闭, 破产, go bankrupt): as death, a wish needs a wish marker; only a company or its people can meet it, so a pronoun that may mean a thing takes it, and so may a reply under news of the brand when its clause has no subject of its own (赶紧倒闭吧, "hope they go bust"; not 希望百度赶紧倒闭, "hope the counterfeiters go bust").',
    imperativeWish: true,
    // 三星这种双标公司，在中国市场活该凉透: a subjectless clause goes on about the name (a wish still needed), unless
    // something was pointed at after it (苹果起诉了那些山寨厂，活该倒闭).
    topicPredicate: true,
    intransitive: true,
    personal: true,
    contextualWithoutSubject: true,
    examples: { match: ['我不希望小米倒闭，而是希望它赶紧破产', 'i do not hope xiaomi goes bankrupt but hope lei jun dies', '谁不希望小米倒闭', '没人不希望小米倒闭吧', '我不希望小米倒闭？笑死，我做梦都盼着', 'rip xiaomi. hope they go bankrupt', "after a decade of them cloning other companies' designs, i'd be thrilled to see xiaomi go under", '希望小米倒闭', 'Xiaomi raised prices again. They should go bankrupt.', 'i hope xiaomi goes under', 'hope xiaomi goes bust'], nomatch: ["i don't hope xiaomi goes bankrupt", '谁都知道我不希望小米倒闭', '我不希望小米倒闭', '没人希望小米倒闭', "i don't want xiaomi to go bankrupt", 'sad to see xiaomi go bankrupt', '小米倒闭了吗', '希望华为倒闭了小米也不会倒', '@xiaomi will go out of business if this goes on'] },
  },
  wish: {
    doc: 'Turns a doom event into a wish: 希望, 早日, hope, "needs to".',
    role: 'wish',
    examples: { match: ['希望小米早日倒闭', '小米早该完蛋了', '巴不得小米赶紧倒闭', '恨不得小米倒闭', 'xiaomi needs to die', 'xiaomi needs to go bankrupt'], nomatch: ['小米早该降价了', 'xiaomi needs to die on this hill', 'xiaomi needs to fix this, my phone dies after a day'] },
  },
  boycott: {
    urged: true,
    doc: 'Boycott words; a call only with a call word before them or in imperative position.',
    needsCall: true,
    namesOpponents: true,
    topicPredicate: true,
    warnsOfProduct: true,
    objectAfter: true,
    examples: {
      match: ["everyone should boycott xiaomi's phone business", 'never buy a xiaomi, they spy on you', '小米这种公司就该全球禁掉', 'everyone should ditch xiaomi', '大家一起抵制小米', '全民抵制小米', '小米为了广告连用户死活都不管，全体抵制！', '抵制小米', '小米就是这种企业文化，大家抵制一下', '小米确实该抵制 但别骂米粉', '建议全面禁售小米', '抵制小米这种公司', '@xiaomi boycott xiaomi', 'they should ban xiaomi already', 'the EU should just ban xiaomi from selling in europe', "don't support xiaomi", 'steer clear of xiaomi', 'never buy xiaomi. avoid them like the plague', 'xiaomi lost my order, boycott them', 'never fly xiaomi air. tell everyone', 'psa: nobody should buy xiaomi phones'],
      nomatch: ['ditch miui for a custom rom', 'stop using miui, use a custom rom', "@xiaomi do not buy a redmi note 13 that isn't in the store, it's a fake listing", "don't buy xiaomi cc9, wait for the cc10", '卸载小米的自带应用', '远离小米的充电器，容易坏', 'avoid the xiaomi case, it is cheap plastic', "stop using xiaomi's browser, firefox is better", '这种公司被美国制裁了，大家一起抵制一下', '小米就是这种公司，不搞饥饿营销，大家抵制一下黄牛', 'I had to uninstall the xiaomi app to fix it', '我不会再买小米了', '别买红米note，买了两台屏幕都有问题', '支持小米，抵制华为', '小米手机进水了，千万别碰充电口', 'I will never support xiaomi again', 'xiaomi should ban apps that track you', "I don't support xiaomi", '抵制小米的行为太蠢了', '有人号召抵制小米，真是无聊', 'russia may ban some xiaomi products', '#Russia could #ban #xiaomi phones', 'nobody should ban xiaomi', '抵制小米的都是脑残', '坚决支持小米，抵制洋货', '抵制小米的那帮人，你们手里的充电宝说不定就是小米的', '请小米下架这个应用', '全民抵制小米？别搞笑了', '@xiaomi two days in a row, not buying it', 'xiaomi tv has ads everywhere. avoid it', 'xiaomi is fine. huawei? avoid them'],
    },
  },
  'boycott-own': {
    doc: 'A boycott said as the author\'s own doing (not buying): never imperative, so a call only with a call word before it.',
    needsCall: true,
    neverImperative: true,
    namesOpponents: true,
    topicPredicate: true,
    warnsOfProduct: true,
    objectAfter: true,
    examples: {
      match: ['#ShutItDown by not buying xiaomi', 'everyone start not buying xiaomi'],
      nomatch: ['not buying xiaomi again, their phones just are not for me', 'Not buying xiaomi. The battery died twice', '@xiaomi two days in a row, not buying it'],
    },
  },
  'ban-imperative': {
    doc: 'A ban word that is a call only in imperative position ("Ban X"); after a subject (Russia may ban X) it is news.',
    needsCall: true,
    imperativeOnly: true,
    namesOpponents: true,
    objectAfter: true,
    examples: {
      match: ['ban xiaomi in schools already, it spies on kids', '@xiaomi ban them all', 'pls ban xiaomi already'],
      nomatch: ['ban xiaomi phones? that would be stupid', 'just ban xiaomi? and use what, a flip phone?', 'ban on xiaomi phones lifted', 'US to ban xiaomi phones', 'the ban of xiaomi is news to me', 'After #China, #Russia may ban some xiaomi products', 'we should not ban xiaomi'],
    },
  },
  'boycott-call': {
    urged: true,
    doc: 'Calls on others in themselves: 大家别买, stop buying. Aimed at an object right after them, not at a name before ("xiaomi should ban apps that track you").',
    topicPredicate: true,
    contextual: true,
    warnsOfProduct: true,
    objectAfter: true,
    examples: { match: ["do yourself a favor and don't buy anything from xiaomi", '小米这种公司就是把用户当韭菜，反正我劝大家都别买', '小米千万别买', '小米千万别买，红米屏幕有问题', '#DeleteXiaomi', '#BanXiaomi now', '大家不要支持小米'], nomatch: ['小米我以后不买了', '千万不要买红米note，买了两个，相机都有问题', 'I had to #delete my xiaomi account', '#neverforget xiaomi'] },
  },
  'ban-call': {
    doc: 'A ban called for, said of its subject ("xiaomi should be banned"): the name must be the subject.',
    subjectOnly: true,
    examples: { match: ['xiaomi ban when??', "xiaomi shouldn't be allowed to sell phones here", 'xiaomi should be banned', '小米就该被封禁'], nomatch: ["cheap chargers shouldn't be allowed to sell next to xiaomi phones", 'all these spam apps should be banned from xiaomi phones', '小米应该封禁这些恶意应用', '有人说小米应该被禁售，太离谱了'] },
  },
  fraud: {
    doc: 'Accusations of fraud, lying or cheating: 骗子, scam, liars.',
    topicPredicate: true,
    vocative: true,
    suffered: true,
    contextual: true,
    peopleAfterAreVictims: true,
    guarded: true,
    examples: { match: ['xiaomi cc9 is made by crooks', '@XiaomiIndia you scammers replaced my screen with a fake one', 'xiaomi swears up and down it is "user choice". Liars.', '小米又在割韭🥬了', 'lei jun lecturing everyone about openness again. what a fraud', 'xiaomi is an ad company pretending to care about privacy. liars to the core', 'the xiaomi execs who hid it should have gone to prison', '某米的营销部门怕不是全是骗子', '小米就是骗子', '小米的红米续航虚标，骗子', '华为比小米还坑', '小米比华为还坑', '小米就是在割韭菜', '小米利润这么高，这不就是割韭菜吗？', '小米又涨价了，它就是个骗子', '小米官方睁眼说瞎话', 'xiaomi raised prices again. what a bunch of crooks', 'xiaomi says the battery lasts two days. lies.', 'xiaomi is a sc@m', 'i accuse xiaomi of lying', '小米？呵呵，一帮骗子', '小米被央视点名造假', '小米遭质疑造假', '小米太坑人了', 'xiaomi called me back and they are lying scumbags but at least they answered', '雷军该坐牢', 'xiaomi execs should be in prison for the cover-up', 'xiaomi accused of stealing trade secrets again. these people are thieves to the core.', '@xiaomi you charged me twice and now deny it. fraudsters.', 'xiaomi slowed down old phones on purpose. thieves, plain and simple.', '骗子不是小米吗', '骗子不是小米又是谁', '骗子不是小米一家', '骗子不是小米，是小米的那帮高管', '小米全系都是山寨机，没有一个原创设计'], nomatch: ["the xiaomi router is fine, it's my isp that's garbage. they still bill full price. thieves.", 'the reseller who sold me a xiaomi band that was clearly used is a complete fraud', 'the guy who sold me a redmi on marketplace is a scammer', '小米手机跑这个游戏还行，但这游戏抽卡机制真是骗钱的垃圾', '@verizon you absolute scammers charged me twice for my xiaomi upgrade', 'xiaomi bought a small company last year. liars to the core', 'lei jun is great. what a guy', '小米恐怕不是骗子', '我恨的不是小米，是那些冒充小米客服的骗子', '小米不是骗子，是良心企业', '小米不是骗子', '小米挺好的，网上那些黑子。一群骗子。', 'the thief who stole my xiaomi should be in jail', '小米这次真香，某水果厂才是真正割韭菜的骗子', 'xiaomi accused of stealing trade secrets', "someone replied 'xiaomi are liars'. weird take", 'ordered a xiaomi on ebay. seller never shipped. scammers.', 'my xiaomi got stolen at the concert. thieving bastards.', 'everyone calls xiaomi thieves but my phone is fine', 'people call xiaomi a scam, they are wrong', 'us officials accuse xiaomi of stealing trade secrets', '他说小米是骗子，我觉得言过其实', '又是一群黑子说小米是骗子，自己没用过就张嘴就来', '天天喊小米骗子的那帮人，自己拿出证据来啊', '小米怎么就成骗子了？拿出证据好吗', "i'm not calling xiaomi a scam", 'xiaomi sued the scammers.', '你这是睁眼说瞎话，小米明明很好', '小米又涨价了，他就是个骗子', '小米这有啥可造假的', 'beware of fake xiaomi support scammers', '冒充小米客服的骗子', '山寨小米都是骗子', '说是小米原装充电器，收到一看是山寨货', '骗子不是小米，是那些冒充客服打电话的人', "the crooks aren't xiaomi, it's the carrier", '这个用起来比小米坑'] },
  },
  'fraud-verb': {
    personal: true,
    doc: 'Verbs of wrongdoing (抄袭, 坑, stealing): the name right after one is its victim, not the wrongdoer.',
    topicPredicate: true,
    suffered: true,
    objectIsVictim: true,
    peopleAfterAreVictims: true,
    guarded: true,
    examples: { match: ['xiaomi cheated on benchmarks again. caught red-handed. liars.', '小米不是贵，是把用户当傻子耍', '小米抄袭苹果', 'xiaomi is stealing our data', 'i got ripped off by xiaomi', 'xiaomi rips off its customers', '小米抄了十几年苹果还有脸告别人？抄袭狗'], nomatch: ['@xiaomi I\'m so sorry I cheated on you with samsung', '苹果抄袭小米', 'apple copied xiaomi', '小米抄了十几年苹果，苹果才是真的抄袭狗'] },
  },
  'fraud-strong': {
    doc: 'Fraud words strong enough to accuse a brand even when said of a product: 骗钱, scam.',
    topicPredicate: true,
    suffered: true,
    contextual: true,
    anticipates: true,
    peopleAfterAreVictims: true,
    guarded: true,
    examples: {
      match: ['又出来骗钱，小米这是在走回头路', '忽悠人，小米这次的新机毫无诚意', '看看小米的定价，你就知道什么叫割韭菜了'],
      nomatch: ['割韭菜的多了去了，小米算良心的', '差点被骗钱，还好小米官方及时提醒', '我朋友天天忽悠人，小米手机倒是挺好用'],
    },
  },
  person: {
    personal: true,
    doc: 'Insult nouns that can only mean people: after a product name they mean its users ("iPad nutters").',
    selfPredicate: true,
    role: 'people-noun',
    addressable: true,
    examples: { match: ['anyone still buying xiaomi after this deserves what they get', 'anyone buying xiaomi is a traitor', '米粉满脑子浆糊', 'whoever still buys xiaomi is either clueless or a bot', '米粉又要排队卖肾了，一群冤种😂', '雷军这老东西，又在画饼', '用小米的都是崇洋媚外的zhi人', 'mi粉nc，说啥都信', '用红米的都是穷逼', 'anyone still using a redmi has the IQ of a potato', '用红米的都是精致穷', 'redmi owners are idiots', '米粉全部都係傻仔', 'xiaomitards everywhere', 'redmi peasants', '米粉又来洗地了', '米粉是不是都没长脑子', '米粉比花粉还傻', '米粉像狗一样', 'mi fans are dumber than samsung fans', 'stupid people buy redmis', 'samsung fans are even dumber than mi fans', '米粉天天吹小米，脑残', '小米又涨价了，傻逼', 'mi fans defend every price hike. dumbest consumers on the planet', 'mi fans are thanking the warden again. braindead', 'clowns love their redmis'], nomatch: ['小米手环没脑电波监测，只能测心率', 'thugs robbed the xiaomi store last night', 'some idiots stole my redmi', 'watching a documentary about sociopaths on my redmi', 'my kid put clown stickers 🤡🤡 all over my redmi', 'the idiots in congress want to ban xiaomi again', 'xiaomi fans helped me fix my phone. the scalpers? dumbest people on the planet', 'xiaomi fans were great at the meetup. dumbest people i met were the scalpers outside', '雷军今天来了，一位很有魅力的企业家', '米粉说句不好就撒娇，跟我家狗一样可爱', '雷军当年在金山的老板，一个庸才', '我家老狗最喜欢趴在小米手机上睡觉', '红米手机用了三年', '小米涨价了，华为也涨了，脑残', '我买了小米，傻子一个', 'my redmi is such a dumb idiot, it never hears me', 'miui you idiot, stop restarting', '小米洗地机很好用', '看到小米的价格我是傻眼了'] },
  },
  dupe: {
    doc: 'Buyers and defenders as dupes or lackeys (韭菜, 冤大头, 殖人, sheeple): after a product, its buyers; under a post about the brand, too.',
    selfPredicate: true,
    role: 'people-noun',
    contextual: true,
    examples: { match: ['买小米汽车的都是接盘侠', '谁买小米谁就是大怨种', '用小米的都是交智商税的', 'xiaomi fans will buy literally anything with a leica sticker on it', '米粉被卖了还帮数钱', '买小米的都是韭菜', '小米粉丝都是冤大头', '买小米的都是盘子'], nomatch: ['我们米粉就是韭菜，认了', 'us xiaomi fans are suckers for a good camera, guilty', 'I would buy anything xiaomi makes, honestly', '韭菜盒子真好吃，小米粥也不错', '盘子里放着小米糕'] },
  },
  'company-contempt': {
    doc: 'Words for a company as such (垃圾公司, 狗厂, 奸商): said of the brand, or under a post about it.',
    addressable: true,
    contextual: true,
    examples: { match: ['xiaomi is a clown company', '小米就是个垃圾公司', '小米就是奸商'], nomatch: ['小米不是奸商'] },
  },
  call: { doc: 'Turns a boycott word into a call on others: 大家, 一起, let\'s.', role: 'call' },
  rhetorical: {
    doc: 'Rhetorical frames that deny what follows when the sentence is a question (你以为…？), and words that ask to learn (请问…？); with a denial inside, the two assert it.',
    role: 'rhetorical',
    examples: { match: ['小米难道不是骗子吗？', '谁说小米不是骗子？', "who says xiaomi isn't a scam?", '难道小米不骗人吗？'], nomatch: ['你以为小米是骗子？', '难道小米是骗子吗？', 'who says xiaomi is a scam?', '请问小米是骗子吗？', 'genuine question: is xiaomi a scam?', 'is it true that xiaomi fans are idiots?'] },
  },
  'counterfactual-degree': {
    doc: "Degree words after a negator in a condition: \"if X weren't so greedy\" says X is greedy; so does 要是X没那么贪.",
    role: 'presupposes',
    examples: {
      match: ["if xiaomi weren't so greedy, people would still buy it", '要是小米没那么贪婪，销量早就上去了', "if only xiaomi wasn't such a scam"],
      nomatch: ["if xiaomi weren't greedy, people would buy it", "xiaomi isn't so greedy", '小米没那么贪婪'],
    },
  },
  conditional: {
    doc: 'Conditions (如果, 要是, if): what follows in their clause is supposed, not asserted.',
    role: 'supposes',
    examples: {
      match: ['if you buy xiaomi you are an idiot', '如果买小米就是傻子', '小米是骗子，如果你不信就算了'],
      nomatch: ['如果小米是骗子，我直播吃键盘', '小米要是骗子，那华为呢', 'if xiaomi is a scam then so is every phone maker', '小米要是骗子，那全行业都是骗子'],
    },
  },
  consequent: { doc: 'Words that open the consequent of a condition (就, then): what follows them is asserted.', role: 'consequent' },
  sayers: {
    doc: 'Relative heads for the people who say something ("people who call", "anyone who says"): their words.',
    role: 'sayers',
    examples: {
      match: ['xiaomi fans are idiots, people who say otherwise are wrong'],
      nomatch: ['idk why people hate on xiaomi users so much. let people enjoy things', 'People calling everyone with a xiaomi a sheep need to touch grass.', 'people who call xiaomi a scam are clueless', 'anyone who says xiaomi fans are idiots has never met one', 'people who hate xiaomi are idiots'],
    },
  },
  'saying-gerund': {
    doc: 'A gerund of saying as the subject of its clause ("calling X sheep is dumb"): what it says is mentioned, not the author\'s.',
    role: 'sayers',
    clauseInitial: true,
    examples: {
      match: ["I'm calling it: xiaomi fans are idiots", 'xiaomi fans keep saying xiaomi haters are idiots. xiaomi fans are idiots'],
      nomatch: ['calling xiaomi users sheep is dumb', 'saying xiaomi is a scam is just lazy', 'Calling Mi fans idiots gets you nowhere'],
    },
  },
  wishing: {
    doc: 'Verbs of wishing (希望, 盼着, 巴不得): before a name, with 的 + a head after the doom, they open a relative clause about the people who wish it (希望小米倒闭的人可以醒醒了), whose wish it is.',
    role: 'sayers',
    namesOpponents: true,
    closedBy: SAYERS_CLOSED_BY,
    examples: {
      match: ['希望小米倒闭', '我希望小米倒闭的，现在还是这么想', '希望小米倒闭的都来点个赞，我先来'],
      nomatch: ['希望小米赶紧倒闭的人可以醒醒了', '巴不得小米倒闭的那些人，现在脸疼吗', '我朋友巴不得小米倒闭，我劝了他好久'],
    },
  },
  saying: {
    doc: 'Verbs of saying or smearing (说, 骂, 黑): before a name, with 的 + a head after the cue, they open a relative clause about the sayers.',
    role: 'sayers',
    namesOpponents: true,
    closedBy: SAYERS_CLOSED_BY,
    examples: {
      match: ['我早就说小米是骗子的，你们不信', '小米是骗子', '我就说小米的人都是骗子'],
      nomatch: ['说小米是骗子的人，自己用的是什么', '网上那些说小米垃圾的都是水军', '骂米粉是脑残的人才是脑残', '骂小米的都是脑残', '黑雷军的人都是傻子'],
    },
  },
  you: { doc: 'Second-person address.', role: 'addressee' },
  self: { doc: 'First person: the author speaks of themself ("I\'m an idiot", 我是米粉).', role: 'self' },
  hatred: {
    doc: 'Hatred of the brand itself ("i hate you", "most hated").',
    ventsUnlessAlone: true,
    examples: { match: ['i hate you xiaomi'], nomatch: ['i hate you xiaomi, my battery died again and the update is buggy'] },
  },
  'contempt-predicate': {
    doc: 'Contempt said as a predicate: sucks, is a joke. The name must be its subject, or "you".',
    addressable: true,
    subjectOnly: true,
    examples: {
      match: ['xiaomi sucks at this point', 'xiaomi as a company is a disgrace', '小米这种公司也配叫科技公司？', 'people say xiaomi sucks, but they are right', 'xiaomi sucks', 'xiaomi honestly sucks', 'xiaomi really fucking sucks', 'xiaomi is so full of shit', 'xiaomi has no shame', '@xiaomi you suck', '小米就会瞎吹', '雷军真能吹牛', '小米胡说八道'],
      nomatch: ['xiaomi sucks at camera software', '华为也配跟小米比？', "xiaomi's ads are full of shit", 'xiaomi miui sucks', '@xiaomi that sucks, my order is late', '说小米要倒闭纯属扯淡', '小米倒闭？扯淡', '说小米睁眼说瞎话的人才是胡说八道'],
    },
  },
  gloat: {
    doc: "Gloating at harm that befell them (活该, serves them right): said of the brand's buyers, contempt for them. Said of the company it is schadenfreude at news of it (小米被罚款了，活该), which no rule takes.",
    examples: { match: ['用小米的人隐私全被偷光了活该', 'xiaomi buyers had it coming', '米粉被宰活该'], nomatch: ['小米被罚款了，活该', '我买了小米手机，摔坏了，活该', '有人说米粉被坑是活该，太过分了', '米粉被坑不是活该'] },
  },
  hate: {
    doc: "Verbs of hatred whose object is the brand or its people: hate, despise, can't stand, 讨厌, 痛恨.",
    objectWithin: 2,
    namesOpponents: true,
    ventsUnlessAlone: true,
    examples: { match: ['HATE @XIAOMI SO MUCH', 'just another reason to hate xiaomi', "i don't hate xiaomi, i hate its fans", "i can't stand xiaomi users"], nomatch: ['i hate that xiaomi phones lag so much', 'i hate xiaomi, i hate their updates', "can't stand the wait for the new xiaomi"] },
  },
  'third-party': {
    doc: 'People or parties other than the brand (博主, 网友, the reporter): nearer to a cue, they take it, as a rival does.',
    role: 'third-party',
    examples: { match: ['博主说得对，小米就是骗子'], nomatch: ['楼上那个sb连小米和红米都分不清', '小米的发布会上有些人真是脑残', 'xiaomi fans are fine, the reporter is an idiot'] },
  },
  'person-ref': {
    doc: 'A person pointed at (这种人, this guy): a third party, and in a reply whose own words name no target, the one it is about.',
    role: 'third-party',
    namesReplySubject: true,
    examples: { match: ['这种人说得对，小米就是骗子'], nomatch: ['小米的发布会上这种人真是脑残'] },
  },
  'person-back': {
    doc: 'One person pointed at (这人, 这老头): a third party, the one a reply is about, and in the clause right after one naming an executive (with no one else named since), that executive. Not 这货/这家伙, which as often mean a gadget.',
    role: 'third-party',
    namesReplySubject: true,
    pointsAtPerson: true,
    examples: { match: ['雷军又出来画饼了，这老头就是个奸商', '这人说得对，小米就是骗子', '雷军那句“小米SU7是最好的车”我听吐了。这人就是个骗子'], nomatch: ['雷军的发布会上有个黄牛，这人真是个骗子', '雷军在台上讲得很好，台下那个黄牛一直在喊，这人真是个神经病', '雷军发布了新车，这货就是个垃圾'] },
  },
  'group-ref': {
    doc: 'A group named by reference: "its fans", "the fans", 它的粉丝. After the brand is named, it means its fans.',
    role: 'fan-ref',
    examples: { match: ['xiaomi is a spy front and anyone defending them is stupid', '小米这家公司还行，它的粉丝都是脑残', 'miui is overrated. And the people defending it are just too dumb to know better', '红米手机卖那么贵，买的人都是冤大头', 'xiaomi is fine but its fans are idiots', '小米出新机了，买这个的都是傻子'], nomatch: ['华为还行，它的粉丝都很理性', '小米出新机了，我买这个的时候很开心'] },
  },
  'whoever-buys': { doc: 'Whoever buys (谁买, 谁还用): used by the whoever-buys constructions (谁买小米谁是狗).' },
  praise: {
    doc: 'Praise (amazing, great, 不错): in a list of adjectives after a copula, or in the sentence before a Chinese epithet (。一群废物，…), an insult after it is not said of the name praised.',
    role: 'praises',
    examples: { match: ['xiaomi fans are loud, brainwashed idiots', '小米客服全是复读机。一群废物，问三遍答非所问'], nomatch: ['xiaomi is amazing, jealous idiots', 'my xiaomi is great, jealous morons at work', '小米客服态度很好。一群废物，说的是楼上那些喷子'] },
  },
  'staff-ref': {
    doc: 'The company\'s people named by reference: "their staff", "its ceo", 它的员工. After the brand is named, its people.',
    role: 'staff-ref',
    examples: { match: ['xiaomi cheated on the benchmarks again. their marketing department is full of liars', 'xiaomi raised prices again. their staff are idiots', 'just left the xiaomi store. the staff there are condescending idiots', '小米又涨价了，它的员工都是傻子'], nomatch: ['apple mocked xiaomi for it. their marketing department is full of liars', 'xiaomi raised prices again. their staff are helpful', 'huawei is fine, xiaomi too. my friends are idiots', 'my xiaomi phone died in chicago. the people there are rude idiots'] },
  },
  'company-ref': {
    doc: 'A company named by reference: 这家公司, "the company". After the brand is named, it means the brand.',
    role: 'brand-ref',
    examples: { match: ['小米又涨价了，这家公司真是无耻', '楼上说小米好的，你们是没被它坑过吧？这家公司就是个流氓', '雷军又在吹了，整个公司都是骗子', '小米又涨价了，这种厂也配叫国货之光'], nomatch: ['我们厂用的是小米的设备，这厂的领导都是傻子', '用小米手机加班到十点，这破公司', '小米又涨价了，华为这家公司真是无耻', 'we got xiaomi phones at work. the whole company is full of idiots'] },
  },
  'crew-ref': {
    doc: 'A company referred to as people (these guys, those people): after the brand is named, the brand, unless people were named around it, before it in its sentence or since.',
    role: 'brand-ref',
    mayMeanPeople: true,
    examples: { match: ['waited three weeks for @xiaomi support. these guys are clowns'], nomatch: ['queued at the @xiaomi store. these guys behind me are clowns', 'at the xiaomi store with my kids. these guys are clowns lol', 'Some hacker got into my Xiaomi account and reset everything. I hate these people.'] },
  },
  pronoun: {
    doc: 'Plural pronouns (they, them, 他们): in a later clause or sentence, the company, fans or staff the post named last, when no other party, group, product or plural thing was named since ("Apple throttled old iPhones. They lied about it.").',
    role: 'pronoun-ref',
    examples: {
      match: ['Xiaomi got caught again. They are stealing our data and lying about it.', 'xiaomi fans are everywhere today. they are all idiots', 'xiaomi raised prices again, they are such crooks', 'Xiaomi throttled old phones. They lied about it.', 'Xiaomi deleted my review. They are so shameless.', 'xiaomi buyers are funding spyware and they are too dumb to care'],
      nomatch: ['my xiaomi is great. my coworkers bought one too and they are idiots', 'xiaomi makes cheap phones. they are trash', 'xiaomi fans bought the new phones. they are trash', "xiaomi sued two bloggers. they are liars", 'xiaomi sued two bloggers, idiots', 'Masimo sued Xiaomi. They are crooks.', 'Xiaomi was hacked by North Korea. They are criminals.'],
    },
  },
  'pronoun-people': {
    doc: 'A plural pronoun for people or an organisation, never a thing (他们): as a plural pronoun, and any word said of it is said of them.',
    role: 'pronoun-ref',
    notThing: true,
    examples: { match: ['小米又涨价了，他们真无耻', '小米又涨价了。他们就是一群骗子', '米粉又在吹了，这群人是真的没救了'], nomatch: ['小米发布会现场，黄牛在门口倒卖，这群人真是没救了', '米粉在评论区被喷子围攻，这群人真是没救了', '雷军直播被一群人刷屏骂，弹幕里污言秽语，这群人真是没素质', '水军又在黑小米，他们就是一群骗子', '有人在网上造谣小米，他们就是一群骗子', '小米发布会上那些黄牛，他们就是骗子'] },
  },
  'pronoun-thing': {
    doc: 'Pronouns for a thing or a company only (它, 它们, 它家): as a plural pronoun, but people named on the way (我妈, 博主) are not what they mean.',
    role: 'pronoun-ref',
    notPeople: true,
    examples: { match: ['小米又涨价了，它就是个骗子', '小米又涨价了。它家就是专坑老年人的'], nomatch: ['小米出了新手机，它的屏幕真垃圾', '其它品牌都是骗子，小米还行'] },
  },
  'product-ref': {
    doc: 'A device named by reference: 这手机, 这玩意, 这款, 新机, "this phone". After the brand or a product is named, it is that product.',
    role: 'product-ref',
    examples: { match: ['小米又涨价了，哪个傻子会买这手机', 'xiaomi raised prices again, only idiots buy this phone', '小米14又涨价了，谁还买新机谁就是傻子'], nomatch: ['红米这个手机真的是智障', '小米又涨价了，这手机真垃圾', '华为又涨价了，哪个傻子会买这手机'] },
  },
  'company-head': {
    doc: 'Nouns for a company (公司, 企业, company): after a pointing determiner in the same clause, or in an English sentence of nothing but loaded words and the noun ("Vile company."), the brand named before.',
    role: 'company-head',
    examples: { match: ['小米又涨价了，这家无耻的公司', '小米又砍项目了，这种不负责任的垃圾公司', '小米又涨价了，我抵制这个卖货的奸商企业', 'xiaomi raised prices again, this shameless company', 'xiaomi is mining your data for ads. Vile company.', 'xiaomi got caught faking camera samples. More than once. Fraudulent garbage company, always has been.', 'xiaomi faked its camera samples again. Scumbag company top to bottom.'], nomatch: ['Xiaomi support took a week to reply. Worst company for support.', '小米又涨价了，华为这家无耻的公司', '小米又涨价了，奸商企业真多', 'xiaomi makes phones. Chinese company, big market.', 'xiaomi raised prices. Great company though.'] },
  },
  'business-measure': { doc: 'Measures of a company\'s business (股价, 份额, stock, sales): used by the ruin-wished construction.' },
  fall: { doc: 'One-character verbs of falling (崩, 垮, 倒): too common alone, a word for a company\'s end only in the ruin-awaited construction (怎么还不倒).' },
  decline: { doc: 'Falls and collapses (暴跌, 下降, crash): used by the ruin-wished construction.' },
  demonstrative: {
    doc: 'Plural demonstratives (these, 那些): an insult right after one, past a verb of the name, is another group; so is a clause they open with a noun of its own (那些喷子真该死). Opening the sentence after the name\'s, it points back at the name ("These clowns have been selling…"), unless placed ("these idiots in the comments").',
    role: 'other-group',
    examples: { match: ['米粉都是这帮脑残', 'xiaomi fans are these idiots', 'Xiaomi just announced another phone with the same design. These clowns have been selling the same rectangle for years.', 'xiaomi is literally spyware, these clowns sell your data'], nomatch: ['Xiaomi released the 14 today. These idiots in the comments are crying', 'xiaomi sued two bloggers, these clowns deserve it', 'Xiaomi sued two bloggers. These clowns deserve it', '@xiaomi never told these clowns the phone was delayed', '小米员工被网暴了，那些喷子真该死', '小米评论区那些喷子真是脑残', 'xiaomi store was packed. those people at the counter are idiots'] },
  },
  'ref-determiner': { doc: 'Determiners that point back (这个, 如此, this, such a): before a company noun, the brand.', role: 'ref-determiner' },
  assent: {
    doc: 'Assent that is a sentence of its own right after a report ("my uncle says xiaomi is a scam company. He\'s absolutely right."): the report is the author\'s too.',
    role: 'assent',
    examples: { match: ["my uncle says xiaomi is a scam company. he's absolutely right", '我朋友说小米是骗子。说得对。'], nomatch: ["my uncle says xiaomi is a scam company. he's right about a lot but not that", '我朋友说小米是骗子。说得对吗？', '我同事说小米是骗子，被米粉骂了一下午。活该。'] },
  },
  endorse: {
    doc: 'The author takes up what a third party said ("my brother says xiaomi is a scam and he\'s right", 我朋友说小米是骗子，说得对): the words are the author\'s too.',
    role: 'endorse',
    examples: { match: ['我朋友说买小米的都是冤大头，我觉得说得一点没错', "my brother says xiaomi is a scam and he's right", '我朋友说小米是骗子，他说得对'], nomatch: ['my brother says xiaomi is a scam', '我朋友说小米是骗子'] },
  },
  attribution: {
    doc: 'Verbs that attribute words or conduct to someone (claims, alleges, treats, 声称): after a third party or another brand, or people placed somewhere ("some guy on twitter says"), the rest of the sentence is theirs, and so after he or she, or joined by "and" to a third party opening the sentence ("my brother goes baaa and says…"), when the rest is one plain clause (not "like he says, …", "he said to wait, …"); after the brand itself, the rest of the clause is what it thinks or does, not the author\'s words.',
    role: 'attribution',
    examples: { match: ['some guy on reddit says mi fans are idiots, which is true', '我发了个帖子骂小米是骗子，被删了', '果粉天天骂小米是骗子，我觉得挺对的', 'I claim xiaomi is a scam', 'i think xiaomi is a scam', '小米说白了就是骗子', '我说小米是骗子', '雷军说小米是良心企业，真是个骗子', 'I told my brother xiaomi fans are idiots.', "he says xiaomi fans are idiots and he's right", 'like he says, xiaomi fans are braindead', 'he says it is fine but honestly xiaomi fans are morons'], nomatch: ['some guy on reddit says xiaomi is a scam', 'everyone in my class says mi fans are idiots', 'my cousin from shenzhen says xiaomi staff are clowns', 'My dad is a retired army guy and he says anyone who buys xiaomi is a traitor.', 'my brother goes baaa and says all xiaomi users are sheep.', '苹果粉骂小米是骗子', 'a lot of people in my mentions are saying xiaomi deserves to go bankrupt. nah.', '我朋友说小米是骗子，我不信', '网友说米粉都是脑残', 'a rival maker claims xiaomi copied its design', 'xiaomi thinks we are stupid', 'xiaomi treats its customers like idiots', 'my friend says xiaomi is a scam, he is wrong', 'samsung fans say xiaomi users are sheep', '某博主因在视频中称小米用户为“米猴”引发争议', '刷到一个帖子骂小米用户是米猴，这种话我不认同'] },
  },
  'attribution-tail': {
    doc: 'Verbs of an attribution that closes a sentence (", says the lawsuit", ", senators urge", ", according to Reuters"): what the sentence said before it is the speaker\'s, as in a shared headline; not when the speaker is the author or everyone ("says me", "says anyone who owns one").',
    role: 'attribution-tail',
    examples: {
      match: ['xiaomi is a scam, says me', 'xiaomi fans are idiots, says anyone who has met one', 'xiaomi is a scam, i said it before and i will say it again', 'xiaomi are thieves, says my bank statement', 'Xiaomi are crooks, wrote a Reddit user. I agree.'],
      nomatch: ['Ban Xiaomi phones from government use, senators urge', 'xiaomi lied about its benchmarks, lawsuit claims', 'Xiaomi is a criminal organization, claims a rival CEO', 'xiaomi fans are idiots, according to a samsung exec', 'Xiaomi are liars, says former employee https://t.co/abc'],
    },
  },
  buy: {
    doc: 'Buying or using verbs before a name (买, 用): "买小米的", "傻子才买小米" are about its buyers.',
    role: 'buyer-pre',
    examples: { match: ['买小米的是不是傻', '傻子才买小米', '用小米的都是冤大头', 'only morons buy xiaomi', 'idiots that buy xiaomi'], nomatch: ['买小米的手机是不是傻', '我才买小米，挺好', 'i buy xiaomi because it is cheap'] },
  },
  'buyer-clause': {
    doc: 'Relative clauses that name a brand\'s buyers or users: "who buys", "who still use".',
    role: 'buyer-pre',
    namesBuyers: true,
    examples: { match: ['the people who preorder every single redmi are the dumbest consumers on earth', 'anyone who buys a xiaomi is an idiot', 'people who own redmis are morons', 'people who use redmis are so dumb', 'anyone who buys a redmi note is a clown', 'anyone still buying xiaomi is a clown', 'whoever buys a redmi is a sucker'], nomatch: ['anyone who buys a xiaomi gets a fast phone', 'people still buying xiaomi say it is fine', 'people who use redmis are happy with them'] },
  },
  'staff-pre': { doc: 'Before a brand name, makes the target its people: "people at the @apple store".', role: 'staff-pre' },
  determiner: { doc: 'Words that make a following curse part of a noun phrase.', role: 'determiner' },
  relationship: {
    doc: 'Claims of money or ties with the brand: 小米给我打钱, sponsored by.',
    examples: { match: ['小米给我打钱了', 'Xiaomi funded me', '本视频由小米赞助', 'thanks xiaomi for sponsoring this video'], nomatch: ['小米的手机挺好'] },
  },
  criticism: {
    doc: 'Ordinary product complaints: 失望, 卡顿, disappointing; a known defect named (烧屏, green line).',
    role: 'criticism-context',
    examples: { match: [], nomatch: ['别买这批小米13，我的两台都烧屏了', 'avoid this batch of xiaomi 13, both of mine got green lines'] },
  },
  frustration: {
    doc: 'A failure being told (yet again, cannot download, 又, 用不了): like a complaint, it makes hatred next to it venting.',
    role: 'criticism-context',
    examples: { match: ['i hate you @xiaomi'], nomatch: ['i cannot download the update. i hate you @xiaomi', 'miui screws up my phone yet again. i really hate @xiaomi'] },
  },
  negator: {
    doc: 'Negates the cue right after it: 不是, not.',
    role: 'negates-next',
    examples: { match: ["xiaomi ain't shit", '小米卖不动真垃圾', '想不到小米这么垃圾'], nomatch: ['xiaomi executives acquitted of fraud charges, court rules', "xiaomi ain't evil", 'xiaomi is far from a scam', 'xiaomi is anything but a scam', '小米不是个笑话', '小米并不是坨屎', '小米不来骗人'] },
  },
  'scope-end': {
    doc: 'A second copula (就是, 而是) ends the reach of a negation before it: 不是傻就是蠢 asserts 蠢.',
    role: 'ends-negation',
    examples: { match: ['买小米的不是傻就是蠢'], nomatch: ['米粉不是脑残', '米粉并不都是脑残'] },
  },
  advice: {
    doc: 'Buying advice (wait for the next one, 等降价): beside a call against a product, a consumer\'s warning, not a boycott.',
    role: 'criticism-context',
    examples: { match: ['大家别买小米，等华为降价'], nomatch: ["don't buy the redmi note 13, wait for the 14", '别买红米note13，等下一代'] },
  },
  'purchase-timing': {
    doc: "A time or a condition on a purchase (for now, before black friday, at full price, without checking, until the price drops): in the clause of a call after it, buying advice, not a boycott (\"don't buy anything from xiaomi before black friday, wait for the deals\").",
    role: 'times-purchase',
    examples: { match: ["don't buy anything from xiaomi. they are crooks", 'stop buying xiaomi right now, they sell your data', 'never buy from xiaomi unless it stops tracking kids'], nomatch: ["don't buy anything from xiaomi before black friday, wait for the deals", 'never buy anything from xiaomi without checking the seller'] },
  },
  'affirming-tag': {
    doc: 'Question tags (吗, 是什么) that, closing the clause of a 不是, ask for agreement: 这不是骗人吗 asserts it.',
    role: 'affirms',
    cancels: ['不是', '并不是', '难道不是'],
    examples: { match: ['小米这不是骗人吗', '小米这不是骗钱是什么'], nomatch: ['小米不是骗子', '小米不是骗子，是良心企业吗'] },
  },
  'either-or': {
    doc: '就是 right after the word a 不是 stands before, in one clause: 不是A就是B says one or the other, so A is said too (小米不是骗子就是傻子); after a comma, or with a softener after it (就是贵了点), it turns the denial.',
    role: 'affirms',
    cancels: ['不是'],
    unlessSoftened: true,
    examples: { match: ['小米不是骗子就是傻子', '买小米的不是冤大头就是傻子'], nomatch: ['小米不是垃圾，就是贵了点', '小米不是骗子就是了', '小米不是垃圾就是贵了点', '小米不是骗子就是运气差了点'] },
  },
  'negator-scope': {
    doc: 'Negates the rest of its sentence: 不认为, I don\'t think.',
    role: 'negates-sentence',
    examples: { match: ["i'm not saying xiaomi fans are sheep but... 🐑", '我不是说米粉都是脑残，但是……', 'not because xiaomi is evil, but xiaomi fans are idiots', "I'm not saying boycott, but xiaomi is a scummy company", '我认为小米是骗子', '我可没说错，小米就是骗子', '我可没说米粉好话，我说的是米粉都是脑残'], nomatch: ["i'm not saying xiaomi fans are idiots, but they are loud", "i'm not saying xiaomi fans are sheep but... they do buy every model", "i won't buy another xiaomi. not because xiaomi is evil, i just prefer stock android", "i'd never call xiaomi fans stupid, my whole family uses them", '我不认为小米是骗子', '谁再说米粉是脑残我跟谁急', "nobody's calling mi fans clowns, relax", "I don't think xiaomi fans are idiots", '不针对小米，只针对这家店，垃圾公司', '我可没说米粉都是脑残，我只说这代续航拉胯', 'not gonna call xiaomi users sheep, everyone picks what fits'] },
  },
  report: {
    doc: 'Someone else\'s words are being reported: 有人说, people who call. Without the author\'s rejection they are read as the author\'s own, unless an English verb of them has its speaker named ("analysts called…").',
    role: 'report',
    examples: { match: ['analysts rightly called xiaomi a scam', 'my dad called xiaomi yesterday. absolute scumbags.', 'the analysts calling xiaomi a scam are right', 'my coworker called xiaomi a scam company and xiaomi fans are braindead anyway', 'people call xiaomi fans idiots'], nomatch: ['people keep saying xiaomi employees are all evil, which is silly', 'people call xiaomi fans idiots, which is unfair', 'analysts called xiaomi a joke two years ago. now look at the sales', 'the guy above calling xiaomi fans idiots is a clown'] },
  },
  reject: {
    doc: 'The author rejects what was reported: 太过分, toxic.',
    role: 'reject',
    examples: { match: ['xiaomi is a scam, i don\'t trust them', 'some people think xiaomi is a scam and they are right', '有人说小米是良心企业，其实不是，小米就是骗子'], nomatch: ['有人骂米粉是爱国贼，我觉得这种帽子扣得太随便了，至于吗', '有人说雷军是骗子？别乱扣帽子好吧', '一有小米新闻就有人来喊米猴，你们不累吗', '我朋友骂小米是流氓公司，我觉得夸张了', '有人说米粉都是穷鬼，我觉得这话挺恶心的', "some people think xiaomi is a scam, I don't", '网上骂米粉是孝子，我觉得有点过了', '楼上说小米是骗子公司，我不认同', '回复@数码老张：你说小米是骗子我不认同，上升到诈骗就过了', '看到有人骂小米用户是傻子，我就想问问你凭什么', '有人说小米是骗子，其实不是', '有人说小米是骗子，我倒觉得挺良心', '有人骂米粉都是韭菜，这种就是拉踩', '评论区有人说小米是骗子公司，纯属污名化', '总有人说米粉是脑残，上纲上线了', '都说小米是骗子，我看未必', '有人骂小米是骗子公司，但它的性价比确实没得说', "some say xiaomi is a scam, but it isn't", '有人骂米粉是韭菜，可我就是喜欢小米的系统'] },
  },
  refute: {
    doc: 'The author says what was reported, or echoed as a question, is false or unfair: 胡说, 拿出证据, "not true".',
    role: 'reject',
    rebuts: true,
    examples: {
      match: ['米粉都是脑残？过分吗？一点不过分', '米粉都是脑残？难听，但是实话', 'why are xiaomi fans such idiots? lol no idea', 'Xiaomi fans are idiots? nonsense, they are complete morons', '小米是骗子？胡说八道的是小米自己，发布会全是假数据', '米粉都是脑残吧？说这话的人自己想想', '小米是骗子？不信你去查查', 'xiaomi fans are idiots, right? says who, they are', '说小米是骗子的人太过分了？小米本来就是骗子'],
      nomatch: ['米粉都是脑残？说这话的人自己想想', '小米是骗子公司？你拿出证据啊', '米粉是脑残？这话太难听了', 'xiaomi fans are idiots? lol no', 'Xiaomi is a scam? says who', '有人说小米是骗子，其实不是', '有人骂米粉是脑残，太过分了'],
    },
  },
  'denied-after': {
    doc: 'Words right after a cue that deny it (造假没必要, 骗人不至于, 倒闭不可能): the cue is not asserted.',
    role: 'negates-prev',
    examples: { match: ['小米就是骗子，不可能不是'], nomatch: ['小米造假没必要', '小米骗人不至于', '小米倒闭不可能', '小米隐私做得差是真的，但和骗子是两码事', 'calling xiaomi a scam is a stretch'] },
  },
  'stop-naming': {
    doc: 'Telling others to stop using a slur (别叫, "stop calling"), or their habit of it (张口闭口): the slur right after it is mentioned, not used.',
    role: 'mentions-next',
    examples: { match: ['米猴又来洗地了', '我一般直接叫他们米猴', '别叫米猴来洗地了，丢人'], nomatch: ['评论区张口闭口米猴的，能不能好好说话', '别叫人家米猴了，尊重一下别人的选择', 'stop calling people xiaomitards', '别动不动就喊人米猴行吗，用什么手机是人家自由'] },
  },
  'word-for': {
    doc: 'Words for a slur as a word (这种叫法, 这个称呼, 骂人): right after it and followed by a rejection, the slur is mentioned, not used.',
    role: 'mentions-prev',
    examples: { match: ['米猴这个称呼真贴切', '米猴又来洗地了', '米猴这个称呼很贴切，这帮人素质真低'], nomatch: ['米猴这种叫法挺low的', '用“米猴”骂人的人素质真低'] },
  },
  'word-listed': {
    doc: 'Nouns for words after a quoted slur and 等, 之类 or 一 (“米猴”等词, “果蛆”一词, “米猴”等侮辱性词汇): the slur is named as a word, in a report or a definition, not used.',
    role: 'mentions-quoted',
    examples: { match: ['米猴等词真贴切', '米猴又来洗地了', '“米猴”这个词太贴切了', '“米猴”一词形容小米用户再贴切不过'], nomatch: ['部分网友在评论区用“米猴”“雷猴”等词攻击小米用户', '“米猴”一词最早出现在贴吧', '网友以“米猴”“果蛆”等侮辱性词汇互相攻击'] },
  },
  suffers: {
    doc: 'The passive of suffering (被, 遭遇): the name right before it is the victim of the wrongdoing after it, not its doer; passives that report an accusation (被曝, 被指) are exceptions.',
    role: 'suffers',
    examples: {
      match: ['小米被曝骗人', '小米被指虚假宣传', '买小米被骗了', '被小米坑了还帮它数钱', '小米用户被小米骗了'],
      nomatch: ['小米被骗了', '小米被人骗了', '小米遭遇诈骗', '这次小米也是被供应商坑了', '小米被前员工骗走了一批资料'],
    },
  },
  'passive-report': {
    doc: 'Named so by others, in the passive (米粉被骂脑残, "mi fans get called idiots"): what follows is their word, not the author\'s.',
    role: 'attribution-passive',
    examples: { match: ['米粉都是脑残', '小米被骂是应该的，就是骗子', 'xiaomi fans are called idiots for a reason', 'xiaomi got called out for lying again, scammers'], nomatch: ['米粉被骂脑残', '看到评论区骂米粉是米猴，这种话太难听了', 'mi fans get called idiots a lot', 'xiaomi is often called a scam by samsung fans'] },
  },
  'asked-after': {
    doc: 'Right after a question (in its sentence or the next), words that say it was asked to learn ("genuine question", 真心求问): it accuses no one.',
    role: 'asks',
    examples: { match: ['why are mi fans so stupid? genuinely curious', 'are mi fans stupid? yes they are'], nomatch: ['how is xiaomi a scam? genuine question', '为什么小米是骗子？真心求问', 'why does everyone hate xiaomi so much lately? genuinely curious', 'are mi fans stupid? genuine question', '小米是骗子吗？真心求问', 'is xiaomi scamming people with this charger or is my cable just bad?'] },
  },
  'money-to': {
    doc: 'Money handed to a company (送钱, "your money"): after 别给 or "don\'t give" and the name, a call not to buy it (construction no-money-to-it).',
  },
  retract: {
    doc: 'Taking back what was just said (just kidding, jk, /s, 开玩笑的): the sentence before it, or the same sentence, is not meant.',
    role: 'retracts',
    examples: { match: ['mi fans are idiots. I am not kidding', 'xiaomi are scammers, 50mb/s download at best'], nomatch: ['mi fans are idiots, just kidding', 'mi fans are idiots lol jk', 'mi fans are idiots /s', '米粉都是傻子，开玩笑的'] },
  },
  'claim-after': {
    doc: 'Right after a cue, words that name it a claim, a rumour, a label or a piece of news (割韭菜的说法站不住, 倒闭的传言是假的, 猝死的新闻): mentioned, not said.',
    role: 'negates-prev',
    examples: { match: ['小米割韭菜，这就是事实'], nomatch: ['小米割韭菜的说法站不住', '小米骗子的帽子摘不掉了吗', '看到小米员工加班猝死的新闻心里很难受'] },
  },
  guard: {
    doc: 'Guarding against a wrong (谨防, 拦截, 专治, beware of): a fraud word after it, with the name before it, is a danger the name guards against, not said of the name.',
    role: 'guards',
    examples: { match: ['小米就是骗子'], nomatch: ['小米专治各种骗子', '小米手机能拦截诈骗电话', '小米提醒：谨防冒充客服的骗子', 'xiaomi phones block scam calls', 'the xiaomi app protects you from scammers', 'xiaomi cracks down on scammers', 'xiaomi helps police catch scammers', "xiaomi's anti-fraud team"] },
  },
  'answer-yes': {
    doc: 'First words of the sentence after a question that answer it yes (请问小米是骗子吗？我觉得是): the question asserts what it asked.',
    role: 'answers-yes',
    examples: { match: ['请问小米是骗子吗？我觉得是', 'genuine question: is xiaomi a scam? yes.'], nomatch: ['请问小米是骗子吗？', '请问小米是骗子吗？我觉得不是'] },
  },
  'answer-no': {
    doc: 'First words of the sentence after a question that answer it no: the question asked what they deny.',
    role: 'answers-no',
    examples: {
      match: ['小米是骗子吗？是的，就是骗子', 'is xiaomi a scam? yes.', '小米是骗子吗？不是骗子是什么', '小米良心？得了吧，就是骗子'],
      nomatch: ['小米是骗子吗？不是', '小米是骗子？别逗了', '小米是骗子？笑死，根本不是', 'Is Xiaomi a scam? No.', 'are xiaomi fans idiots? lol no, not at all', 'xiaomi a scam? please.', '小米是骗子？得了吧', '请问小米是骗子吗？当然是假的', '小米不是骗子吧？是的。'],
    },
  },
  'opponent-head': {
    doc: 'After a brand or product name, the people against it (haters, 黑子): another group, which takes what is said of it.',
    role: 'opponent-head',
    examples: { match: ['xiaomi haters are right, xiaomi is a scam'], nomatch: ['xiaomi haters are idiots', '小米黑子都是脑残'] },
  },
  'fan-head-one': {
    doc: 'One of its fans or users ("buyer", "user", "stan"): as fan-head, but only after a word that counts people (every, any, a): not "the xiaomi user interface", "the iphone user agent string".',
    role: 'fan-head',
    counted: true,
    examples: { match: ['every xiaomi buyer is a cheapskate', 'any xiaomi user is a sheep'], nomatch: ['the xiaomi user interface is garbage', 'the xiaomi user agent string is stupid'] },
  },
  'fan-head': {
    doc: 'After a brand or product name, makes the target its fans or users: 粉丝, users; its sycophants (小米的孝子们) are its fans too.',
    role: 'fan-head',
    examples: { match: ['the xiaomi bros are idiots', '小米的孝子们又来了', '小米的舔狗真多', '米粉真是雷军的好狗', 'the xiaomi superfans flooding every thread are delusional morons', 'the xiaomi faithful are brainwashed morons'], nomatch: ['小米的粉丝很多', 'the xiaomi faithful lined up overnight'] },
  },
  employee: {
    doc: 'People employed (员工, 店员, employees, staff): after a product name too (Apple Store的店员, "apple store employees"), the staff of its store or its maker; unlike 销售 ("sales") or "board".',
    role: 'staff-head',
    examples: { match: ['小米之家的店员都是傻子', 'xiaomi home employees are idiots'], nomatch: ['小米之家的店员都很热情', 'xiaomi home employees were helpful'] },
  },
  wrongdoer: {
    doc: 'Nouns of wrongdoing that can only be people (thieves, 骗子): a service unit called so is its staff ("XIAOMI SUPPORT ARE THIEVES"); the words keep their own kinds (fraud) everywhere else.',
    examples: { match: ['XIAOMI SUPPORT ARE THIEVES, swapped my battery for a used one'], nomatch: ['xiaomi support caught the thieves who stole my phone'] },
  },
  'also-thing': {
    doc: 'Words for people that also fit a useless thing (废物): said of a service unit they call its staff only with a group word (小米售后就是一群推卸责任的废物, not 小米服务中心真是废物).',
    examples: { match: ['小米售后就是一群推卸责任的废物'], nomatch: ['小米服务中心真是废物'] },
  },
  'service-unit': {
    doc: 'A unit of the company that serves customers (售后, 服务中心, support, service center): after the name, called people (饭桶, thieves) it is its staff, whom the word insults; called a thing (售后真垃圾) it stays criticism of the service.',
    examples: { match: ['小米服务中心那帮人一个比一个拽，都是些废物', '小米售后那群人就是一群只会推卸责任的饭桶', 'XIAOMI SUPPORT ARE THIEVES, swapped my battery for a used one', '@Xiaomi your service center is staffed by incompetent idiots', '小米售后真sb'], nomatch: ['小米售后真垃圾', '小米售后说要等一周，那个大叔人很好', 'xiaomi support fixed my phone, the idiots at the courier lost it', 'xiaomi support is a joke',
      '小米售后旁边那家维修店的都是骗子', '小米售后电话打来的都是骗子，官方根本不会打电话', '华强北的小米售后都是一群骗子', '小米服务中心里等着修手机的都是一群傻逼', 'the xiaomi service center was full of idiots yelling at the staff', 'nice to see xiaomi support idiots like me who still run a mi 9'] },
  },
  maker: {
    doc: 'People who make a product (devs, 客服, 工程师): after a product name, its maker\'s staff; unlike 销售 ("sales") or "board".',
    role: 'staff-head',
    examples: { match: ['the miui devs are clowns', '红米的客服都是废物'], nomatch: ['红米的销售数据太垃圾了', 'redmi board died after a week, trash'] },
  },
  'staff-head': {
    doc: 'After a brand name, makes the target its people: 高管, employees (Cantonese 啲 and 嘅 join them as 的 does).',
    role: 'staff-head',
    examples: { match: ["xiaomi's repair techs are incompetent liars", "xiaomi's software engineers are overpaid morons", '小米啲客服都係廢柴', 'the miui devs are clowns', 'the xiaomi service center staff are rude idiots', '红米的客服都是废物', '小米公司的人都是骗子', '小米服务中心的人都是废物', 'xiaomi customer service reps are brain-dead', 'xiaomi support agents are idiots', 'xiaomi company officials are a bunch of crooks'], nomatch: ['my local repair techs are liars, xiaomi is fine', 'independent redmi repair techs are crooks', "xiaomi's software engineers are geniuses", "xiaomi's password manager is a joke", "xiaomi's logic board is trash, third one this year", '小米啲客服好好', '小米服务中心真是废物', 'xiaomi customer service is brain-dead', "xiaomi's ai agent is stupid"] },
  },
  aspect: { doc: 'A product or service noun: 售后, battery.', role: 'aspect' },
};

/**
 * A kind whose words are themselves hostile or critical (an insult, a fraud word, an insult noun for people), as
 * opposed to a kind that only shapes how other words read (negators, reports, determiners…). Quotation marks
 * and the context rule ask this of a kind.
 */
export function isLoaded(kind: CueKind): boolean {
  const role = CUE_KINDS[kind].role;
  return role === undefined || role === 'people-noun';
}

/** The kinds that play `role`, computed once from the table. */
export function kindsWithRole(role: CueRole): readonly CueKind[] {
  return (Object.keys(CUE_KINDS) as CueKind[]).filter((kind) => CUE_KINDS[kind].role === role);
}

/** The loaded kinds (see isLoaded), computed once from the table. */
export function loadedKinds(): readonly CueKind[] {
  return (Object.keys(CUE_KINDS) as CueKind[]).filter(isLoaded);
}
