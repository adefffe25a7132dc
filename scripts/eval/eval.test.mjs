// Tests of the evaluation harness itself: label → bucket mapping, peer matching, and the loaders' handling of
// encodings, BOMs, CRLF, multi-line fields and TSV quirks (on tiny synthetic files, never the real sets).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { BrandProfileSchema } from '../../src/brands/schema.js';
import { parseDataText, validateDataFile } from '../../src/util/data-file.js';
import { CUSTOM } from './brands.mjs';
import { termPattern } from './checkers.mjs';
import { NEGATIVE_EN, NEGATIVE_ZH } from './keywords.mjs';
import { addRow, bucketOf, emptyCounts, precisionRecall } from './metrics.mjs';
import { MissingSetError } from './read.mjs';
import appleTwitter from './sets/apple-twitter-sentiment.mjs';
import brandsProductEmotions from './sets/brands-product-emotions.mjs';
import cStance from './sets/c-stance.mjs';
import { zh as sublabelsZh } from './sets/hostility-sublabels.mjs';
import nlpcc from './sets/nlpcc2016-stance.mjs';
import semeval from './sets/semeval2017-task4-topic.mjs';
import airline from './sets/twitter-airline-sentiment.mjs';

const root = mkdtempSync(join(tmpdir(), 'vet-eval-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** @param {string} path @param {Buffer | string} bytes */
function put(path, bytes) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), bytes);
}

describe('buckets', () => {
  test('own negative label wins, then pos/neu, then another brand\'s negative, else off-topic', () => {
    const row = (/** @type {any[]} */ labels) => ({ id: '1', text: '', labels });
    expect(bucketOf(row([{ target: 'apple', polarity: 'neg' }]), ['apple'])).toBe('neg');
    expect(bucketOf(row([{ target: '*', polarity: 'neu' }]), ['apple'])).toBe('pos');
    expect(bucketOf(row([{ target: 'google', polarity: 'neg' }]), ['apple'])).toBe('elsewhere');
    expect(bucketOf(row([{ target: 'google', polarity: 'pos' }]), ['apple'])).toBe('off');
    expect(bucketOf(row([{ target: null, polarity: 'neg' }]), ['apple'])).toBe('off');
    expect(bucketOf(row([{ target: 'apple', polarity: 'off' }]), ['apple'])).toBe('off');
    // A group line ("other phone brands") owns every brand in it.
    expect(bucketOf(row([{ target: 'vivo', polarity: 'neg' }]), ['honor', 'vivo'])).toBe('neg');
  });

  test('sub-labelled rows count hostile precision and recall', () => {
    const counts = emptyCounts(true);
    const sub = (/** @type {'hostile' | 'criticism'} */ value) => ({ id: 'x', text: '', labels: [], sub: { brand: 'apple', value, source: 's', why: '' } });
    addRow(counts, sub('hostile'), ['apple'], true);
    addRow(counts, sub('hostile'), ['apple'], false);
    addRow(counts, sub('criticism'), ['apple'], true);
    addRow(counts, sub('criticism'), ['apple'], false);
    expect(counts.hostile).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(precisionRecall(counts.hostile)).toEqual({ precision: 0.5, recall: 0.5 });
    expect(counts.neg).toEqual({ n: 4, flagged: 2 });
  });
});

describe('peer term matching', () => {
  test('Latin terms match whole words (digits may follow), Chinese terms as substrings', () => {
    const p = termPattern(['apple', 'iphone', '苹果', 'tim cook']);
    expect(p.test('I love my @Apple')).toBe(true);
    expect(p.test('#iPhone4S is out')).toBe(true);
    expect(p.test('pineapple applesauce')).toBe(false);
    expect(p.test('买了苹果手机')).toBe(true);
    expect(p.test('TIM COOK said')).toBe(true);
  });

  test('the general negative lists are written for the peer, about 60-100 words each', () => {
    expect(NEGATIVE_EN.length).toBeGreaterThanOrEqual(60);
    expect(NEGATIVE_EN.length).toBeLessThanOrEqual(110);
    expect(NEGATIVE_ZH.length).toBeGreaterThanOrEqual(60);
    expect(NEGATIVE_ZH.length).toBeLessThanOrEqual(110);
  });
});

describe('loaders', () => {
  test('brands-product-emotions: latin-1, CRLF, product targets rolled up, "I can\'t tell" dropped', () => {
    const csv = [
      'tweet_text,emotion_in_tweet_is_directed_at,is_there_an_emotion_directed_at_a_brand_or_product',
      '"My iPad \x89\xdb\xcf died, ""again""",iPad,Negative emotion',
      'Android rocks,Android,Positive emotion',
      'nothing here,,No emotion toward brand or product',
      'hmm,,I can\'t tell',
      ',,No emotion toward brand or product',
    ].join('\r\n');
    put('brands-product-emotions/judge-1377884607_tweet_product_company.csv', Buffer.from(csv, 'latin1'));
    const { rows, notes } = brandsProductEmotions.load(root);
    expect(rows.map((r) => r.labels[0])).toEqual([
      { target: 'apple', polarity: 'neg' },
      { target: 'google', polarity: 'pos' },
      { target: '*', polarity: 'neu' },
    ]);
    expect(rows[0]?.text).toBe('My iPad \u0089\u00db\u00cf died, "again"');
    expect(rows.map((r) => r.id)).toEqual(['0', '1', '2']);
    expect(notes[0]).toMatch(/1 "I can't tell" rows and 1 empty/);
  });

  test('apple-twitter-sentiment: cp1252 and a multi-line quoted field', () => {
    const csv = '_unit_id,sentiment,text\r\n623495513,1,"\x93TRASH\x94 @Apple\r\nsecond line"\r\n623495514,not_relevant,hi\r\n';
    put('apple-twitter-sentiment/Apple-Twitter-Sentiment-DFE.csv', Buffer.from(csv, 'latin1'));
    const { rows } = appleTwitter.load(root);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.text).toBe('\u201cTRASH\u201d @Apple\r\nsecond line');
    expect(rows[0]?.id).toBe('623495513');
    expect(rows[1]?.labels).toEqual([{ target: 'apple', polarity: 'off' }]);
  });

  test('airline: repeated tweet ids keep the first judgement; rows labelled Delta are JetBlue', () => {
    const csv = 'tweet_id,airline_sentiment,airline,text\n1,negative,United,"@united\nlate again"\n1,positive,United,dup\n2,neutral,Delta,@JetBlue hi\n';
    put('twitter-airline-sentiment/Tweets.csv', csv);
    const { rows, notes } = airline.load(root);
    expect(rows.map((r) => r.labels[0])).toEqual([
      { target: 'united', polarity: 'neg' },
      { target: 'jetblue', polarity: 'neu' },
    ]);
    expect(notes[0]).toMatch(/^1 repeated/);
  });

  test('semeval: header-less TSV, bare quotes, trailing tabs, malformed lines, topics rolled up', () => {
    const tsv = '10\tiphone\tnegative\tmy "new" iPhone\t\n11\tfleetwood mac\tpositive\tgreat band\t\nbroken line\n12\tgalaxy note 7\tnegative\tit burns\n';
    put('semeval2017-task4-topic/twitter-2015train-BD.tsv', tsv);
    for (const f of ['twitter-2015test-BD.tsv', 'twitter-2016train-BD.tsv', 'twitter-2016dev-BD.tsv', 'twitter-2016devtest-BD.tsv', 'twitter-2016test-BD.tsv', 'SemEval2017-task4-test.subtask-BD.english.txt']) {
      put(`semeval2017-task4-topic/${f}`, f === 'twitter-2016test-BD.tsv' ? '10\tiphone\tnegative\tmy "new" iPhone\t\n' : '');
    }
    const { rows, notes } = semeval.load(root);
    expect(rows.map((r) => [r.id, r.text, r.labels])).toEqual([
      ['10', 'my "new" iPhone', [{ target: 'apple', polarity: 'neg' }]],
      ['11', 'great band', [{ target: null, polarity: 'off' }]],
      ['12', 'it burns', [{ target: 'samsung', polarity: 'neg' }]],
    ]);
    expect(notes).toEqual(['1 malformed lines skipped', '1 repeated tweet ids merged']);
  });

  test('nlpcc: BOM, tab-separated, quoted text holding a tab and a newline, unlabelled rows dropped', () => {
    put('nlpcc2016-stance/evasampledata4-TaskAA.txt', '\uFEFFID\tTARGET\tTEXT\tSTANCE\n1\tIphoneSE\t"价格\t感人\n真的"\tAGAINST\n2\t深圳禁摩限电\t没意见\t\n');
    put('nlpcc2016-stance/NLPCC_2016_Stance_Detection_Task_A_gold.utf8', 'ID\tTARGET\tTEXT\tSTANCE\n1\tiPhone SE\t好看\tFAVOR\n2\t春节放鞭炮\t吵\tAGAINST\n');
    const { rows, notes } = nlpcc.load(root);
    expect(rows.map((r) => [r.id, r.text, r.labels[0]])).toEqual([
      ['train:1', '价格\t感人\n真的', { target: 'apple', polarity: 'neg' }],
      ['gold:1', '好看', { target: 'apple', polarity: 'pos' }],
      ['gold:2', '吵', { target: null, polarity: 'off' }],
    ]);
    expect(notes[0]).toBe('1 unlabelled rows dropped');
  });

  test('c-stance: name-only noun phrases carry the stance; claims and opinion phrases are off-topic; texts merged', () => {
    const header = '\uFEFFText,Target 1,Stance 1,Type\r\n';
    put(
      'c-stance/subtaskA/raw_test_all_onecol.csv',
      header + 'T1,苹果14手机,反对,noun_phrases\r\nT1,华为,支持,noun_phrases\r\nT2,苹果信息泄漏,反对,noun_phrases\r\n"T3\r\nmore",苹果手机很好用,反对,clauses\r\nT4,王者荣耀,中立,noun_phrases\r\n',
    );
    put('c-stance/subtaskA/raw_val_all_onecol.csv', header + 'T1,苹果14手机,反对,noun_phrases\r\n');
    put('c-stance/subtaskB_entertainment_and_consumption/raw_test_all_onecol.csv', '\uFEFFText,Target 1,Stance 1,Domain,In Use,Type\r\nT5,三星集团,中立,x,y,noun_phrases\r\n');
    const { rows, notes } = cStance.load(root);
    expect(rows.map((r) => [r.text, r.labels])).toEqual([
      ['T1', [{ target: 'apple', polarity: 'neg' }, { target: 'huawei', polarity: 'pos' }]],
      ['T2', [{ target: null, polarity: 'off' }]],
      ['T3\r\nmore', [{ target: null, polarity: 'off' }]],
      ['T4', [{ target: null, polarity: 'off' }]],
      ['T5', [{ target: 'samsung', polarity: 'neu' }]],
    ]);
    expect(notes[0]).toBe('1 repeated (text, target) pairs dropped');
  });

  test('sub-labels: brands map to profiles (MAC → apple, 荣耀 → honor)', () => {
    put(
      'hostility-sublabels/zh.csv',
      'source,row_ref,brand,lang,text,sublabel,why\r\nc-stance/x.csv,1,MAC,zh,口红,other,lipstick\r\ncold/train.csv,2,荣耀,zh,王者荣耀,other,game\r\nnlpcc2016-stance/a.txt,3,苹果 (iPhone SE),zh,骗钱,hostile,fraud\r\n',
    );
    const { rows } = sublabelsZh.load(root);
    expect(rows.map((r) => [r.id, r.sub?.brand, r.sub?.value, r.sub?.source])).toEqual([
      ['c-stance#1', 'apple', 'other', 'c-stance'],
      ['cold#2', 'honor', 'other', 'cold'],
      ['nlpcc2016-stance#3', 'apple', 'hostile', 'nlpcc2016-stance'],
    ]);
  });

  test('a missing set is reported as missing, not as a crash', () => {
    expect(() => brandsProductEmotions.load(join(root, 'nowhere'))).toThrow(MissingSetError);
  });
});

describe('user profiles written for the evaluation', () => {
  const dir = fileURLToPath(new URL('../../fixtures/eval-profiles/', import.meta.url));
  test('one file per custom brand, each valid against the profile schema', async () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
    expect(files).toEqual([...CUSTOM].map((b) => `${b}.yaml`).sort());
    for (const file of files) {
      const path = join(dir, file);
      const profile = validateDataFile(path, await parseDataText(path, readFileSync(path, 'utf8')), BrandProfileSchema);
      expect(profile.id).toBe(file.replace(/\.yaml$/, ''));
    }
  });
});
