import { describe, expect, it } from 'vitest';
import { parseBskyHandle, parseFeedItem } from '../../src/sources/bsky.js';
import { htmlToText } from '../../src/sources/html-text.js';
import { nextMaxId, parseMastodonHandle, parseStatus } from '../../src/sources/mastodon.js';
import { parseFeed, parseFeedHandle } from '../../src/sources/rss.js';
import { parseCount } from '../../src/sources/common.js';
import { isoWithOffset, parseWeiboDate } from '../../src/sources/weibo-dates.js';
import { isPinned, mblogsOfCards, parseMobileMblog, parseWebStatus, parseWeiboHandle } from '../../src/sources/weibo.js';
import { parseTweet, parseXHandle } from '../../src/sources/x.js';
import { fixtureJson, fixtureText } from '../helpers/fixture-server.js';
import { NOW } from './context.js';

type Doc = Record<string, any>;

describe('Weibo dates and counts', () => {
  it('parses the list form with its offset', () => {
    expect(parseWeiboDate('Tue Mar 04 21:15:02 +0800 2025', NOW)).toBe('2025-03-04T21:15:02+08:00');
    expect(parseWeiboDate('Sat Jun 12 10:00:00 +0000 2021', NOW)).toBe('2021-06-12T10:00:00+00:00');
  });

  it('parses relative and short forms in Beijing time', () => {
    // NOW is 2025-03-10 12:00 in Beijing.
    expect(parseWeiboDate('刚刚', NOW)).toBe('2025-03-10T12:00:00+08:00');
    expect(parseWeiboDate('5分钟前', NOW)).toBe('2025-03-10T11:55:00+08:00');
    expect(parseWeiboDate('3小时前', NOW)).toBe('2025-03-10T09:00:00+08:00');
    expect(parseWeiboDate('昨天 12:30', NOW)).toBe('2025-03-09T12:30:00+08:00');
    expect(parseWeiboDate('今天 08:05', NOW)).toBe('2025-03-10T08:05:00+08:00');
    expect(parseWeiboDate('02-20', NOW)).toBe('2025-02-20T00:00:00+08:00');
    expect(parseWeiboDate('12-25', NOW)).toBe('2024-12-25T00:00:00+08:00'); // would be in the future: last year
    expect(parseWeiboDate('2024-12-31', NOW)).toBe('2024-12-31T00:00:00+08:00');
    expect(parseWeiboDate('2天前', NOW)).toBe('2025-03-08T12:00:00+08:00');
    expect(parseWeiboDate('not a date', NOW)).toBeUndefined();
  });

  it('writes ISO 8601 with an explicit offset', () => {
    expect(isoWithOffset(Date.parse('2025-03-04T13:15:02Z'))).toBe('2025-03-04T21:15:02+08:00');
    expect(isoWithOffset(Date.parse('2025-03-04T13:15:02Z'), -330)).toBe('2025-03-04T07:45:02-05:30');
  });

  it('reads counts, marking rounded forms approximate', () => {
    expect(parseCount(1523)).toEqual({ value: 1523, approximate: false });
    expect(parseCount('1523')).toEqual({ value: 1523, approximate: false });
    expect(parseCount('1,523')).toEqual({ value: 1523, approximate: false });
    expect(parseCount('10万+')).toEqual({ value: 100000, approximate: true });
    expect(parseCount('100万+')).toEqual({ value: 1000000, approximate: true });
    expect(parseCount('1.2万')).toEqual({ value: 12000, approximate: true });
    expect(parseCount('257万')).toEqual({ value: 2570000, approximate: true });
    expect(parseCount('3亿')).toEqual({ value: 300000000, approximate: true });
    expect(parseCount('10w+')).toEqual({ value: 100000, approximate: true });
    expect(parseCount('评论')).toBeUndefined();
    expect(parseCount(-1)).toBeUndefined();
  });
});

describe('HTML to text', () => {
  it('keeps emoji alt text, links and line breaks; decodes entities', () => {
    const html = '说实话<span class="url-icon"><img alt=[doge] src="//h5.sinaimg.cn/x.png" /></span> 好<br />第二行 <a href=\'/n/数码君\'>@数码君</a> &amp; <span class="surl-text">#小米15#</span>';
    expect(htmlToText(html)).toBe('说实话[doge] 好\n第二行 @数码君 & #小米15#');
  });

  it('turns paragraphs into lines and drops scripts', () => {
    expect(htmlToText('<p>one</p><p>two <strong>bold</strong></p><script>alert(1)</script>')).toBe('one\n\ntwo bold');
  });

  it('leaves plain text alone', () => {
    expect(htmlToText('  plain  text ')).toBe('plain text');
  });
});

describe('Weibo mobile parsing (recorded getIndex pages)', () => {
  const page1 = fixtureJson<Doc>('weibo/timeline-1.json');
  const mblogs = mblogsOfCards(page1.data.cards);

  it('finds posts in card_type 9 and inside card_type 11 groups', () => {
    expect(mblogs.map((m) => m.id)).toEqual(['4645000000000001', '5013100000000001', '5013000000000002', '5012345678905678', '5012000000000002', '5011900000000003']);
    expect(isPinned(mblogs[0]!)).toBe(true);
    expect(isPinned(mblogs[1]!)).toBe(false);
  });

  it('maps a post: string id, URL, Beijing date, approximate counts', () => {
    const post = parseMobileMblog(mblogs[1]!, NOW)!;
    expect(post).toMatchObject({
      id: '5013100000000001',
      text: '今天不聊手机，聊聊相机[笑cry]',
      platform: 'weibo',
      author: '万能的大熊',
      url: 'https://weibo.com/1234567890/Pnew00001',
      createdAt: '2025-03-10T09:00:00+08:00',
      metrics: { likes: 100000, reposts: 12000, comments: 3456, approximate: true },
    });
  });

  it('keeps a cut long post marked, and uses the expanded text when given', () => {
    const cut = parseMobileMblog(mblogs[3]!, NOW)!;
    expect(cut.text).toBe('小米新机续航测试，说实话[doge] 续航表现…');
    const full = parseMobileMblog(mblogs[3]!, NOW, { get: (id) => (id === '5012345678905678' ? 'FULL TEXT' : undefined) })!;
    expect(full.text).toBe('FULL TEXT');
    expect(full.metrics).toEqual({ likes: 8731, reposts: 1523, comments: 1000000, approximate: true });
  });

  it('marks a repost of a deleted original', () => {
    const post = parseMobileMblog(mblogs[4]!, NOW)!;
    expect(post.isRepost).toBe(true);
    expect(post.repostOf).toBe('weibo:4999000000000000');
    expect(post.text).toBe('//抱歉，此微博已被作者删除。查看帮助：网页链接');
  });

  it('keeps the reposted author and the comment chain', () => {
    const page2 = fixtureJson<Doc>('weibo/timeline-2.json');
    const post = parseMobileMblog(mblogsOfCards(page2.data.cards)[0]!, NOW)!;
    expect(post).toMatchObject({ isRepost: true, repostOf: '@数码君', createdAt: '2025-02-20T00:00:00+08:00' });
    // Its own words (with the chain Weibo shows) are the text; the reposted original is the context.
    expect(post.text).toBe('这条必须转[怒]//@路人甲:同意');
    expect(post.context).toEqual({ kind: 'repost', text: '某品牌的售后真是一言难尽', author: '数码君', url: expect.stringMatching(/^https:\/\/(weibo\.com|m\.weibo\.cn)\//) });
  });
});

describe('Weibo web parsing (recorded mymblog page)', () => {
  const list = fixtureJson<Doc>('weibo-web/mymblog-1.json').data.list;
  it('uses text_raw, mblogid URLs and the retweeted author', () => {
    const post = parseWebStatus(list[1], NOW)!;
    expect(post).toMatchObject({
      id: '5012900000000102',
      url: 'https://weibo.com/1234567890/Pweb00102',
      isRepost: true,
      repostOf: '@路人甲',
      createdAt: '2025-03-07T09:00:00+08:00',
    });
    expect(post.text).toBe('说得太对了//@数码君:这售后不行');
    expect(post.context).toMatchObject({ kind: 'repost', text: '刚买的手机就坏了，客服一直推脱', author: '路人甲' });
    expect(parseWebStatus(list[0], NOW)!.metrics).toEqual({ likes: 5120, reposts: 230, comments: 10000, approximate: true });
  });
});

describe('Bluesky parsing (recorded getAuthorFeed)', () => {
  const page1 = fixtureJson<Doc>('bsky/getAuthorFeed-1.json').feed;
  const page2 = fixtureJson<Doc>('bsky/getAuthorFeed-2.json').feed;
  it('maps own posts, reposts and quotes', () => {
    const own = parseFeedItem(page1[0], 'gadget-critic.bsky.social')!.post;
    expect(own).toMatchObject({
      id: '3lk2xyzabc22a',
      url: 'https://bsky.app/profile/gadget-critic.bsky.social/post/3lk2xyzabc22a',
      createdAt: '2025-03-04T13:15:02.123Z',
      metrics: { likes: 40, reposts: 5, comments: 3 },
    });
    const repost = parseFeedItem(page1[1], 'gadget-critic.bsky.social')!.post;
    expect(repost).toMatchObject({ isRepost: true, repostOf: '@angry-fan.bsky.social', text: "that company's support is a joke", url: 'https://bsky.app/profile/angry-fan.bsky.social/post/3lk1orig00000', createdAt: '2025-03-03T09:30:00.000Z' });
    expect(repost.id).not.toBe('3lk1orig00000');
    const quote = parseFeedItem(page2[0], 'gadget-critic.bsky.social')!.post;
    expect(quote.isRepost).toBeUndefined();
    expect(quote.repostOf).toBe('@brand-watcher.bsky.social');
    expect(quote.text).toBe('this aged well');
    expect(quote.context).toEqual({
      kind: 'quote',
      text: 'their flagship will outsell everyone this year',
      author: 'brand-watcher.bsky.social',
      url: 'https://bsky.app/profile/brand-watcher.bsky.social/post/3lhold0000000',
    });
  });

  it('reads handles and DIDs', () => {
    expect(parseBskyHandle('@Gadget-Critic.bsky.social')).toBe('gadget-critic.bsky.social');
    expect(parseBskyHandle('did:plc:ewvi7nxzyoun6zhxrhs64oiz')).toBe('did:plc:ewvi7nxzyoun6zhxrhs64oiz');
    expect(parseBskyHandle('https://bsky.app/profile/alice.bsky.social')).toBe('alice.bsky.social');
    expect(() => parseBskyHandle('not a handle')).toThrow(/not a Bluesky handle/);
  });
});

describe('Mastodon parsing (recorded statuses)', () => {
  const page1 = fixtureJson<Doc[]>('mastodon/statuses-1.json');
  const page2 = fixtureJson<Doc[]>('mastodon/statuses-2.json');
  it('reads content warnings, boosts and quotes', () => {
    const own = parseStatus(page1[0]!, '@alice@mastodon.example')!.post;
    expect(own.text).toBe('rant about phone ads\nbattery is meh & the ads in the settings app are unbearable\n\nsecond paragraph #phones');
    expect(own.metrics).toEqual({ likes: 9, reposts: 1, comments: 2 });
    const boost = parseStatus(page1[1]!, '@alice@mastodon.example')!.post;
    expect(boost).toMatchObject({ id: '113980000000000001', isRepost: true, repostOf: '@bob@other.example', url: 'https://other.example/@bob/113970000000000000', text: 'their customer service is a disgrace' });
    const quote = parseStatus(page2[0]!, '@alice@mastodon.example')!.post;
    expect(quote).toMatchObject({ repostOf: '@carol@other.example', text: 'this aged well', context: { kind: 'quote', text: 'their flagship will outsell everyone', author: '@carol@other.example' } });
  });

  it('reads the next page from a Link header', () => {
    expect(nextMaxId('<https://mastodon.example/api/v1/accounts/1/statuses?limit=40&max_id=113980000000000001>; rel="next", <https://mastodon.example/api/v1/accounts/1/statuses?limit=40&min_id=113987654321098765>; rel="prev"')).toBe('113980000000000001');
    expect(nextMaxId('<https://mastodon.example/api/v1/accounts/1/statuses?min_id=1>; rel="prev"')).toBeUndefined();
    expect(nextMaxId(undefined)).toBeUndefined();
  });

  it('reads handles', () => {
    expect(parseMastodonHandle('@alice@mastodon.example')).toEqual({ user: 'alice', instance: 'mastodon.example' });
    expect(parseMastodonHandle('https://mastodon.example/@alice')).toEqual({ user: 'alice', instance: 'mastodon.example' });
    expect(() => parseMastodonHandle('@alice')).toThrow(/mastodon:@user@instance/);
  });
});

describe('X parsing (recorded users/:id/tweets)', () => {
  const page = fixtureJson<Doc>('x/tweets-1.json');
  const includes = {
    tweets: new Map<string, Doc>(page.includes.tweets.map((t: Doc) => [t.id, t])),
    users: new Map<string, string>(page.includes.users.map((u: Doc) => [u.id, u.username])),
  };
  it('uses note_tweet for long posts and the original for retweets', () => {
    const long = parseTweet(page.data[0], 'gadgetcritic', includes)!.post;
    expect(long.text).toMatch(/Full verdict: skip this one/);
    expect(long.metrics).toEqual({ likes: 210, reposts: 15, comments: 7, views: 18000 });
    expect(long.url).toBe('https://x.com/gadgetcritic/status/1897000000000000001');
    const rt = parseTweet(page.data[1], 'gadgetcritic', includes)!.post;
    expect(rt).toMatchObject({ isRepost: true, repostOf: '@angryfan', text: "that company's support is a joke and their CEO should resign" });
  });

  it('reads handles', () => {
    expect(parseXHandle('@GadgetCritic')).toBe('GadgetCritic');
    expect(parseXHandle('https://x.com/gadgetcritic/status/1')).toBe('gadgetcritic');
    expect(() => parseXHandle('@this-is-not-valid')).toThrow(/not an X handle/);
  });
});

describe('feeds', () => {
  it('parses an RSSHub Weibo feed, marking reposts', () => {
    const feed = parseFeed(fixtureText('rss/rsshub-weibo.xml'), 'http://127.0.0.1/weibo/user/1234567890');
    expect(feed.title).toBe('万能的大熊的微博');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({
      id: 'https://weibo.com/1234567890/Oabc12345',
      url: 'https://weibo.com/1234567890/Oabc12345',
      createdAt: '2025-03-04T13:15:02.000Z',
      author: '万能的大熊',
      platform: 'rss',
    });
    // The RSSHub title is the start of the description, so it is not repeated.
    expect(feed.items[0]!.text).toBe('小米新机续航测试，说实话[doge] 续航表现一般，充电倒是很快。\n完整测评结论：系统里的广告太多。');
    expect(feed.items[1]).toMatchObject({ isRepost: true, repostOf: '@数码君' });
    // A repost's title repeats its description with the lines run together: the text is not doubled (issue 16 item 14).
    expect(feed.items[1]!.text).toBe('这条必须转[怒]\n\n- 转发 @数码君: 某品牌的售后真是一言难尽');
  });

  it('parses a YouTube Atom feed with media statistics', () => {
    const feed = parseFeed(fixtureText('rss/youtube.xml'), 'https://www.youtube.com/feeds/videos.xml?channel_id=UCexampleChannel00000000');
    expect(feed.items[0]).toMatchObject({
      id: 'yt:video:dQw4w9WgXc1',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXc1',
      createdAt: '2025-03-04T13:00:00+00:00',
      author: 'Gadget Critic',
      metrics: { likes: 15230, views: 482113 },
    });
    expect(feed.items[0]!.text).toBe('Is this phone worth it? Honest review\nBattery is meh, the ads in the system apps are annoying & the price is too high.');
  });

  it('parses a JSON Feed and its next page link', () => {
    const feed = parseFeed(fixtureText('rss/jsonfeed.json').replaceAll('{{origin}}', 'http://127.0.0.1:1'), 'http://127.0.0.1:1/feed.json');
    expect(feed.next).toBe('http://127.0.0.1:1/feed-2.json');
    expect(feed.items[0]).toMatchObject({ id: 'https://alice.example/2025/03/phone-review', createdAt: '2025-03-04T13:15:02+01:00', author: 'Alice' });
    expect(feed.items[0]!.text).toBe('Phone review: skip it\nThe battery is meh.\n\nThe ads are everywhere.');
  });

  it('refuses a web page', () => {
    expect(() => parseFeed(fixtureText('rss/not-a-feed.html'), 'http://x')).toThrow(/web page/);
    expect(() => parseFeedHandle('not a url')).toThrow(/rss:<feed URL>/);
  });
});

describe('Weibo handles', () => {
  it('reads uids, screen names and profile URLs', () => {
    expect(parseWeiboHandle('1234567890')).toEqual({ uid: '1234567890' });
    expect(parseWeiboHandle('@萬能的大熊')).toEqual({ name: '萬能的大熊' });
    expect(parseWeiboHandle('https://weibo.com/u/1234567890')).toEqual({ uid: '1234567890' });
    expect(() => parseWeiboHandle('someone')).toThrow(/weibo:<uid> \(digits\) or weibo:@<screen name>/);
  });
});
