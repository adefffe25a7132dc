import { hasProfile } from '../brands.mjs';
import { readText } from '../read.mjs';

const DIR = 'brand-threads-zh';

/**
 * What each thread's comments reply to: the news post, in our own words from the data README's thread list (no
 * row text). On the "with the thread as context" lines every row is vetted as a reply to it, as the Weibo
 * adapter would give a comment its post; those lines are information and count toward no target.
 */
const THREAD_POSTS = {
  apple_iphone16cost: 'iPhone 16 的物料成本曝光',
  apple_appstore: '苹果 App Store 被发现有色情应用',
  apple_locked10y: '一部 iPhone 被锁了 10 年',
  zeekr_autopilot: '一位极氪车主开着辅助驾驶睡着了',
};
const SUBLABELS = ['hostile', 'criticism', 'other'];

/**
 * Real comment threads about brand news (CHNCI, silver sub-labels). Each row is vetted toward its own `brand`
 * side (an Apple thread has Huawei rows too); rows whose side has no profile ("unnamed") are left out and counted
 * in the notes. The explicit line keeps the rows whose own words name their target: a single post cannot know a
 * target that only the thread gives.
 * @param {string} file apple | zeekr
 * @returns {import('../types.mjs').EvalSet}
 */
function threadSet(file) {
  return {
    id: `${DIR}/${file}`,
    lang: 'zh',
    sublabels: true,
    thread: true,
    licence: 'CHNCI comments, no licence file: measurement only',
    mapping:
      'hostile = label "hostile" toward the row\'s brand side; criticism and other are not; each row is vetted for its own side ' +
      '(Zeekr through a user profile written from general knowledge)',
    mappings: [
      { key: 'all rows, own side', brands: 'own' },
      { key: '← explicit rows', brands: 'own', filter: (/** @type {import('../types.mjs').EvalRow} */ row) => row.sub?.explicit === true },
      {
        key: 'all rows, thread as context',
        brands: 'own',
        context: (/** @type {import('../types.mjs').EvalRow} */ row) => THREAD_POSTS[/** @type {keyof typeof THREAD_POSTS} */ (row.sub?.source ?? '')],
      },
    ],
    load(root) {
      const text = readText(`${root}/${DIR}`, `${file}.jsonl`, 'utf8');
      /** @type {import('../types.mjs').EvalRow[]} */
      const rows = [];
      let noProfile = 0;
      text.split('\n').forEach((line, index) => {
        if (!line.trim()) return;
        let r;
        try {
          r = JSON.parse(line);
        } catch {
          throw new Error(`${DIR}/${file}.jsonl: line ${index + 1}: not JSON`);
        }
        if (!SUBLABELS.includes(r.label)) throw new Error(`${DIR}/${file}.jsonl: line ${index + 1}: unknown label "${r.label}"`);
        if (typeof r.text !== 'string' || typeof r.brand !== 'string') throw new Error(`${DIR}/${file}.jsonl: line ${index + 1}: text and brand must be strings`);
        if (!hasProfile(r.brand)) {
          noProfile++;
          return;
        }
        rows.push({
          id: String(r.id),
          text: r.text,
          labels: [{ target: r.brand, polarity: 'neg' }],
          sub: { brand: r.brand, value: r.label, source: r.thread, why: r.why ?? '', explicit: r.explicit === true },
        });
      });
      return { rows, notes: noProfile ? [`${noProfile} row(s) about a brand side with no profile left out`] : [] };
    },
  };
}

export const apple = threadSet('apple');
export const zeekr = threadSet('zeekr');
