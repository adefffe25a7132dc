import { UsageError } from '../errors.js';
import { closest } from '../util/did-you-mean.js';

/**
 * `--columns id=post_id,text=content,createdAt=date` (and `columns:` in a proposal): which CSV column holds which
 * field, for history CSVs whose columns have other names (listening tools' exports). Kept small and free of heavy
 * imports: it is checked when the flag is read.
 */

/** The CSV columns vet reads (README "History files"); a map's keys are some of these. */
export const CSV_NUMBERS = ['likes', 'reposts', 'comments', 'views'] as const;
export const CSV_CONTEXT = { kind: 'contextKind', text: 'contextText', author: 'contextAuthor', url: 'contextUrl' } as const;
export const CSV_COLUMNS = ['id', 'text', 'createdAt', 'url', 'platform', 'author', 'isRepost', 'repostOf', ...CSV_NUMBERS, ...Object.values(CSV_CONTEXT)] as const;

/** Field → the CSV column that holds it. */
export type ColumnMap = Record<string, string>;

/** Problems with a map as words (unknown field, a field or column named twice), or none. */
export function columnMapProblems(map: ColumnMap): string[] {
  const problems: string[] = [];
  const columns = new Map<string, string>();
  for (const [field, column] of Object.entries(map)) {
    if (!(CSV_COLUMNS as readonly string[]).includes(field)) {
      const near = closest(field, CSV_COLUMNS);
      problems.push(`"${field}" is not a field vet reads${near ? ` (did you mean "${near}"?)` : ''}; the fields are ${CSV_COLUMNS.join(', ')}`);
    }
    if (!column.trim()) problems.push(`${field}= names no column`);
    const other = columns.get(column);
    if (other !== undefined) problems.push(`the column "${column}" is mapped to both ${other} and ${field}`);
    columns.set(column, field);
  }
  return problems;
}

/** Parses `--columns field=column,field=column`; a problem is a usage error naming the flag. */
export function parseColumnsFlag(spec: string): ColumnMap {
  const map: ColumnMap = {};
  for (const pair of spec.split(',')) {
    if (!pair.trim()) continue;
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--columns "${pair.trim()}" should look like field=column, e.g. --columns id=post_id,text=content,createdAt=date`);
    const field = pair.slice(0, eq).trim();
    if (field in map) throw new UsageError(`--columns names ${field} twice`);
    map[field] = pair.slice(eq + 1).trim();
  }
  if (Object.keys(map).length === 0) throw new UsageError('--columns maps nothing; e.g. --columns id=post_id,text=content,createdAt=date');
  const problems = columnMapProblems(map);
  if (problems.length) throw new UsageError(`--columns: ${problems[0]}`);
  return map;
}
