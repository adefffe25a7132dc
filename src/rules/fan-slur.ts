import type { Rule } from './types.js';

export const fanSlur: Rule = {
  id: 'fan-slur',
  category: 'fan-slur',
  severity: 'high',
  description: "Uses a slur for the brand's fans.",
  sample: "米猴, 米🐒",
  examplesFrom: 'fanSlurs',
  targets: ['fans'],
  reportTarget: 'fans',
  on: ['fan-slur'],
  cues: [],
  window: 0,
  examples: {
    match: ["一群米猴又在叫了", "米🐒们别急，新机马上就到", "米 猴 又来洗地了"],
    nomatch: ["峨眉山的猕猴很可爱", "米粉们周末快乐", "有人管米粉叫米猴，这种叫法太过分了", "那些天天骂米粉是米猴的人，能不能先看看自己多没素质", "我就是米猴怎么了，下个月还买", "有人私信骂我“米猴收钱吹小米”，截图放这了", "被叫米猴也有点自找的"],
  },
};
