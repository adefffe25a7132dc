import { z } from 'zod';

/**
 * A brand profile is data: the words that name the brand, its products, its people and its fans, the slurs
 * used for them, and the homonyms that are NOT the brand. Built-in profiles live in ./profiles/*.yaml; users
 * pass their own with `--brand ./acme.yaml`. Every list is matched after the same normalization as post text
 * (width, case, traditional→simplified, separators), so write each term once in its plain form.
 */

const term = z
  .string()
  .trim()
  .min(1, 'a term cannot be empty')
  .max(64, 'a term is at most 64 characters');

const termList = z.array(term).default([]);

export const HomonymContextSchema = z
  .object({
    /** The profile term this context disambiguates, e.g. 米粉. */
    term,
    /** Words that, within `window` characters in the same clause, show the other sense (e.g. 吃, 一碗, 汤). */
    near: z.array(term).min(1),
    /** Words that hold a context word but not its sense (吃相 and 吃瓜 hold 吃 and are not about food). */
    except: z.array(term).default([]),
    window: z.number().int().min(1).max(20).default(6),
    /**
     * Words that show the other sense anywhere in the post (鼻炎 for pollen): every occurrence of the term there
     * takes the other sense, unless the post also names the brand by another of its terms.
     */
    anywhere: z.array(term).default([]),
    /**
     * With `anywhere` words: whether the other sense shown near one occurrence holds for the whole post too (花粉 beside
     * 浓度 makes every 花粉 there pollen). False where a pun plays the two senses against each other (别买苹果了，买点苹果吃吧).
     */
    onePerPost: z.boolean().default(true),
  })
  .strict();

/** A nickname for the company, one of its people or its fans, judged like a name or like a slur. */
export const NicknameSchema = z
  .object({
    term,
    /** Whom it names. */
    of: z.enum(['brand', 'executive', 'fans']),
    /** 'name': another way to name them (某为, 雷布斯); 'slur': derogatory, hostile on its own (余大嘴, 猴厂). */
    as: z.enum(['name', 'slur']).default('name'),
    /**
     * Also an everyday word (烂苹果 is a rotten apple before it is a jibe at Apple): it counts only in a post that
     * names the brand, a product, a person or the fans by another of the profile's terms.
     */
    ambiguous: z.boolean().default(false),
    /**
     * A Latin abbreviation of a Chinese name (hw for 华为): it counts only in a post written with Chinese characters, as
     * `productsInChinese` do; in English it is another word (hardware, homework).
     */
    inChinese: z.boolean().default(false),
  })
  .strict();

export const BrandProfileSchema = z
  .object({
    /** The JSON Schema of the file, for editors (schemas/brand-profile.schema.json); not read by vet. */
    $schema: z.string().optional(),
    /** Stable id, lower-case: used by `--brand <id>` and in reports. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/, 'lower-case letters, digits and dashes, starting with a letter or digit'),
    /** Display name. */
    name: z.string().trim().min(1),
    description: z.string().optional(),
    /** The company or brand itself: target "brand". */
    names: z.array(term).min(1, 'a profile needs at least one name'),
    /** Product lines, sub-brands, services: target "product" (pejoratives here are product criticism). */
    products: termList,
    /**
     * Product names that are everyday English words (pixel, galaxy, "mate 60"): they name the product only in a post
     * written with Chinese characters, where the everyday sense is written in Chinese (像素, 星系) and a Latin word
     * among the characters is a name (买Pixel的, Galaxy用户, Mate 60的信号); in English, only where it is bought or used
     * ("anyone who buys a pixel") or names its users ("galaxy owners").
     */
    productsInChinese: termList,
    /** Executives and spokespeople: target "executive". */
    executives: termList,
    /** Names of the fan community: target "fans". */
    fans: termList,
    /** Slurs for the fans; hostile on their own (rule fan-slur). */
    fanSlurs: termList,
    /** Derogatory names for the brand itself; hostile on their own (rule brand-slur). */
    brandSlurs: termList,
    /** Nicknames, masked names (某为) and mocking names for the company, its people or its fans. */
    nicknames: z.array(NicknameSchema).default([]),
    /** Emoji stand-ins, replaced before matching: "🐒": 猴. Keys are single emoji. */
    emoji: z.record(z.string().min(1).max(16), term).default({}),
    /** Phrases that contain a profile term but mean something else (小米粥, 桂林米粉, "Mi casa"); they cancel it. */
    homonyms: termList,
    /** Context words that show the other sense of an ambiguous term. */
    homonymContexts: z.array(HomonymContextSchema).default([]),
    /** Ids of other profiles (built-in or loaded) whose terms tell vet that hostility is aimed elsewhere. */
    rivals: z.array(z.string()).default([]),
  })
  .strict();

/** A profile as written in a file. */
export type BrandProfileInput = z.input<typeof BrandProfileSchema>;
/** A profile after validation and defaults. */
export type BrandProfile = z.output<typeof BrandProfileSchema>;
