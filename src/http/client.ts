import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { Agent, EnvHttpProxyAgent, request, type Dispatcher } from 'undici';
import { PageCache } from '../cache.js';
import type { SourceContext } from '../sources/types.js';
import { httpSettings, type HttpSettings } from './config.js';
import { HttpError, redactUrl, type HttpErrorKind } from './errors.js';
import { parseJsonExact } from './json.js';
import { jsonProblemIn } from '../util/data-file.js';
import { redactor, secretForms, secretsOfEnv } from './secrets.js';
import { backoffMs, hostGate, RETRY_STATUSES, serverWaitMs, sleep } from './retry.js';

/**
 * The one HTTP layer every adapter uses (undici). Per request it:
 * - paces and bounds concurrency per host (shared process-wide, so a batch stays polite);
 * - bounds each attempt by a whole-exchange deadline (connect, headers and the complete body);
 *   an attempt that runs out of time is retried once at most;
 * - retries network errors, 408/418/425/429/5xx with exponential backoff and jitter, honouring
 *   Retry-After (and the platforms' rate-limit reset headers) up to a cap, and fails at once with a clear
 *   message when the server asks for a longer wait;
 * - decompresses gzip/deflate/br itself and stops at the size cap counted after decompression;
 * - follows same-origin redirects only (same scheme, host and port; so never HTTPS→HTTP),
 *   and sends credentials (cookie, bearer token) only to their own origin;
 * - words every failure for the user: platform, what happened, what to do (HttpError, exit 3).
 * Secrets never reach messages, logs or the cache.
 */

export interface Credentials {
  /** `https://weibo.com`: the only origin these headers are ever sent to. */
  origin: string;
  headers: Record<string, string>;
}

export interface Pacing {
  /** Requests in flight per host. */
  concurrency?: number;
  /** Minimum gap between request starts to one host. */
  minIntervalMs?: number;
  /** Random extra gap, 0..jitterMs. */
  jitterMs?: number;
}

/** What the user can do, per kind of failure; adapters word them for their platform. */
export interface Hints {
  network?: string;
  refused?: string;
  rateLimited?: string;
  server?: string;
}

export interface ClientOptions {
  /** Handle prefix (weibo, bsky, ...): the SourceError's platform. */
  platform: string;
  /** How the platform is named in sentences ("Weibo"). */
  label: string;
  ctx: Pick<SourceContext, 'env' | 'log' | 'cache'> & Partial<Pick<SourceContext, 'signal' | 'http'>>;
  credentials?: Credentials;
  /** Sent with every request (Referer, X-Requested-With, Accept). */
  headers?: Record<string, string>;
  pacing?: Pacing;
  hints?: Hints;
  /** Extra statuses to retry (Weibo: 414). */
  retryStatuses?: number[];
  /** A redirect whose target matches means "log in first" (Weibo's passport pages): a refusal, not followed. */
  loginRedirect?: RegExp;
  /** Cache-key variant, so logged-in pages are kept apart from anonymous ones. */
  cacheVariant?: string;
}

export interface HttpResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The URL that answered (after redirects). */
  url: string;
  body: string;
  fromCache: boolean;
}

export interface GetOptions {
  headers?: Record<string, string>;
  /** 'manual' returns 3xx answers to the caller instead of following them. */
  redirect?: 'follow' | 'manual';
  /** Read from / write to the page cache (only 2xx answers that pass `validate`). */
  cache?: boolean;
  /** Throws for answers that must not be used or cached (refusals inside a 200). */
  validate?: (response: HttpResponse) => void;
  /** Non-2xx statuses returned to the caller instead of thrown. */
  allowStatuses?: number[];
}

const DEFAULT_NETWORK_HINT = 'check the internet connection, or the proxy settings (HTTPS_PROXY, NO_PROXY)';
const DEFAULT_RATE_HINT = 'wait a few minutes and run vet again; pages already read are cached';
const ABORT_HINT = 'run vet again to continue; pages already read are cached';
const DEFAULT_SERVER_HINT = 'the platform may be having trouble; try again later';

const dispatchers = new Map<string, Dispatcher>();

function dispatcherFor(s: HttpSettings): Dispatcher {
  const key = JSON.stringify([s.connectTimeoutMs, s.timeoutMs, s.proxy]);
  let dispatcher = dispatchers.get(key);
  if (!dispatcher) {
    const base = { connect: { timeout: s.connectTimeoutMs }, headersTimeout: s.timeoutMs, bodyTimeout: s.timeoutMs, keepAliveTimeout: 4_000 };
    // Empty strings, not undefined: EnvHttpProxyAgent falls back to process.env otherwise, and the
    // environment vet was given (ctx.env) is the only one that counts.
    dispatcher = s.proxy.http || s.proxy.https
      ? new EnvHttpProxyAgent({ ...base, httpProxy: s.proxy.http ?? '', httpsProxy: s.proxy.https ?? s.proxy.http ?? '', noProxy: s.proxy.noProxy ?? '' })
      : new Agent(base);
    dispatchers.set(key, dispatcher);
  }
  return dispatcher;
}

/** Codes of an error and its causes (undici nests the socket error). */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let e = error as { code?: unknown; cause?: unknown; name?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    if (typeof e.code === 'string') codes.push(e.code);
    if (typeof e.name === 'string') codes.push(e.name);
  }
  return codes;
}

class TooLarge extends Error {}
const TIMEOUT = Symbol('vet-timeout');

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

function decoderFor(encoding: string | undefined) {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      return undefined;
  }
}

/** Reads a body, decompressing it, and stops as soon as the decompressed size passes `maxBytes`. */
async function readCapped(body: Readable, encoding: string | undefined, maxBytes: number): Promise<Buffer> {
  const decoder = decoderFor(encoding);
  const chunks: Buffer[] = [];
  let size = 0;
  if (decoder) {
    // The compressed bytes count too: a huge compressed body is stopped before it is even inflated.
    let raw = 0;
    body.on('data', (chunk: Buffer) => {
      raw += chunk.length;
      if (raw > maxBytes) decoder.destroy(new TooLarge());
    });
  }
  const stream: Readable = decoder ? pipeline(body, decoder, () => {}) : body;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw new TooLarge();
      chunks.push(chunk);
    }
  } finally {
    if (size > maxBytes) {
      body.destroy();
      decoder?.destroy();
    }
  }
  return Buffer.concat(chunks);
}

/** Decodes with the charset the server or the XML declaration names (GBK feeds exist); UTF-8 otherwise. */
function decodeText(bytes: Buffer, contentType: string | undefined): string {
  let charset = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  if (!charset) charset = /^\s*<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(bytes.subarray(0, 200).toString('latin1'))?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Headers worth keeping in the cache: what adapters read back. Never anything vet sent. */
const CACHED_HEADERS = ['link', 'content-type'];

export class HttpClient {
  readonly platform: string;
  readonly label: string;
  readonly settings: HttpSettings;
  private readonly opts: ClientOptions;
  private readonly cache: PageCache;
  private readonly credentialOrigin: string | undefined;
  private readonly log: (message: string) => void;

  constructor(opts: ClientOptions) {
    this.opts = opts;
    this.platform = opts.platform;
    this.label = opts.label;
    this.settings = httpSettings(opts.ctx.env, opts.ctx.http);
    this.cache = PageCache.fromContext(opts.ctx);
    this.credentialOrigin = opts.credentials ? new URL(opts.credentials.origin).origin : undefined;
    // Every credential value, and each cookie's value, so no form of a secret survives into a message.
    this.redact = redactor(secretForms([...Object.values(opts.credentials?.headers ?? {}), ...secretsOfEnv(opts.ctx.env)]));
    this.log = (message) => opts.ctx.log(this.redact(message));
  }

  /** Replaces any credential text (this client's, and any secret of the environment) with [redacted]. */
  readonly redact: (text: string) => string;

  /** A worded HttpError of this platform, with secrets redacted. */
  fail(kind: HttpErrorKind, message: string, url: string, extra: { status?: number; body?: string; location?: string; hint?: string; systemCode?: string } = {}): HttpError {
    const hint = extra.hint === undefined ? undefined : this.redact(extra.hint);
    return new HttpError(this.platform, kind, this.redact(message), {
      url: redactUrl(url),
      ...(extra.status !== undefined ? { status: extra.status } : {}),
      ...(extra.body !== undefined ? { body: this.redact(extra.body) } : {}),
      ...(extra.location !== undefined ? { location: redactUrl(extra.location) } : {}),
      ...(hint !== undefined ? { hint } : {}),
      ...(extra.systemCode !== undefined ? { systemCode: extra.systemCode } : {}),
    });
  }

  /** A refusal (login wall, visitor wall, captcha) in the platform's words, with the adapter's hint. */
  refused(message: string, url: string, extra: { status?: number; hint?: string } = {}): HttpError {
    return this.fail('refused', message, url, { ...extra, hint: extra.hint ?? this.opts.hints?.refused ?? 'use --from <file> with a saved history' });
  }

  /** GET with caching, retries, redirects and refusal checks. */
  async get(url: string, opts: GetOptions = {}): Promise<HttpResponse> {
    const cacheKey = opts.cache ? PageCache.key(this.platform, url, this.opts.cacheVariant) : undefined;
    if (cacheKey) {
      const page = await this.cache.get(this.platform, cacheKey);
      if (page) {
        const response: HttpResponse = { status: page.status, headers: page.headers, url: page.url, body: page.body, fromCache: true };
        try {
          opts.validate?.(response);
          this.log(`${this.label}: ${redactUrl(url)} (from the cache)`);
          return response;
        } catch {
          // An entry that no longer validates (older vet) is simply fetched again.
        }
      }
    }
    // A server that echoes a secret back (in a post, a title, an error) gets it redacted before anything reads or keeps it.
    const fetched = await this.fetchFollowing(url, opts);
    const response = { ...fetched, body: this.redact(fetched.body) };
    if (response.status >= 200 && response.status < 300) opts.validate?.(response);
    if (cacheKey && response.status >= 200 && response.status < 300) {
      const headers: Record<string, string> = {};
      for (const name of CACHED_HEADERS) if (response.headers[name]) headers[name] = response.headers[name]!;
      await this.cache.set(this.platform, cacheKey, { url: response.url, status: response.status, headers, body: response.body });
    }
    return response;
  }

  /** GET a JSON document. A web page where data was expected is a refusal (login, visitor or captcha page). */
  async getJson<T = unknown>(url: string, opts: Omit<GetOptions, 'validate'> & { validate?: (value: T, response: HttpResponse) => void } = {}): Promise<{ value: T; response: HttpResponse }> {
    let value: T | undefined;
    const response = await this.get(url, {
      ...opts,
      headers: { accept: 'application/json, text/plain;q=0.5, */*;q=0.1', ...opts.headers },
      validate: (res) => {
        value = this.parseJson<T>(res);
        opts.validate?.(value, res);
      },
    });
    if (response.status < 200 || response.status >= 300) value = undefined;
    return { value: value as T, response };
  }

  parseJson<T>(res: HttpResponse): T {
    const text = res.body.replace(/^\uFEFF/, '').trim();
    if (/^</.test(text)) {
      const title = /<title[^>]*>([^<]{0,80})/i.exec(text)?.[1]?.trim();
      throw this.refused(
        `${hostOf(res.url)} answered with a web page${title ? ` ("${title}")` : ''} where data was expected: usually a login, visitor or captcha page`,
        res.url,
        { status: res.status },
      );
    }
    try {
      return parseJsonExact<T>(text);
    } catch (error) {
      throw this.fail('bad-json', `${hostOf(res.url)} answered with data vet cannot read (invalid JSON: ${jsonProblemIn(error, text)})`, res.url, {
        hint: this.opts.hints?.server ?? DEFAULT_SERVER_HINT,
      });
    }
  }

  private async fetchFollowing(url: string, opts: GetOptions): Promise<HttpResponse> {
    const visited = new Set<string>();
    let current = url;
    for (let hop = 0; ; hop++) {
      visited.add(current);
      const response = await this.fetchRetrying(current, opts);
      const location = response.status >= 300 && response.status < 400 ? response.headers.location : undefined;
      if (!location) {
        if (response.status >= 200 && response.status < 300) return response;
        if (response.status >= 300 && response.status < 400) {
          throw this.fail('redirect', `${hostOf(current)} answered HTTP ${response.status} without saying where to`, current, { hint: this.opts.hints?.server ?? DEFAULT_SERVER_HINT });
        }
        if (opts.allowStatuses?.includes(response.status)) return response;
        throw this.fail('status', `${hostOf(current)} answered HTTP ${response.status}`, current, {
          status: response.status,
          body: response.body.slice(0, 65_536),
          hint: this.opts.hints?.server ?? DEFAULT_SERVER_HINT,
        });
      }
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw this.fail('redirect', `${hostOf(current)} redirected to an address vet cannot read`, current, { hint: this.opts.hints?.server ?? DEFAULT_SERVER_HINT });
      }
      if (this.opts.loginRedirect?.test(next.href)) {
        throw this.refused(`${this.label} redirected to its login or visitor page (${next.host})`, current, { status: response.status });
      }
      if (opts.redirect === 'manual') return response;
      const from = new URL(current);
      if (from.protocol === 'https:' && next.protocol !== 'https:') {
        throw this.fail('redirect', `${hostOf(current)} redirected from HTTPS to ${next.protocol.replace(':', '').toUpperCase()} (${next.host}); vet does not follow a downgrade`, current, {
          location: next.href,
          hint: 'check the address; vet only follows redirects that stay on HTTPS',
        });
      }
      if (next.origin !== from.origin) {
        // file:, data: and the like have no host to name.
        const elsewhere = next.host ? `another host (${next.host})` : `a ${next.protocol} address`;
        throw this.fail('redirect', `${hostOf(current)} redirected to ${elsewhere}; vet does not follow it, so nothing meant for ${from.host} leaves it`, current, {
          location: next.href,
          hint: this.opts.hints?.refused ?? 'if the platform moved, point --endpoint at the new address',
        });
      }
      if (visited.has(next.href) || hop + 1 > this.settings.maxRedirects) {
        throw this.fail('redirect', `${hostOf(url)} redirected in a loop or too many times (${hop + 1} redirects)`, url, {
          hint: this.opts.hints?.server ?? DEFAULT_SERVER_HINT,
        });
      }
      this.log(`${this.label}: ${redactUrl(current)} redirected to ${redactUrl(next.href)}`);
      current = next.href;
    }
  }

  private async fetchRetrying(url: string, opts: GetOptions): Promise<HttpResponse> {
    const s = this.settings;
    const retryStatuses = new Set([...RETRY_STATUSES, ...(this.opts.retryStatuses ?? [])]);
    if (!this.opts.retryStatuses?.includes(414)) retryStatuses.delete(414);
    let timeouts = 0;
    for (let attempt = 0; ; attempt++) {
      let response: HttpResponse;
      try {
        response = await this.attempt(url, opts);
      } catch (error) {
        if (!(error instanceof HttpError) || !isRetryable(error) || attempt >= s.retries) throw error;
        // A server that let a whole deadline pass gets one more chance, not `retries` more: the user waits.
        if (error.kind === 'timeout' && timeouts++ >= 1) throw error;
        const wait = backoffMs(attempt, s.retryBaseMs, s.maxRetryWaitMs);
        this.log(`${this.label}: ${error.detail}; retrying in ${seconds(wait)} (${attempt + 1}/${s.retries})`);
        await this.pause(wait, url);
        continue;
      }
      if (!retryStatuses.has(response.status) || opts.allowStatuses?.includes(response.status)) return response;

      const throttled = response.status === 429 || response.status === 418 || response.status === 414;
      const asked = serverWaitMs(response.headers);
      if (asked !== undefined && asked > s.maxRetryWaitMs) {
        throw this.fail('rate-limited', `${this.label} is limiting requests (HTTP ${response.status}) and asks vet to wait ${seconds(asked)}, longer than vet waits (${seconds(s.maxRetryWaitMs)})`, url, {
          status: response.status,
          hint: this.opts.hints?.rateLimited ?? DEFAULT_RATE_HINT,
        });
      }
      if (attempt >= s.retries) {
        throw throttled
          ? this.fail('rate-limited', `${this.label} is limiting requests (HTTP ${response.status}, still after ${attempt + 1} attempt${attempt ? 's' : ''})`, url, {
              status: response.status,
              hint: this.opts.hints?.rateLimited ?? DEFAULT_RATE_HINT,
            })
          : this.fail('server', `${hostOf(url)} kept failing (HTTP ${response.status}, ${attempt + 1} attempt${attempt ? 's' : ''})`, url, {
              status: response.status,
              hint: this.opts.hints?.server ?? DEFAULT_SERVER_HINT,
            });
      }
      const wait = asked ?? backoffMs(attempt, s.retryBaseMs, s.maxRetryWaitMs);
      this.log(`${this.label}: HTTP ${response.status} from ${hostOf(url)}; retrying in ${seconds(wait)} (${attempt + 1}/${s.retries})`);
      await this.pause(wait, url);
    }
  }

  private async pause(ms: number, url: string): Promise<void> {
    try {
      await sleep(ms, this.opts.ctx.signal);
    } catch {
      throw this.fail('aborted', 'stopped before the history was read', url, { hint: ABORT_HINT });
    }
  }

  /** One exchange under one deadline. Returns any status; throws HttpError on transport failures. */
  private async attempt(url: string, opts: GetOptions): Promise<HttpResponse> {
    const s = this.settings;
    const target = new URL(url);
    const p = this.opts.pacing ?? {};
    const minIntervalMs = s.minIntervalMs ?? p.minIntervalMs ?? 0;
    const jitterMs = s.minIntervalMs !== undefined ? 0 : (p.jitterMs ?? 0);
    const userSignal = this.opts.ctx.signal;
    let release: () => void;
    try {
      release = await hostGate(target.host).acquire({ concurrency: p.concurrency ?? 2, minIntervalMs, jitterMs }, userSignal);
    } catch {
      throw this.fail('aborted', 'stopped before the history was read', url, { hint: ABORT_HINT });
    }

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(TIMEOUT), s.timeoutMs);
    const onUserAbort = () => controller.abort(userSignal?.reason);
    userSignal?.addEventListener('abort', onUserAbort, { once: true });
    let phase: 'connect' | 'body' = 'connect';
    const started = Date.now();
    try {
      const headers: Record<string, string> = {
        'user-agent': s.userAgent,
        'accept-encoding': 'gzip, deflate, br',
        ...this.opts.headers,
        ...opts.headers,
      };
      // Credentials only ever go to their own origin, whatever redirects or endpoints say.
      if (this.opts.credentials && target.origin === this.credentialOrigin) Object.assign(headers, this.opts.credentials.headers);
      const res = await request(target, { method: 'GET', headers, signal: controller.signal, dispatcher: dispatcherFor(s) });
      phase = 'body';
      const resHeaders = flattenHeaders(res.headers);
      if (res.statusCode >= 300 && res.statusCode < 400 && resHeaders.location) {
        await res.body.dump({ limit: 65_536 }).catch(() => {});
        this.log(`${this.label}: GET ${redactUrl(url)} → ${res.statusCode}`);
        return { status: res.statusCode, headers: resHeaders, url, body: '', fromCache: false };
      }
      const bytes = await readCapped(res.body, resHeaders['content-encoding'], s.maxBytes);
      this.log(`${this.label}: GET ${redactUrl(url)} → ${res.statusCode} (${Math.round(bytes.length / 1024)} KB, ${Date.now() - started} ms)`);
      return { status: res.statusCode, headers: resHeaders, url, body: decodeText(bytes, resHeaders['content-type']), fromCache: false };
    } catch (error) {
      throw this.transportError(error, url, phase, controller.signal);
    } finally {
      clearTimeout(timer);
      userSignal?.removeEventListener('abort', onUserAbort);
      release();
    }
  }

  private transportError(error: unknown, url: string, phase: 'connect' | 'body', signal: AbortSignal): HttpError {
    if (error instanceof HttpError) return error;
    const host = hostOf(url);
    const s = this.settings;
    const network = this.opts.hints?.network ?? DEFAULT_NETWORK_HINT;
    if (error instanceof TooLarge || errorCodes(error).includes('UND_ERR_RES_EXCEEDED_MAX_SIZE')) {
      return this.fail('too-large', `the answer from ${host} is larger than ${Math.round(s.maxBytes / 1024 / 1024 * 10) / 10} MB (counted after decompression); vet stopped reading it`, url, {
        hint: 'if such large pages are expected, raise VET_HTTP_MAX_BYTES',
      });
    }
    if (signal.aborted && signal.reason !== TIMEOUT) return this.fail('aborted', 'stopped before the history was read', url, { hint: ABORT_HINT });
    const codes = errorCodes(error);
    const has = (...names: string[]) => names.some((n) => codes.includes(n));
    if (signal.aborted || has('UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT')) {
      if (has('UND_ERR_CONNECT_TIMEOUT')) return this.fail('timeout', `could not connect to ${host} within ${seconds(s.connectTimeoutMs)}`, url, { hint: network });
      return phase === 'body' || has('UND_ERR_BODY_TIMEOUT')
        ? this.fail('timeout', `${host} started answering but did not finish within ${seconds(s.timeoutMs)}`, url, { hint: this.opts.hints?.server ?? DEFAULT_SERVER_HINT })
        : this.fail('timeout', `${host} did not answer within ${seconds(s.timeoutMs)}`, url, { hint: network });
    }
    if (has('ECONNREFUSED')) return this.fail('connect', `could not connect to ${host} (connection refused)`, url, { hint: network });
    if (has('ENOTFOUND')) return this.fail('connect', `cannot find the host ${host} (DNS lookup failed)`, url, { hint: network, systemCode: 'ENOTFOUND' });
    if (has('EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN')) return this.fail('connect', `cannot reach ${host} (${codes[0]})`, url, { hint: network });
    if (codes.some((c) => /^(CERT_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|ERR_TLS|ERR_SSL|HOSTNAME_MISMATCH)/.test(c) || c === 'ERR_TLS_CERT_ALTNAME_INVALID')) {
      return this.fail('tls', `the secure connection to ${host} failed (${codes.find((c) => c.includes('_')) ?? 'TLS error'})`, url, {
        hint: 'behind a corporate proxy that inspects HTTPS, point NODE_EXTRA_CA_CERTS at its certificate',
      });
    }
    if (has('Z_DATA_ERROR', 'Z_BUF_ERROR', 'ERR__ERROR_FORMAT_PADDING_1')) {
      return this.fail('reset', `the answer from ${host} arrived damaged (broken compression)`, url, { hint: this.opts.hints?.server ?? DEFAULT_SERVER_HINT });
    }
    if (has('ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED') || phase === 'body') {
      return this.fail('reset', phase === 'body' ? `the connection to ${host} was cut off mid-answer` : `the connection to ${host} was closed before it answered`, url, { hint: network });
    }
    return this.fail('connect', `could not read from ${host} (${codes[0] ?? (error as Error)?.message ?? 'unknown error'})`, url, { hint: network });
  }
}

function isRetryable(error: HttpError): boolean {
  if (error.kind === 'timeout' || error.kind === 'reset') return true;
  return error.kind === 'connect' && error.systemCode !== 'ENOTFOUND';
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** `base` + `path` + query, keeping a path prefix in the base (a gateway such as https://gw.example/weibo). */
export function buildUrl(base: string, path: string, query: Record<string, string | number | boolean | undefined> = {}): string {
  const url = new URL(base.replace(/\/+$/, '') + path);
  for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, String(value));
  return url.href;
}
