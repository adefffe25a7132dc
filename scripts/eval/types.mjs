// Shared JSDoc types of the evaluation (no runtime code).

/**
 * What a set's label says about one target.
 * 'off' = off-topic, irrelevant, or a label whose direction toward the brand is unknown (claim targets).
 * @typedef {'pos' | 'neu' | 'neg' | 'off'} Polarity
 */

/**
 * @typedef {object} Label
 * @property {string | null} target brand key ('apple', 'united', 'twitter'…); '*' = the label holds toward
 *   every brand (a "no emotion" tweet, a COLD/OLID/review row that names none); null = a target that is no brand.
 * @property {Polarity} polarity
 */

/**
 * @typedef {object} SubLabel
 * @property {string} brand brand key the sub-label is judged toward
 * @property {'hostile' | 'criticism' | 'other'} value
 * @property {string} source the source set (first path segment of the `source` column)
 * @property {string} why the annotator's reason (printed in --errors mode only)
 * @property {boolean} [explicit] thread sets: the comment itself names its target
 */

/**
 * One post of a set. Texts are held only while the set is evaluated.
 * @typedef {object} EvalRow
 * @property {string} id where the row is in its source (file:record index, tweet id…)
 * @property {string} text
 * @property {Label[]} labels
 * @property {SubLabel} [sub]
 * @property {string} [context] the text the row replies to, given to vet as the post's context
 */

/**
 * One line of the table: the brands a post is vetted for. With several brands, a post counts as flagged
 * when any of them flags it (e.g. "other phone brands").
 * @typedef {object} Mapping
 * @property {string} key shown in the brand column
 * @property {string[] | 'own'} brands brand keys; 'own' = each sub-labelled row's own brand
 * @property {(row: EvalRow) => boolean} [filter] rows of the set this line covers (default all)
 * @property {(row: EvalRow) => string | undefined} [context] the context each row is vetted with on this line
 *   (information only: such a line counts toward no target)
 */

/**
 * @typedef {object} EvalSet
 * @property {string} id folder name under eval-data
 * @property {'en' | 'zh'} lang
 * @property {string} licence short licence note (measurement only, whatever it says)
 * @property {string} mapping how labels become buckets, and what counts as "wrong brand", in a sentence
 * @property {Mapping[]} mappings
 * @property {boolean} [sublabels] true for the hostility sub-label files (precision/recall of "hostile")
 * @property {boolean} [thread] true for real comment-thread sets (own targets; not pooled into the language summary)
 * @property {(dir: string) => { rows: EvalRow[], notes: string[] }} load dir = the eval-data root
 */

export {};
