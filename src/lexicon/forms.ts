/**
 * Other ways people write a cue term, which the normalizer (src/text/normalize.ts) does not fold because
 * folding them in post text would blur ordinary words. The scanner adds each form beside the term, with the
 * term's kinds; a form that is already a term of the lexicon stays that term.
 *
 * - A phrase hyphenated ("rip-off", "piece-of-shit") or run together, as in a hashtag ("#falseadvertising");
 *   run together only when seven letters or more, so short phrases do not become words ("can die" is no "candie").
 * - A drawn-out letter: the normalizer folds a run of three or more into one ("offffff" → "of", "idioooots" →
 *   "idiots"), which loses a doubled letter; the form with doubled letters single ("fuck of") is added when it
 *   stays six characters or more or is a phrase ("ass" must not become "as", nor "robbed" "robed").
 * - A masked curse: the profane words below, written with symbols for letters ("f*ck", "sh!t", "a$$hole").
 * - A word of the phrase in its common short form: "ppl" for "people" ("stupid ppl", "apple ppl").
 * - In Chinese, an adverb inside a noun + predicate idiom (脑子都有问题, 智商真低).
 */

/**
 * Chinese idioms of the shape noun + predicate (脑子有问题, 智商低, 素质差): people put an adverb between the two
 * (脑子都有问题, 智商真低, 良心确实被狗吃了). Each term that starts with one of these nouns gets a form with each adverb.
 */
export const ADVERB_SLOTS: { nouns: readonly string[]; adverbs: readonly string[] } = {
  nouns: ['脑子', '脑袋', '智商', '素质', '良心'],
  adverbs: ['都', '也', '真', '真的', '确实', '是', '就是', '肯定', '怕是', '估计', '绝对', '简直', '实在'],
};

/** Profane words and how people mask them; every term that holds one gets the masked spellings too. */
export const MASKS: Readonly<Record<string, readonly string[]>> = {
  fuck: ['f*ck', 'f**k', 'fu*k', 'f***', 'f*k', 'f@ck', 'fvck', 'phuck'],
  shit: ['sh*t', 's**t', 'sh!t', '$hit', 'sh1t', 's***'],
  bitch: ['b*tch', 'b**ch', 'b!tch', 'b1tch'],
  ass: ['a**', 'a$$', '@ss'],
  cunt: ['c*nt', 'c**t'],
  dick: ['d*ck', 'd**k'],
  damn: ['d*mn', 'd**n'],
  scam: ['sc*m', 'sc@m', '$cam'],
  crap: ['cr*p', 'cr@p'],
};

/** Words written short as often as in full; every term that holds one as a word gets the short form too. */
export const SHORT_FORMS: Readonly<Record<string, string>> = { people: 'ppl' };
const SHORTENINGS = Object.entries(SHORT_FORMS).map(([word, short]) => ({ word: new RegExp(`\\b${word}\\b`, 'g'), short }));

const LATIN = /^[a-z0-9' .&$@*!-]+$/;
const MIN_JOINED = 7;
const MIN_SINGLED = 6;

/** The other written forms of a normalized term, without the term itself. */
export function writtenForms(term: string): string[] {
  if (!LATIN.test(term) || !/[a-z]/.test(term)) return chineseForms(term);
  const forms = new Set<string>();
  const spellings = [term];
  for (const [word, masks] of Object.entries(MASKS)) {
    const at = term.indexOf(word);
    if (at < 0) continue;
    for (const mask of masks) spellings.push(term.slice(0, at) + mask + term.slice(at + word.length));
  }
  for (const { word, short } of SHORTENINGS) {
    const shortened = term.replace(word, short);
    if (shortened !== term) spellings.push(shortened);
  }
  for (const spelling of spellings) {
    forms.add(spelling);
    if (spelling.includes(' ')) {
      forms.add(spelling.replace(/ /g, '-'));
      const joined = spelling.replace(/ /g, '');
      if (joined.length >= MIN_JOINED) forms.add(joined);
    }
  }
  const singled = term.replace(/([a-z])\1/g, '$1');
  if (singled !== term && (singled.includes(' ') || singled.length >= MIN_SINGLED)) forms.add(singled);
  forms.delete(term);
  return [...forms];
}

/** A noun + predicate idiom with an adverb between them (脑子都有问题); nothing for other Chinese terms. */
function chineseForms(term: string): string[] {
  const noun = ADVERB_SLOTS.nouns.find((n) => term.startsWith(n) && term.length > n.length);
  if (!noun) return [];
  const rest = term.slice(noun.length);
  return ADVERB_SLOTS.adverbs.filter((a) => !rest.startsWith(a)).map((a) => noun + a + rest);
}

