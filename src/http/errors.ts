import { SourceError } from '../errors.js';

/** What went wrong, for adapters that map some failures to their own wording (login walls, not found). */
export type HttpErrorKind =
  | 'connect' // refused, unreachable, DNS
  | 'tls' // certificate problems (often a corporate proxy)
  | 'timeout' // no answer, or the answer did not finish in time
  | 'reset' // the connection was cut mid-answer
  | 'status' // an HTTP status the adapter must interpret (4xx); `status` and `body` are set
  | 'server' // 5xx after every retry
  | 'rate-limited' // 418/429 after every retry, or a Retry-After longer than vet waits
  | 'redirect' // loop, too many, downgrade, or to another host
  | 'refused' // a login wall, visitor wall or captcha
  | 'too-large' // over the size cap (after decompression)
  | 'not-json' // a web page where data was expected
  | 'bad-json' // broken data
  | 'aborted'; // the user stopped vet

/**
 * A failure of the HTTP layer, already worded for the user: `<platform>: <what happened>` plus a hint on
 * what to do. It is a SourceError (exit 3). Messages never contain cookies or tokens: the client redacts
 * them, and URLs never carry them.
 */
export class HttpError extends SourceError {
  readonly kind: HttpErrorKind;
  readonly status: number | undefined;
  /** The URL asked for (never with credentials). */
  readonly url: string;
  /** For `status`: the start of the answer's body, so adapters can read `{"error":...}` documents. */
  readonly body: string | undefined;
  /** For `redirect`/`refused` by redirect: where the server pointed. */
  readonly location: string | undefined;
  /** The system error behind a transport failure (ENOTFOUND, ECONNREFUSED…), when there was one. */
  readonly systemCode: string | undefined;
  constructor(
    platform: string,
    kind: HttpErrorKind,
    message: string,
    opts: { url: string; status?: number; body?: string; location?: string; hint?: string; systemCode?: string },
  ) {
    super(platform, message, opts.hint === undefined ? {} : { hint: opts.hint });
    this.kind = kind;
    this.status = opts.status;
    this.url = opts.url;
    this.body = opts.body;
    this.location = opts.location;
    this.systemCode = opts.systemCode;
  }
}

/** Removes user:password@ from a URL for messages, logs and cache entries. */
export function redactUrl(url: string): string {
  return url.replace(/^(\w+:\/\/)[^/@]*@/, '$1');
}
