import { safeLine } from '../report/sanitize.js';
import type { SourceContext } from '../sources/types.js';
import { parseSince } from '../util/since.js';
import type { SourceFlags } from './flags.js';
import type { CliIO } from './io.js';
import { parseEndpoints } from './options.js';

export const DEFAULT_LIMIT = 2000;

/** Builds the source context shared by `vet`, `vet export`, `vet check` and `vet batch`. */
export function sourceContext(options: Partial<SourceFlags>, io: CliIO, now: Date): SourceContext {
  return {
    ...(options.since !== undefined ? { since: parseSince(options.since, now) } : {}),
    limit: options.limit ?? DEFAULT_LIMIT,
    endpoints: parseEndpoints(options.endpoint ?? [], io.env),
    env: io.env,
    cache: { enabled: options.cache !== false, refresh: options.refresh === true },
    ...(io.signal ? { signal: io.signal } : {}),
    log: options.verbose === true ? (message) => io.stderr.write(`vet: ${safeLine(message)}\n`) : () => {},
    now,
    cwd: io.cwd,
  };
}
