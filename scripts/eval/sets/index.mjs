// Every evaluation set, in table order (English first). Add a set here and nowhere else.
import appleTwitter from './apple-twitter-sentiment.mjs';
import brandsProductEmotions from './brands-product-emotions.mjs';
import { apple as threadsApple, zeekr as threadsZeekr } from './brand-threads-zh.mjs';
import cStance from './c-stance.mjs';
import cold from './cold.mjs';
import { en as sublabelsEn, zh as sublabelsZh } from './hostility-sublabels.mjs';
import nlpcc from './nlpcc2016-stance.mjs';
import olid from './olid.mjs';
import onlineShopping from './online-shopping-10-cats.mjs';
import sanders from './sanders-twitter.mjs';
import semeval from './semeval2017-task4-topic.mjs';
import airline from './twitter-airline-sentiment.mjs';

/** @type {import('../types.mjs').EvalSet[]} */
export const SETS = [
  sublabelsEn,
  brandsProductEmotions,
  sanders,
  appleTwitter,
  airline,
  semeval,
  olid,
  sublabelsZh,
  threadsApple,
  threadsZeekr,
  nlpcc,
  cStance,
  cold,
  onlineShopping,
];
