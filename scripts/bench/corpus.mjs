import { closeSync, openSync, writeSync } from 'node:fs';
import { createRandom } from './prng.mjs';

/**
 * The bench corpus: a deterministic synthetic history of mixed Chinese/English posts built from this
 * file's own templates (never from the brand profile, so the corpus does not bend to whatever the
 * profile happens to list). Shares are chosen to look like a real prolific account: mostly everyday
 * chatter, 10-15% posts that name the brand, a few homonyms that are not the brand (小米粥, 桂林米粉),
 * some hostility aimed at other things, and about 1% hostile posts aimed at the brand.
 */

export const DEFAULT_SEED = 0x7e7;

/** What each generated post is meant to be; the bench uses it only for sanity figures, vet never sees it. */
export const KIND_SHARES = Object.freeze({
  hostile: 0.01,
  criticism: 0.05,
  mention: 0.075,
  homonym: 0.03,
  offTarget: 0.02,
  chatter: 0.815,
});

/** Kinds whose posts name the brand, its products, people or fans. */
export const BRAND_KINDS = Object.freeze(['hostile', 'criticism', 'mention']);

export const MIN_LENGTH = 20;
export const MAX_LENGTH = 280;

// Slots filled per post; several spellings each, as people actually write them.
const SLOTS = {
  brand: ['小米', '小米公司', '小米集团', 'Xiaomi', 'XIAOMI', 'xiaomi', '小米科技'],
  brandEn: ['Xiaomi', 'xiaomi', 'XIAOMI', 'Xiaomi Corp'],
  product: ['小米14', '小米15 Pro', '红米Note13', 'Redmi K70', '小米SU7', 'MIUI', '澎湃OS', '小米手环8', 'Redmi Note 12', '小米平板6'],
  productEn: ['Xiaomi 14 Ultra', 'Redmi Note 13', 'Xiaomi 15', 'Redmi K70', 'Xiaomi SU7', 'Mi Band 8', 'POCO F6', 'Xiaomi Pad 6'],
  osEn: ['MIUI', 'HyperOS'],
  exec: ['雷军', '雷总', '卢伟冰', '雷布斯'],
  execEn: ['Lei Jun', 'lei jun'],
  fans: ['米粉', '米粉们', '小米粉丝'],
  fansEn: ['Mi Fans', 'Xiaomi fans'],
  fanSlur: ['米猴', '米猴们', '米🐒', '米孝子', '雷猴'],
  rival: ['华为', '苹果', 'Apple', 'Huawei', 'OPPO', 'vivo', '三星'],
};

const TEMPLATES = {
  hostile: {
    zh: [
      '{brand}就是垃圾公司，谁买谁后悔',
      '{fanSlur}都是脑残，给钱就跪',
      '{exec}就是个骗子，满嘴谎话',
      '{brand}早点倒闭吧，祝你们破产',
      '抵制{brand}！大家都别买了',
      '{brand}割韭菜割上瘾了，就会欺骗消费者',
      '{fans}全是智障，洗地洗疯了',
      '{exec}去死吧，骗了多少人',
      '{fanSlur}又出来洗地了，恶心',
      '小-米就是垃圾，骗钱的玩意',
      '{brand}虚假宣传，数据全是造假的',
      '{fanSlur}滚出评论区',
    ],
    en: [
      '{brandEn} is a garbage company run by liars',
      'Boycott {brandEn}. Never buy their junk again.',
      '{execEn} is a fraud and a clown',
      'I hope {brandEn} goes bankrupt soon',
      '{fansEn} are brainless idiots',
      '{brandEn} scams its customers every single launch',
      'X i a o m i is trash, do not buy',
      'Everyone should boycott {brandEn} right now',
    ],
  },
  criticism: {
    zh: [
      '{product}发热太严重了，玩半小时烫手',
      '{product}的续航拉胯，一天三充',
      '{product}系统广告太多了，希望改进',
      '用了半年{product}，相机夜景一般，屏幕倒是不错',
      '{product}信号不太好，地铁里经常断网',
      '{brand}的售后太慢了，等了两周还没修好',
      '{product}更新之后卡顿明显，建议先别升级',
      '{product}的充电器有点吵，其他还行',
    ],
    en: [
      'The {productEn} battery life is disappointing',
      'My {productEn} overheats while gaming, not great',
      'Too many ads in {osEn}, please fix this {brandEn}',
      '{productEn} camera is mediocre in low light',
      'The latest {osEn} update made my phone laggy',
      '{brandEn} support took two weeks to answer me',
    ],
  },
  mention: {
    zh: [
      '今天入手了{product}，手感很好',
      '{exec}的发布会看完了，{product}价格很香',
      '去{brand}之家逛了一圈，买了个充电宝',
      '{fans}节快乐！今年抢到了优惠券',
      '新买的Xiaomi 14 Ultra拍照真好',
      '{brand}的新品发布会定在下周',
      '给爸妈换了{product}，字体调大了用着挺顺手',
      '感谢{brand}寄来的{product}，开箱视频明天发 #合作',
      '{exec}说今年要做高端，期待一下',
      '{product}和iPhone拍照对比，各有千秋',
    ],
    en: [
      'Just got the new {productEn}, loving it so far',
      '{brandEn} announced new earbuds today',
      '{execEn} keynote was fun to watch',
      'Unboxing the {productEn} tomorrow on the channel #ad',
      'Comparing the {productEn} with my old phone, big upgrade',
      'Saw a {brandEn} SU7 on the street today, looks sharp',
    ],
  },
  homonym: {
    zh: [
      '早上喝了一碗小米粥，养胃',
      '桂林米粉yyds，加个卤蛋',
      '小米椒切碎拌一拌，超级下饭',
      '晚饭吃了一碗米粉，汤头很鲜',
      '小米辣太辣了，眼泪都出来了',
      '妈妈熬的小米南瓜粥最好喝',
      '楼下新开的米粉店排长队',
      '小米加步枪的年代已经过去了',
    ],
    en: [
      'Mi casa es su casa, come over anytime',
      'Cooked millet porridge, called 小米粥 at home',
      'Best bowl of 桂林米粉 I ever had',
    ],
  },
  offTarget: {
    zh: [
      '这家外卖真是垃圾，再也不点了',
      '裁判是瞎了吗，黑哨',
      '某些司机真是脑残，乱变道',
      '{rival}的新机太贵了，割韭菜',
      '这个快递公司就是骗子，包裹又丢了',
      '物业真垃圾，电梯坏了一周没人管',
    ],
    en: [
      'This airline is a scam, lost my bag again',
      'What a garbage referee',
      '{rival} prices are a joke this year',
      'My landlord is a liar and a clown',
    ],
  },
  chatter: {
    zh: [
      '今天天气不错，出去走了走',
      '下班路上又堵车了',
      '周末去爬山，风景很好',
      '晚上看了一部电影，挺感人的',
      '咖啡续命中',
      '明天又要早起开会',
      '猫咪又把杯子打翻了',
      '新学了一道红烧肉',
      '地铁上人好多',
      '终于把报告写完了',
      '小区楼下开了家面包店',
      '朋友推荐的书读完了',
      '今年的目标是多运动',
      '雨下了一整天',
      '周五的晚上最开心',
      '排队两小时就为了一杯奶茶',
      '孩子今天考试考得不错',
      '健身房打卡第30天',
      '晚风很舒服',
      '刚看完球赛，太刺激了',
      '跑了五公里，累但是开心',
      '中午吃了一碗米饭配青菜',
      '这首歌单曲循环一下午',
      '公司楼下的樱花开了',
    ],
    en: [
      'Beautiful morning for a run.',
      'Traffic was terrible today.',
      'Finally finished that report.',
      'Coffee first, questions later.',
      'Watching the game tonight with friends.',
      'My cat knocked over my water again.',
      'Trying a new pasta recipe this weekend.',
      'The train was packed this morning.',
      'Reading a great book about history.',
      'Rain all day, stayed in.',
      'New week, new goals.',
      'Concert tickets finally arrived!',
      'Weekend hike was worth it.',
      'Anyone else tired of meetings?',
      'Sunset from the balcony tonight.',
      'Miles of traffic on the highway, again.',
    ],
  },
};

const DECORATIONS = {
  zh: [' #日常#', ' 😂', ' [doge]', ' http://t.cn/A6xYz9Q', ' @好友', '！！', '～'],
  en: [' #weekend', ' 😂', ' lol', ' https://example.com/p/42', ' @friend', '!!'],
};

// A small simplified→traditional map, enough that about a fifth of Chinese posts come out in
// traditional characters (the engine folds them back; opencc-js is not needed to write them).
const TRADITIONAL = new Map(
  Object.entries({
    机: '機', 军: '軍', 这: '這', 发: '發', 热: '熱', 买: '買', 们: '們', 电: '電', 话: '話', 说: '說',
    个: '個', 为: '為', 对: '對', 时: '時', 会: '會', 后: '後', 来: '來', 东: '東', 车: '車', 爱: '愛',
    国: '國', 欢: '歡', 骗: '騙', 闭: '閉', 续: '續', 严: '嚴', 还: '還', 没: '沒', 样: '樣', 过: '過',
    给: '給', 开: '開', 关: '關', 点: '點', 吗: '嗎', 觉: '覺', 级: '級', 实: '實', 广: '廣', 价: '價',
    钱: '錢', 贵: '貴', 质: '質', 体: '體', 验: '驗', 团: '團', 户: '戶', 产: '產', 宝: '寶',
    线: '線', 气: '氣', 书: '書', 读: '讀', 乐: '樂', 节: '節', 虚: '虛', 传: '傳', 数: '數', 据: '據',
    脑: '腦', 残: '殘', 钟: '鐘', 环: '環', 华: '華', 苹: '蘋', 资: '資',
    馆: '館', 饭: '飯', 汤: '湯', 鲜: '鮮', 泪: '淚', 场: '場', 动: '動', 习: '習', 学: '學',
  }),
);

export function toTraditional(text) {
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) chars[i] = TRADITIONAL.get(chars[i]) ?? chars[i];
  return chars.join('');
}

const KIND_ENTRIES = Object.entries(KIND_SHARES);

function pickKind(random) {
  let u = random.next();
  for (const [kind, share] of KIND_ENTRIES) {
    if (u < share) return kind;
    u -= share;
  }
  return 'chatter';
}

function fill(template, random) {
  return template.replace(/\{(\w+)\}/g, (_, slot) => random.pick(SLOTS[slot]));
}

/** Builds one post's text: the kind's core sentence among everyday filler, 20-280 characters. */
function composeText(kind, random) {
  const roll = random.next();
  const lang = roll < 0.6 ? 'zh' : roll < 0.9 ? 'en' : 'mixed';
  const coreLang = lang === 'mixed' ? (random.chance(0.5) ? 'zh' : 'en') : lang;
  const fillerLang = () => (lang === 'mixed' ? random.pick(['zh', 'en']) : lang);
  const core = fill(random.pick(TEMPLATES[kind][coreLang]), random);
  // Skewed towards short posts, as real timelines are.
  const target = MIN_LENGTH + Math.floor((MAX_LENGTH - MIN_LENGTH) * random.next() ** 2);
  const before = [];
  const after = [];
  let length = core.length;
  for (let tries = 0; length < target && tries < 12; tries++) {
    const fl = fillerLang();
    const filler = fill(random.pick(TEMPLATES.chatter[fl]), random) + (fl === 'zh' ? '。' : ' ');
    if (length + filler.length + 2 > MAX_LENGTH) break; // 2: room for the joint after the core
    (random.chance(0.5) ? before : after).push(filler);
    length += filler.length;
  }
  const joinEnd = coreLang === 'zh' ? '。' : /[.!?]$/.test(core) ? ' ' : '. ';
  const parts = [...before, core];
  if (after.length) parts.push(joinEnd, ...after);
  if (after.length) parts[parts.length - 1] = parts[parts.length - 1].trimEnd();
  length = parts.reduce((sum, part) => sum + part.length, 0);
  if (random.chance(0.15)) {
    const decoration = random.pick(DECORATIONS[coreLang]);
    if (length + decoration.length <= MAX_LENGTH) parts.push(decoration);
  }
  // One join, so the text is a flat string as JSON.parse would give the engine (not a rope of pieces).
  let text = parts.join('');
  if (text.length < MIN_LENGTH) text = (text + (coreLang === 'zh' ? '哈哈哈哈哈哈哈哈哈哈' : ' haha haha haha haha')).slice(0, MIN_LENGTH);
  if (coreLang === 'zh' && random.chance(0.2)) text = toTraditional(text);
  return text;
}

const BASE_TIME_MS = Date.parse('2025-06-30T12:00:00Z');
const ACCOUNT = '7654321098';

/**
 * Yields `count` posts as `{ post, kind }`; the same seed gives the same posts on any machine, and the
 * first N posts of a longer run are the posts of a run of N (a 100k file is the head of the 1M file).
 * Posts are newest first, a few minutes apart, as an account's timeline is read.
 */
export function* generatePosts(count, seed = DEFAULT_SEED) {
  const random = createRandom(seed);
  let timeMs = BASE_TIME_MS;
  for (let i = 0; i < count; i++) {
    const kind = pickKind(random);
    const text = composeText(kind, random);
    timeMs -= 1000 + random.int(360_000);
    const id = `4900${String(i).padStart(12, '0')}`;
    const post = {
      id,
      text,
      createdAt: new Date(timeMs).toISOString(),
      url: `https://weibo.com/${ACCOUNT}/${id}`,
      platform: 'weibo',
      author: 'bench_account',
    };
    if (random.chance(0.1)) {
      post.isRepost = true;
      post.repostOf = `https://weibo.com/1111111111/4800${String(random.int(1e9)).padStart(12, '0')}`;
    }
    if (random.chance(0.7)) {
      post.metrics = {
        likes: Math.floor(10 ** (random.next() * 4)),
        reposts: random.int(50),
        comments: random.int(200),
      };
    }
    yield { post, kind };
  }
}

/** The corpus in memory, for the engine measurements (the JSONL files hold the same posts). */
export function buildCorpus(count, seed = DEFAULT_SEED) {
  const posts = new Array(count);
  const kinds = new Array(count);
  let i = 0;
  for (const { post, kind } of generatePosts(count, seed)) {
    posts[i] = post;
    kinds[i++] = kind;
  }
  return { posts, kinds };
}

/** Writes posts as JSON Lines, in large synchronous writes (the bench has nothing else to do meanwhile). */
export function writeJsonl(path, posts, count = posts.length) {
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    const batch = [];
    for (let i = 0; i < count; i++) {
      batch.push(JSON.stringify(posts[i]));
      if (batch.length === 2000 || i === count - 1) {
        const chunk = `${batch.join('\n')}\n`;
        bytes += writeSync(fd, chunk);
        batch.length = 0;
      }
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}
