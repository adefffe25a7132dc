// The keyword peer's general negative/insult list, as a marketer would type it into a commercial listening
// tool's "negative mentions" alert. Written from general knowledge for this peer only; nothing here comes
// from the evaluation data, and nothing here is shipped (vet's own lexicon lives in src/).

/** English: matched as whole words, case-insensitive. */
export const NEGATIVE_EN = [
  'hate', 'hates', 'hated', 'hating', 'worst', 'terrible', 'horrible', 'awful', 'sucks', 'suck', 'sucked',
  'crap', 'crappy', 'garbage', 'trash', 'junk', 'rubbish', 'scam', 'scams', 'scammer', 'scammers', 'fraud',
  'ripoff', 'rip-off', 'rip off', 'liar', 'liars', 'lying', 'lies', 'boycott', 'idiot', 'idiots', 'stupid',
  'moron', 'morons', 'dumb', 'pathetic', 'disgusting', 'disgrace', 'shameful', 'shame on', 'evil', 'greedy',
  'corrupt', 'clown', 'clowns', 'loser', 'losers', 'useless', 'worthless', 'ridiculous', 'incompetent',
  'fuck', 'fucking', 'fucked', 'f*ck', 'shit', 'shitty', 'bullshit', 'wtf', 'damn', 'die', 'rot in hell',
  'go to hell', 'bankrupt', 'fanboy', 'fanboys', 'sheep', 'sheeple', 'cult', 'hypocrite', 'hypocrites',
  'arrogant', 'dishonest', 'deceptive', 'cheat', 'cheated', 'cheating', 'thieves', 'thief', 'rip us off',
  'never again', 'avoid', 'nasty', 'toxic', 'lame', 'fail', 'epic fail', 'disappointed', 'angry', 'furious',
  'unacceptable', 'shady', 'crooks', 'ashamed', 'screw you', 'pissed',
];

/** Chinese: matched as substrings (no spaces between Chinese words). */
export const NEGATIVE_ZH = [
  '垃圾', '辣鸡', '拉圾', '骗子', '骗钱', '骗人', '欺骗', '忽悠', '诈骗', '抵制', '不买', '恶心', '傻逼', '傻b', '煞笔',
  'sb', '脑残', '智障', '白痴', '弱智', '蠢', '去死', '死全家', '倒闭', '滚', '滚出', '走狗', '汉奸', '卖国', '狗',
  '坑爹', '坑人', '坑钱', '黑心', '奸商', '无耻', '不要脸', '丢人', '丢脸', '差劲', '太烂', '烂透', '渣', '人渣', '败类',
  '呸', '割韭菜', '韭菜', '智商税', '吸血', '耻辱', '可耻', '卑鄙', '流氓', '无赖', '狗屎', '屎', '草泥马', '尼玛',
  '妈的', '他妈', '特么', '操蛋', '神经病', '有病', '虚伪', '骗局', '假货', '山寨', '抄袭', '翻车', '失望', '糟糕',
  '最差', '难用', '差评', '喷子', '水军', '舔狗', '跪舔', '崇洋媚外', '洗地', '下作', '恶臭', '太贵', '后悔',
];
