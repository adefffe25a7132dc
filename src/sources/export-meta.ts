import { z } from 'zod';
import { InputError } from '../errors.js';
import type { Coded, Coverage } from '../types.js';
import { issueText, valueAt } from '../util/issue-text.js';

/**
 * The metadata lines of a `vet export` file (README: "Export"), so a re-vet with --from knows whose history it is
 * and how much of it the export read. Format 1:
 *   first line  {"vetExport":1,"part":"head","subject":{handle,platform,displayName?},"exportedAt","vetVersion","since"?}
 *   last line   {"vetExport":1,"part":"end","posts":N,"coverage":{postsRead,partial,notes:[{code,args}]}}
 * The coverage is known only once the history has been read, so it closes the file; a head without an end means
 * the export was cut short. Files without these lines (older exports, hand-made histories) read as before.
 */
export const EXPORT_FORMAT = 1;
export const EXPORT_KEY = 'vetExport';

const coded = z.object({ code: z.string().min(1), args: z.record(z.string(), z.union([z.string(), z.number()])) });

const HeadSchema = z.object({
  vetExport: z.literal(EXPORT_FORMAT),
  part: z.literal('head'),
  subject: z.object({ handle: z.string().min(1), platform: z.string().min(1), displayName: z.string().optional() }),
  exportedAt: z.string().optional(),
  vetVersion: z.string().optional(),
  since: z.string().optional(),
});

const EndSchema = z.object({
  vetExport: z.literal(EXPORT_FORMAT),
  part: z.literal('end'),
  posts: z.number().int().min(0),
  coverage: z.object({ postsRead: z.number().int().min(0), partial: z.boolean(), notes: z.array(coded) }),
});

export type ExportHead = z.output<typeof HeadSchema>;
export type ExportEnd = z.output<typeof EndSchema>;

/** Whether a parsed line is a metadata line (it has the `vetExport` key). */
export function isExportMeta(value: object): boolean {
  return EXPORT_KEY in value;
}

/** A metadata line, checked; an error names the file, the line and the field. */
export function readExportMeta(value: Record<string, unknown>, file: string, line: number): ExportHead | ExportEnd {
  const format = value[EXPORT_KEY];
  if (typeof format === 'number' && format > EXPORT_FORMAT) {
    throw new InputError(`${file}:${line}: an export of format ${format}, written by a newer vet; this vet reads format ${EXPORT_FORMAT}`, { hint: 'update vet, or export the history again with this version' });
  }
  const schema = value.part === 'end' ? EndSchema : HeadSchema;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.length ? `"${issue.path.join('.')}"` : 'the line';
  throw new InputError(`${file}:${line}: a vet export metadata line: ${field} ${issueText(issue, valueAt(value, issue.path))}`);
}

/** The metadata lines of one file, gathered as they are read. */
export class ExportMeta {
  head: ExportHead | undefined;
  private heads = 0;
  private readonly ends: ExportEnd[] = [];

  add(meta: ExportHead | ExportEnd): void {
    if (meta.part === 'head') {
      this.head ??= meta;
      this.heads++;
    } else this.ends.push(meta);
  }

  /** Adds what the export's closing lines say to the re-vet's coverage: partial, and the export's own notes. */
  applyTo(coverage: Coverage): void {
    for (const end of this.ends) {
      if (end.coverage.partial) coverage.partial = true;
      for (const note of end.coverage.notes as Coded[]) coverage.notes.push({ code: note.code, args: { ...note.args } });
    }
    if (this.heads > this.ends.length) {
      coverage.partial = true;
      coverage.notes.push({ code: 'export-cut', args: { handle: this.head?.subject.handle ?? '' } });
    }
  }
}

/** The first line of an export. */
export function exportHead(subject: { handle: string; platform: string; displayName?: string | undefined }, opts: { exportedAt: string; vetVersion: string; since?: Date | undefined }): ExportHead {
  return {
    vetExport: EXPORT_FORMAT,
    part: 'head',
    subject: { handle: subject.handle, platform: subject.platform, ...(subject.displayName ? { displayName: subject.displayName } : {}) },
    exportedAt: opts.exportedAt,
    vetVersion: opts.vetVersion,
    ...(opts.since ? { since: opts.since.toISOString() } : {}),
  };
}

/** The last line of an export. */
export function exportEnd(posts: number, coverage: Coverage): ExportEnd {
  return {
    vetExport: EXPORT_FORMAT,
    part: 'end',
    posts,
    coverage: { postsRead: coverage.postsRead, partial: coverage.partial, notes: coverage.notes.map((n) => ({ code: n.code, args: { ...n.args } })) },
  };
}
