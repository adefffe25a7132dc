import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/brands/load.js';
import { createScanner, type Scanner } from '../../src/engine/scanner.js';
import { isHostile } from '../../src/score.js';

let xiaomi: Scanner;
beforeAll(async () => {
  xiaomi = await createScanner(await loadBrand('xiaomi'));
});
const hostile = (text: string) => xiaomi.scan({ id: '1', text }).filter((f) => isHostile(f.severity));

describe('scanner', () => {
  it('quotes the original words, in original script and spacing', () => {
    const [f] = hostile('他說：米 粉 們都是腦殘！');
    expect(f?.matched).toBe('米 粉 們都是腦殘');
    expect(f?.excerpt).toContain(f!.matched);
    expect(f!.excerpt.slice(f!.span.start - f!.excerptStart, f!.span.end - f!.excerptStart)).toBe(f!.matched);
  });
  it('the motivating case: attacks the fans, not the brand', () => {
    const findings = hostile('小米不会死，死的是米粉');
    expect(findings.map((f) => [f.ruleId, f.target, f.severity])).toEqual([['fan-doom-wish', 'fans', 'critical']]);
  });
  it('a line opened by > quotes the post answered: its words are not the author\'s', () => {
    expect(hostile('> xiaomi is a scam and its fans are idiots\nlazy take, people buy what works for them')).toEqual([]);
    expect(hostile('> xiaomi is great value\nno. xiaomi is a scam')).not.toEqual([]);
    expect(hostile('xiaomi -> scam')).not.toEqual([]);
    // Emoticons, figures and the author's own greentext are not quotes.
    for (const text of ['>_< xiaomi are scammers', '>100 dollars for this? xiaomi are scammers', '>be me\n>buy xiaomi\n>get scammed, xiaomi are scammers']) expect(hostile(text), text).not.toEqual([]);
  });
  it('a name inside a quoted phrase is mentioned: a cue outside the quotation is not said of it', () => {
    expect(hostile("honestly the 'xiaomi users are poor' jokes are cringe")).toEqual([]);
    // Scare quotes around the name alone, or a slur, are still use.
    expect(hostile('“小米”就是骗子')).not.toEqual([]);
    expect(hostile('米粉就是一群“米猴”')).not.toEqual([]);
  });
  it('a slur someone else called the author is mentioned, not used', () => {
    for (const text of ['someone in the replies called me a xiaomitard for liking my redmi lol', "a guy called me a 'xiaomitard' lol", '有人骂我是米猴，我笑了']) expect(hostile(text), text).toEqual([]);
    expect(hostile('小米叫我们这些米粉傻子')).not.toEqual([]);
    expect(hostile('xiaomitards everywhere')).not.toEqual([]);
  });
  it('homonyms are not the brand', () => {
    for (const text of ['今天吃了一碗桂林米粉，辣死了', '小米粥配咸菜', '炒米粉太油了，难吃死', '小米椒太辣了']) expect(hostile(text)).toEqual([]);
  });
  it('a slur followed by the idiom "even a dog would not…" is the idiom, not the slur (小米狗都不用)', () => {
    for (const text of ['小米狗都不用', '小米🐶都不买', '米狗也不要']) expect(hostile(text).filter((f) => f.ruleId === 'fan-slur')).toEqual([]);
    expect(hostile('小米狗都不配用苹果').map((f) => f.ruleId)).toContain('fan-slur');
    expect(hostile('小米狗真恶心').map((f) => f.ruleId)).toContain('fan-slur');
  });
  it('a sense context inside a word without that sense shows nothing (吃 in 吃相, 吃瓜)', async () => {
    const apple = await createScanner(await loadBrand('apple'));
    const flagged = (text: string) => apple.scan({ id: '1', text }).some((f) => isHostile(f.severity));
    expect(flagged('苹果吃相太难看了')).toBe(true);
    expect(flagged('吃苹果吃相难看的人')).toBe(false);
    expect(flagged('苹果又骗钱了，吃瓜')).toBe(true);
    expect(flagged('吃苹果的时候骗了我一次')).toBe(false);
  });
  it('negation and rejected reported speech cancel', () => {
    for (const text of ['小米不是骗子', '有人说米粉都是脑残，我觉得太过分了', 'people who call Mi fans idiots are toxic', "I don't think xiaomi are scammers"]) {
      expect(hostile(text)).toEqual([]);
    }
    // A slur quoted after a verb of saying and whom it was said of is the sayers' word.
    expect(hostile('评论区一堆人骂车主“米猴不配”，真的挺无语的')).toEqual([]);
    // Reports as people write them: 被人骂, 都在骂, then a rejection.
    for (const text of ['米粉被人骂白痴，我觉得有点过了', '评论区都在骂小米是骗子，太离谱了', '有人骂米粉是白痴，真的没必要']) expect(hostile(text), text).toEqual([]);
    expect(hostile('评论区都在骂小米是骗子，骂得好')).not.toEqual([]);
    // Saying denied to those present, the word called too strong.
    expect(hostile("nobody here is calling xiaomi a scam, we're just saying the 14 is hard to recommend")).toEqual([]);
    expect(hostile('calling xiaomi a scam is a stretch')).toEqual([]);
    // Paying for it is buying it.
    expect(hostile('the idiot who paid for a xiaomi car').map((f) => f.ruleId)).toEqual(['fan-insult']);
  });
  it('an English negator that is a sentence alone answers what was asked; it does not deny what follows', () => {
    for (const text of ["don't. xiaomi sucks", 'No. Xiaomi is a scam.']) expect(hostile(text), text).not.toEqual([]);
    // Not before a comma or a colon, nor in Chinese, where 不，/不是， opens a rejection of what follows (不是，小米骗子？你认真的吗).
    for (const text of ["no, xiaomi isn't a scam", 'No: scam is too strong a word for xiaomi', '不，小米不是骗子', '不是，小米骗子？你认真的吗', '不，小米是骗子这话我不认同']) expect(hostile(text), text).toEqual([]);
  });
  it('the fans and supporters of the brand\'s boss are its fans; those who curse it are its opponents', () => {
    expect(hostile('雷军的粉丝都是脑残').map((f) => f.ruleId)).toEqual(['fan-insult']);
    expect(hostile('支持雷军的都是傻子').map((f) => f.ruleId)).toEqual(['fan-insult']);
    for (const text of ['骂小米的都是脑残', '黑米粉的人才是脑残', '喷雷军的都是傻子']) expect(hostile(text)).toEqual([]);
  });
  it('names listed together share what is said right before or after the list', () => {
    for (const text of ['华为和小米都是骗子', '小米和华为都是骗子', '抵制华为和小米', 'fuck huawei and xiaomi', 'huawei and xiaomi are scammers']) expect(hostile(text), text).not.toEqual([]);
    for (const text of ['小米很好，华为和苹果都是骗子', 'why do @xiaomi and @huawei play this stupid back and forth', '支持小米，抵制华为']) expect(hostile(text), text).toEqual([]);
  });
  it('another @handle nearer to a curse takes it, unless it is listed with the brand', () => {
    expect(hostile('they said to hell with @someone, @xiaomi is great')).toEqual([]);
    expect(hostile('fuck @someone and @xiaomi')).not.toEqual([]);
    expect(hostile('the phone is full of fuck ups @someone @xiaomi')).toEqual([]);
  });
  it('a post opened or closed by the one account it names is said to that account', () => {
    for (const text of ["fuck you. I'm not buying another one. @xiaomi http://t.co/x #fail", '@xiaomi I waited a week. fuck you']) expect(hostile(text), text).not.toEqual([]);
    for (const text of ["fuck you. I'm not buying another one. @xiaomi @someone", '@someone fuck you. I love my @xiaomi phone', 'fuck you. @xiaomi is great']) {
      expect(hostile(text), text).toEqual([]);
    }
  });
  it('a hashtag that runs a cue into a name reads as both; a cue running into other letters is not one', () => {
    for (const text of ['#boycottxiaomi', '#FuckXiaomi', '#XiaomiScam', '#XiaomiSucks']) expect(hostile(text), text).not.toEqual([]);
    for (const text of ['xiaomi #cheatedabit', '#xiaomilove', '#ILoveXiaomi']) expect(hostile(text), text).toEqual([]);
  });
  it('a denying word inside a name is part of the name (非 in 任正非)', async () => {
    const huawei = await createScanner(await loadBrand('huawei'));
    const flagged = (text: string) => huawei.scan({ id: '1', text }).some((f) => isHostile(f.severity));
    expect(flagged('任正非是个骗子')).toBe(true);
    expect(flagged('任正非并非骗子')).toBe(false);
  });
  it('hostility at another brand stays with that brand', () => {
    expect(hostile('果粉都是脑残，小米手机挺好用')).toEqual([]);
    expect(hostile('华为是骗子')).toEqual([]);
  });
  it('honest product criticism is never hostility', () => {
    for (const text of ['Xiaomi battery life is disappointing', '红米的续航太差了，发热严重', '小米的售后真是垃圾', '小米手机是垃圾']) {
      expect(hostile(text)).toEqual([]);
      expect(xiaomi.scan({ id: '1', text }).every((f) => f.category === 'product-criticism')).toBe(true);
    }
  });
  it('an excerpt cut short of the post starts and ends at word edges, not inside a word', () => {
    const text = 'Xiaomi support said there was liquid damage on a phone that never touched water. What a joke, the company is a total scam.';
    const [f] = hostile(text);
    expect(f).toBeDefined();
    expect(f!.excerptCut.before).toBe(true);
    expect(/[a-z0-9]/i.test(text.charAt(f!.excerptStart - 1)) && /[a-z0-9]/i.test(f!.excerpt.charAt(0))).toBe(false);
    expect(text.charAt(f!.excerptStart - 1)).toBe(' ');
  });
  it('excerpts and matches are always substrings of the post (property)', () => {
    const piece = fc.constantFrom('小米', '米粉', '都是', '脑残', '骗子', '，', '。', ' ', '\u200b', '🐒', 'xiaomi', ' idiots ', '不', '死', 'a', '\n', '\u202e');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const f of xiaomi.scan({ id: 'p', text })) {
          expect(text.includes(f.excerpt)).toBe(true);
          expect(text.slice(f.span.start, f.span.end)).toBe(f.matched);
          expect(text.slice(f.excerptStart, f.excerptStart + f.excerpt.length)).toBe(f.excerpt);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a line of business of the brand', () => {
  it('is the company in part, not a device: a wish for its end is a doom wish for the brand', async () => {
    const huawei = await createScanner(await loadBrand('huawei'));
    expect(huawei.scan({ id: 'b', text: "hope the sanctions finish what they started and huawei's phone business dies for good" }).map((f) => f.ruleId)).toEqual(['brand-doom-wish']);
    expect(huawei.scan({ id: 'b', text: '希望华为手机业务早日倒闭' }).map((f) => f.ruleId)).toEqual(['brand-doom-wish']);
    expect(huawei.scan({ id: 'b', text: "huawei's phone business is doing great" })).toEqual([]);
  });
});

describe('context: the post a reply answers or a repost shares', () => {
  let xiaomi: Scanner;
  beforeAll(async () => {
    xiaomi = await createScanner(await loadBrand('xiaomi'));
  });
  const scanWith = (text: string, context: string) => xiaomi.scan({ id: 'c', text, context: { kind: 'reply', text: context } });

  it('supplies the target when the post names none, and says so; the quote stays in the post', () => {
    const [finding, ...rest] = scanWith('你们这帮冤大头', '米粉们今天很开心');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'fan-insult', targetFrom: 'context', matched: '冤大头' });
    // Buyers as dupes under a post about the brand: its buyers, one finding.
    expect(scanWith('又是一群韭菜', '小米发布了新手机').map((f) => [f.ruleId, f.targetFrom])).toEqual([['fan-insult', 'context']]);
    expect(scanWith('又是这个骗子', '小米发布了新手机').map((f) => f.ruleId)).toEqual(['fraud-accusation']);
    // A reply that is one word and nothing else (no quotation mark around it, although the text has no edges).
    expect(scanWith('骗子', '小米发布了新手机').map((f) => f.ruleId)).toEqual(['fraud-accusation']);
    expect(scanWith('垃圾公司', '小米发布了新手机').map((f) => f.ruleId)).toEqual(['brand-insult']);
    // A word pointing back names it: then a doom wish is said of it too.
    expect(scanWith('这公司迟早倒闭', '小米发布了新手机').map((f) => f.ruleId)).toEqual(['brand-doom-wish']);
    expect(scanWith('这公司不错', '小米发布了新手机')).toEqual([]);
    // The end of a business can only be a company's: a wish for it under news of the brand is said of the brand; not a
    // question or a fear, and not when the reply names a business of its own.
    expect(scanWith('份额都这样了还撑着干嘛，赶紧倒闭吧', '小米手机份额下滑').map((f) => [f.ruleId, f.targetFrom])).toEqual([['brand-doom-wish', 'context']]);
    expect(scanWith('hope they go bust', 'Xiaomi fined for throttling phones').map((f) => f.ruleId)).toEqual(['brand-doom-wish']);
    expect(scanWith('不会倒闭吧？', '小米手机份额下滑')).toEqual([]);
    expect(scanWith('那些黄牛赶紧倒闭吧', '小米手机发售秒空')).toEqual([]);
    // Only a clause with no subject of its own: a business the lexicon does not know, a group, or a noun it modifies.
    expect(scanWith('希望百度赶紧倒闭', '小米宣布退出某市场')).toEqual([]);
    expect(scanWith('黄牛赶紧破产吧', '雷军：小米不会涨价')).toEqual([]);
    expect(scanWith('盼倒闭的人失望了吧', '小米手机销量下滑').map((f) => f.ruleId)).not.toContain('brand-doom-wish');
    expect(scanWith('hope the counterfeiters go bust', 'Xiaomi wins lawsuit against counterfeit charger seller')).toEqual([]);
    // Nor when the news tells of the brand acting on another business or dealing with one: the wish may be for that one.
    expect(scanWith('赶紧倒闭吧', '小米起诉多家山寨手机厂商')).toEqual([]);
    expect(scanWith('赶紧倒闭吧', '小米供应商被曝克扣工人工资')).toEqual([]);
    // Only in its own clause: a general insult in another clause stays someone else's.
    expect(scanWith('这公司不错，旁边那人是傻子', '小米发布了新手机')).toEqual([]);
  });
  it('makes the context its own when the reply does nothing but agree with it, and says what the context said', () => {
    const [finding, ...rest] = scanWith('+1 说出了我的心声', '小米就是个骗子公司').filter((f) => f.ruleId === 'fraud-accusation');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ targetFrom: 'context', matched: '+1 说出了我的心声', agrees: { quote: expect.stringContaining('骗子') } });
    expect(scanWith('this. exactly this 💯', 'xiaomi fans are idiots').map((f) => f.ruleId)).toEqual(['fan-insult']);
    // Not sarcasm (对对对), not a reply with words of its own, not agreement with a post that says nothing hostile.
    expect(scanWith('对对对', '小米就是个骗子公司')).toEqual([]);
    expect(scanWith('exactly this, but their phones are still great', 'xiaomi fans are idiots').filter((f) => f.agrees)).toEqual([]);
    expect(scanWith('+1 说得对', '小米今天发布了新手机')).toEqual([]);
    // Nor a question, an emoji that may make it sarcasm, 是是是; nor agreement with a report, a denial or news of a wish.
    expect(scanWith('true?', 'xiaomi fans are idiots')).toEqual([]);
    expect(scanWith('精辟🙄', '小米就是个骗子公司')).toEqual([]);
    expect(scanWith('是是是，说得对', '小米就是个骗子公司')).toEqual([]);
    expect(scanWith('+1', '评论区有人骂米粉是脑残，真的没必要')).toEqual([]);
    expect(scanWith('well said', 'Nobody at Xiaomi is an idiot, they just made a bad call')).toEqual([]);
    expect(scanWith('this', 'Lei Jun received death threats after the price hike, police investigating')).toEqual([]);
  });
  it('takes no target from the context for a general insult: under brand news it is mostly aimed at another commenter', () => {
    expect(scanWith('你这个脑残', '小米发布了新手机')).toEqual([]);
    // The author counting themself among the buyers insults nobody.
    expect(scanWith('我也是韭菜，刚下单了', '小米SU7今天开卖')).toEqual([]);
    expect(scanWith('这司机真是个傻逼', '小米汽车车主开着辅助驾驶睡着了')).toEqual([]);
    // A person named in the reply is nearer to the accusation than the post it answers.
    expect(scanWith('我认为那个女生是造假', '小米发布了新手机')).toEqual([]);
    // A person pointed at anywhere in the reply's first sentence is whom it is about, even after the accusation.
    expect(scanWith('造假视频还骗大家，这种人太坏了', '小米发布了新手机')).toEqual([]);
    expect(scanWith('狗厂让友商羡慕', '小米发布了新手机').map((f) => f.ruleId)).not.toEqual([]);
  });
  it('goes on about the context through pronouns and short later sentences, until the reply names someone else', () => {
    const rules = (text: string) => scanWith(text, 'xiaomi fined $500M for throttling phones').map((f) => f.ruleId);
    expect(rules('boycott them')).toEqual(['boycott-call']);
    expect(rules('Of course they did. Crooks, the whole lot of them.')).toEqual(['fraud-accusation']);
    expect(rules('anyone still buying from them is a complete moron')).not.toEqual([]);
    expect(scanWith('它家就会画饼，信它的人都是傻子', '小米又要发新品了').map((f) => f.ruleId)).toEqual(['fan-insult']);
    // A party of the reply's own takes what follows.
    expect(rules('the regulators fined them. they are heroes')).toEqual([]);
    expect(rules('the regulators did well. idiots everywhere though.')).toEqual([]);
    // A reply naming a rival: its pronouns may be about that one.
    expect(rules('huawei does it too. they are crooks')).toEqual([]);
    // A word pointing back opening the reply is the context's too, and a dupe noun anywhere in its first sentence names the buyers.
    expect(scanWith('这种公司也配谈创新？年年挤牙膏', '小米发布了新手机').map((f) => f.ruleId)).toContain('brand-insult');
    expect(scanWith('涨吧涨吧，反正冤大头多的是', '小米新机全系涨价').map((f) => f.ruleId)).toEqual(['fan-insult']);
    expect(scanWith('涨吧涨吧，我也是冤大头', '小米新机全系涨价')).toEqual([]);
    expect(scanWith('涨吧，黄牛才是冤大头', '小米新机全系涨价')).toEqual([]);
    expect(scanWith('ignore the haters, they are idiots', 'xiaomi raises prices on every new phone')).toEqual([]);
    // A long later sentence is an argument of its own.
    expect(scanWith('这是复制粘贴。现在手机发热都非常严重，日常使用散热全靠软件调度，只需要开个后门，让所有手机在深夜功率拉满连跑两小时。', '小米发布了新手机')).toEqual([]);
  });
  it('under an executive\'s words, the one person a reply points at is that executive', () => {
    expect(scanWith('又来？这人说话跟放屁一样', '雷军：我们一定会给所有用户一个交代').map((f) => [f.ruleId, f.targetFrom])).toEqual([['executive-insult', 'context']]);
    expect(scanWith('that guy in the back yawning is a clown', 'Lei Jun on stage at the launch')).toEqual([]);
    // Under news of the company, the person pointed at is someone of the reply's own.
    expect(scanWith('这人说话跟放屁一样', '小米发布了新手机')).toEqual([]);
    // Someone else named in the reply takes it; the pointer counts only opening the reply, and only it opens the
    // person's words (an insult of scalpers or the host is theirs).
    expect(scanWith('他旁边那个记者说话跟放屁一样', '雷军：我们一定会给所有用户一个交代')).toEqual([]);
    expect(scanWith('我同事天天转发这个，这人真是个傻子', '雷军：我们一定会给所有用户一个交代')).toEqual([]);
    expect(scanWith('黄牛去死', '雷军：su7今日开售')).toEqual([]);
    expect(scanWith('主持人真是个傻逼，一直打断', '雷军接受央视采访')).toEqual([]);
    // The executive who speaks in a post that names the company first.
    expect(scanWith('这人说话跟放屁一样', '小米CEO雷军：我们一定会给所有用户一个交代').map((f) => f.ruleId)).toEqual(['executive-insult']);
  });
  it('speaks to the brand\'s own account it answers: "you", or a curse that is a sentence alone', () => {
    const reply = (text: string, context: string, author?: string, kind: 'reply' | 'quote' = 'reply') =>
      xiaomi.scan({ id: 'r', text, context: { kind, text: context, ...(author ? { author } : {}) } }).filter((f) => isHostile(f.severity)).map((f) => [f.ruleId, f.target]);
    // The brand's own accounts, whatever their post says; not an account that only holds the name.
    expect(reply('go to hell', 'Meet the new phone ✨', '@XiaomiIndia')).toEqual([['brand-insult', 'brand']]);
    expect(reply('滚', '新配色上线，你最喜欢哪一款？', '小米公司')).toEqual([['brand-insult', 'brand']]);
    expect(reply('you people have no shame', 'Meet the new phone ✨', '@XiaomiIndia')).toEqual([['brand-insult', 'brand']]);
    expect(reply('go to hell', 'New phone review is up', '@xiaomi_fans_club')).toEqual([]);
    expect(reply('go to hell', 'New phone review is up', '@news_xiaomi')).toEqual([]);
    expect(reply('thanks, looks great', 'Meet the new phone ✨', '@XiaomiIndia')).toEqual([]);
    // A plural insult that is the whole reply (loaded words before it at most) is said to the account; not after
    // anything the reply tells first, which may name whom it is for.
    expect(reply('greedy clowns.', 'Meet the new phone ✨', '@XiaomiIndia')).toEqual([['brand-insult', 'brand']]);
    expect(reply('scalpers will love it. idiots', 'Meet the new phone ✨', '@XiaomiIndia')).toEqual([]);
    expect(reply('Epic and Spotify crying again. crybabies.', 'Meet the new phone ✨', '@XiaomiIndia')).toEqual([]);
    expect(reply('nice phone. idiots in the comments though', 'Meet the new phone ✨', '@XiaomiIndia')).toEqual([]);
    // A curse that goes on, "you" as someone's object, someone else named first, a quote: no word to the account.
    expect(reply('shut up, it\'s perfect', 'Meet the new phone ✨', '@XiaomiIndia')).toEqual([]);
    expect(reply('go to hell, scalpers', 'Meet the new phone ✨', '@XiaomiIndia')).toEqual([]);
    expect(reply('don\'t let anyone call you an idiot', 'Meet the new phone ✨', '@XiaomiIndia')).toEqual([]);
    expect(reply('楼上你个傻逼', '新配色上线', '小米公司')).toEqual([]);
    expect(reply('回复@张三：你才是傻逼', '新配色上线', '小米公司')).toEqual([]);
    expect(reply('follow them, you idiots', 'Meet the new phone ✨', '@XiaomiIndia', 'quote')).toEqual([]);
    // Nobody else's post is spoken to: a buyer showing a new phone gets banter, not an insult to the buyers.
    expect(reply('fuck off, jealous', 'Just got my new Xiaomi 15!')).toEqual([]);
    expect(reply('you idiots', 'Xiaomi launches the Xiaomi 15')).toEqual([]);
  });
  it('supplies nothing when the context names another brand, a homonym or nothing', () => {
    expect(scanWith('又是这个骗子', '华为发布了新手机')).toEqual([]);
    expect(scanWith('又是这个骗子', '小米粥真好喝')).toEqual([]);
    expect(scanWith('今天天气不错', '小米发布了新手机')).toEqual([]);
  });
  it('is not used when the post names a target of its own', () => {
    const findings = scanWith('小米又是这个骗子', '苹果发布了新手机');
    expect(findings.map((f) => f.targetFrom)).toEqual([undefined]);
  });
});

describe('who the people named are', () => {
  const rules = (text: string) => xiaomi.scan({ id: 't', text }).filter((f) => isHostile(f.severity)).map((f) => f.ruleId);
  it('a Chinese word for people opening the clause after a name alone in its own is the name\'s people', () => {
    expect(rules('小米小米，员工全是奴才')).toEqual(['executive-insult']);
    expect(rules('小米？粉丝都是脑残')).toEqual(['fan-insult']);
    expect(rules('小米，员工都很辛苦')).toEqual([]);
    // Not when the clause of the name says more.
    expect(rules('我买了小米，粉丝都说好，傻子才不买')).toEqual([]);
  });
  it('what users have is no user: 用户体验 is the product', () => {
    expect(rules('小米，用户体验太垃圾了')).toEqual([]);
    expect(rules('小米的用户体验太垃圾了')).toEqual([]);
    expect(rules('小米用户都是傻子')).toEqual(['fan-insult']);
  });
  it('a service unit\'s staff named after it are the company\'s staff', () => {
    expect(rules('小米售後員工都是一群廢物')).toEqual(['executive-insult']);
    expect(rules('xiaomi support staff are clowns')).toEqual(['executive-insult']);
    expect(rules('小米售后员工态度很好')).toEqual([]);
  });
  it('the author introducing themself as one of them names nobody else', () => {
    expect(rules('as a certified mi fan myself, I will buy every color')).toEqual([]);
    expect(rules('作为一个米猴，我先买为敬')).toEqual([]);
    expect(rules('米粉都是米猴')).not.toEqual([]);
  });
});

describe('speech and devices', () => {
  it('reads words inside a quotation as quoted speech, not the author\'s', () => {
    expect(hostile('同事说“买小米的都是傻子”，我直接把他拉黑了')).toEqual([]);
    expect(hostile('买小米的都是傻子')).not.toEqual([]);
  });
  it('a name counted by a measure word for devices is a phone: its troubles are criticism', () => {
    expect(hostile('我这台小米没救了，售后说要换主板')).toEqual([]);
  });
  it('a curse used as an adjective of what follows is aimed at that', () => {
    expect(hostile('小米和红米都挺好，操你妈的电信网速')).toEqual([]);
  });
});

describe('ambiguous nicknames: one sense per post', () => {
  it('counts an ambiguous nickname only where another of the brand\'s terms names it too', async () => {
    const apple = await createScanner(await loadBrand('apple'));
    const rules = (text: string) => apple.scan({ id: 'n', text }).map((f) => f.ruleId);
    expect(rules('库克只知道赚钱，这样的烂苹果迟早像诺基亚一样')).toContain('brand-slur');
    expect(rules('超市买的烂苹果太多了，退货')).toEqual([]);
  });
  it('counts it too in a reply to a post that names the brand, unless the fruit is meant', async () => {
    const apple = await createScanner(await loadBrand('apple'));
    const rules = (text: string, context: string) => apple.scan({ id: 'n', text, context: { kind: 'reply', text: context } }).map((f) => f.ruleId);
    expect(rules('这种事还敢出，谁还买烂苹果', '苹果应用商店又出事了')).toContain('brand-slur');
    expect(rules('这箱烂苹果真难吃', '苹果发布会')).not.toContain('brand-slur');
    expect(rules('这种事还敢出，谁还买烂苹果', '超市的水果')).toEqual([]);
  });
  it('counts it right after a verb of using a device (用烂苹果), unless the post it answers is about the fruit', async () => {
    const apple = await createScanner(await loadBrand('apple'));
    const rules = (text: string, context?: string) => apple.scan({ id: 'n', text, ...(context ? { context: { kind: 'reply' as const, text: context } } : {}) }).map((f) => f.ruleId);
    expect(rules('我是再也不会用烂苹果了')).toContain('brand-slur');
    expect(rules('还在用烂苹果的都醒醒吧')).toContain('brand-slur');
    expect(rules('买了一箱烂苹果')).toEqual([]);
    expect(rules('用烂苹果榨汁')).toEqual([]);
    expect(rules('我是再也不会用烂苹果了', '超市的水果')).toEqual([]);
  });
});

describe('one finding per stretch of words and rule', () => {
  it('merges overlapping matches of one rule on one post (a product inside a name, two pairings over the same words)', async () => {
    const apple = await createScanner(await loadBrand('apple'));
    const findings = apple.scan({ id: 'o', text: 'the apple watch band is terrible and the apple watch screen scratches' });
    expect(findings.filter((f) => f.ruleId === 'product-criticism')).toHaveLength(1);
  });
});
