import { z } from 'zod';
import { CATEGORIES, SEVERITIES, TARGETS, VERDICT_LEVELS, type VetReport } from '../types.js';

/**
 * The `vet --format json` document (schemaVersion 1) as a zod schema, for its JSON Schema
 * (schemas/report.schema.json, written by `npm run schemas` through src/json-schemas.ts). It mirrors `VetReport`
 * in src/types.ts (a compile-time check below keeps the two together); vet never parses its own reports with it.
 * Objects are open: consumers must ignore keys they do not know, and newer reports may add some.
 */

const coded = z
  .object({
    code: z.string().describe('A stable code (see the README, The JSON report).'),
    args: z.record(z.string(), z.union([z.string(), z.number()])).describe('The arguments the code is worded with.'),
  })
  .describe('A result as data: a code and its arguments.');

const isoInstant = (what: string) => z.string().describe(`${what} (ISO 8601).`);

const finding = z
  .object({
    postId: z.string().describe('The id of the post, as the platform or file gave it.'),
    ruleId: z.string().describe('The rule that matched (see vet rules).'),
    category: z.enum(CATEGORIES).describe('The kind of hostility.'),
    severity: z.enum(SEVERITIES).describe('How bad the finding is; medium and above make a post hostile.'),
    target: z.enum(TARGETS).describe('Whom the finding is aimed at.'),
    excerpt: z.string().describe('A quote of the post around the match (a substring of the post).'),
    targetFrom: z.literal('context').optional().describe('Set when the target is named only by the post this one replies to, reposts or quotes.'),
    agrees: z
      .object({ quote: z.string().describe("That post's words the finding rests on (at most 120 characters).") })
      .optional()
      .describe('Set when the post only agrees with the post it replies to, reposts or quotes ("exactly this", +1), making it its own.'),
    excerptStart: z.number().int().describe('Offset of the excerpt in the post (UTF-16): the match is at span.start - excerptStart within it.'),
    excerptCut: z
      .object({
        before: z.boolean().describe('The post has more text before the excerpt.'),
        after: z.boolean().describe('The post has more text after the excerpt.'),
      })
      .optional()
      .describe('Whether the excerpt is cut (added within schema 1).'),
    url: z.string().optional().describe('The post on its platform.'),
    createdAt: isoInstant('When the post was written').optional(),
    description: z.string().describe('What the rule means, in plain words.'),
    matched: z.string().describe('The matched words exactly as written in the post.'),
    span: z
      .object({
        start: z.number().int().describe('Start offset (UTF-16) in the original text.'),
        end: z.number().int().describe('End offset (UTF-16, exclusive).'),
      })
      .describe('Where the match is in the original text.'),
    fingerprint: z.string().describe('Stable id: <platform>:<post id>:<rule>:<hash of the normalized match>.'),
    isRepost: z.boolean().optional().describe('The post is a repost of someone else\'s words.'),
    from: z.enum(['alt', 'card']).optional().describe('The match is in an image\'s alt text or a link card attached to the post, not in its body.'),
    ignored: z
      .object({
        reason: z.string().describe('Why a reviewer accepted it.'),
        by: z.string().optional().describe('Who accepted it.'),
        expires: z.string().optional().describe('The day after which it counts again.'),
      })
      .optional()
      .describe('Set when a reviewed-findings entry accepted the finding.'),
  })
  .describe('One piece of evidence: a rule that matched a post.');

const changedPost = z
  .object({
    postId: z.string().describe('The id of the post.'),
    url: z.string().optional().describe('The post on its platform.'),
    createdAt: isoInstant('When the post was written').optional(),
    lastSeen: isoInstant('When an audit last saw the post as stored'),
    quote: z.string().describe('The stored text (at most 280 characters).'),
    now: z.string().optional().describe('For an edited post: its text now (at most 280 characters).'),
    hostile: z
      .array(
        z
          .object({
            ruleId: z.string().describe('The rule that matched.'),
            category: z.enum(CATEGORIES).describe('The kind of hostility.'),
            severity: z.enum(SEVERITIES).describe('How bad it is.'),
            excerpt: z.string().describe('A quote around the match.'),
            fingerprint: z.string().describe('The finding\'s stable id.'),
          })
          .describe('A hostile finding of the stored text.'),
      )
      .describe('Hostile findings of the stored text (for an edit, those the edit removed).'),
  })
  .describe('A post an earlier audit saw that is now gone or has another text.');

export const ReportSchema = z
  .object({
    schemaVersion: z.literal(1).describe('The report format version: 1. New keys may be added within it; existing ones keep their meaning.'),
    subject: z
      .object({
        handle: z.string().describe('The account or file vetted.'),
        platform: z.string().describe('weibo, bsky, mastodon, x, rss or file.'),
      })
      .describe('Whose history was vetted.'),
    brand: z
      .object({
        id: z.string().describe('The profile id (built-in or from a profile file).'),
        name: z.string().describe('The brand\'s display name.'),
      })
      .describe('The brand the history was read for.'),
    window: z
      .object({
        from: z.string().nullable().describe('The oldest post scanned (ISO 8601), or null.'),
        to: z.string().nullable().describe('The newest post scanned (ISO 8601), or null.'),
        postsScanned: z.number().int().describe('Posts scanned.'),
        since: z.string().optional().describe('With --since: the window\'s start (ISO 8601).'),
        postsBefore: z.number().int().optional().describe('With --since: posts read but left out as older.'),
      })
      .describe('The posts scanned and the dates they span.'),
    verdict: z
      .object({
        level: z.enum(VERDICT_LEVELS).describe('low, medium, high, critical, or insufficient-data when too little was read to judge.'),
        score: z.number().describe('0 to 100.'),
        reasons: z.array(z.string()).describe('The reasons as sentences, most important first.'),
        reasonCodes: z.array(coded).optional().describe('The same reasons as codes with arguments, in the same order.'),
        decision: z.string().optional().describe('The recommendation in one line.'),
        decisionCode: coded.optional().describe('The decision as a code with arguments.'),
      })
      .describe('The overall risk verdict.'),
    findings: z.array(finding).describe('Every hostile finding, and at most 500 product-criticism and relationship findings.'),
    errors: z
      .array(
        z
          .object({
            code: z.string().describe('The kind of error.'),
            message: z.string().describe('What went wrong, in words.'),
          })
          .describe('An error met while vetting.'),
      )
      .describe('Errors met while vetting.'),
    coverage: z
      .object({
        postsRead: z.number().int().describe('Posts the source read.'),
        partial: z.boolean().describe('The source stopped before the start of the window (page limit, hidden posts, refusal).'),
        notes: z.array(z.string()).describe('Coverage notes as sentences.'),
        noteCodes: z.array(coded).optional().describe('The same notes as codes with arguments.'),
        fromStore: z.number().int().optional().describe('Posts that came from the audit store instead of the platform.'),
      })
      .optional()
      .describe('How much of the history was read.'),
    stats: z
      .object({
        hostilePosts: z.number().int().describe('Posts with a hostile finding that counts.'),
        criticismPosts: z.number().int().describe('Posts with product criticism.'),
        reposts: z.number().int().describe('Reposts among the posts scanned.'),
        ignoredFindings: z.number().int().describe('Findings a reviewer accepted.'),
        omittedMinorFindings: z.number().int().optional().describe('Product-criticism and relationship findings counted but not listed.'),
      })
      .optional()
      .describe('Counts.'),
    timeline: z
      .object({
        months: z
          .array(
            z
              .object({
                month: z.string().describe('The calendar month (UTC), e.g. 2026-08.'),
                posts: z.number().int().describe('Posts read that month.'),
                hostile: z.number().int().describe('Posts with a hostile finding that counts.'),
                criticism: z.number().int().describe('Posts with product criticism.'),
              })
              .describe('One month with posts.'),
          )
          .describe('Months with posts, oldest first.'),
        undated: z.number().int().describe('Posts without a date.'),
      })
      .optional()
      .describe('Posts per calendar month of the window, for the timeline chart.'),
    generatedAt: isoInstant('When the report was made').optional(),
    vetVersion: z.string().optional().describe('The version of vet that made the report.'),
    changes: z
      .object({
        previous: z
          .object({
            at: isoInstant('When the previous audit was made'),
            brand: z.string().describe('The brand it was made for.'),
            level: z.enum(VERDICT_LEVELS).describe('Its level.'),
            score: z.number().describe('Its score.'),
          })
          .describe('The subject\'s previous audit (any brand).'),
        newPosts: z.number().int().describe('Posts new since then.'),
        newHostile: z.number().int().optional().describe('Hostile findings not in the previous audit for the same brand.'),
        deleted: z.array(changedPost).describe('Posts seen before that are now gone.'),
        edited: z.array(changedPost).describe('Posts seen before that now have another text.'),
      })
      .optional()
      .describe('Changes since the subject\'s last audit (the audit store).'),
  })
  .describe('A vet report (vet --format json), schemaVersion 1.');

// Every report vet writes is valid under the schema: VetReport must be assignable to it.
type Assignable<T extends U, U> = T;
export type ReportSchemaCoversVetReport = Assignable<VetReport, z.input<typeof ReportSchema>>;
