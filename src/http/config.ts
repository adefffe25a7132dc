import { UsageError } from '../errors.js';
import { vetVersion } from '../version.js';

/**
 * Limits of the one HTTP layer every adapter uses. Defaults suit a real platform; tests and the
 * robustness suite shrink them through `SourceContext.http` or the VET_HTTP_* variables below.
 */
export interface HttpSettings {
  /** Whole-attempt deadline: connect + headers + the complete body. A slow drip ends here too. */
  timeoutMs: number;
  /** Connect (TCP + TLS) deadline; never longer than timeoutMs. */
  connectTimeoutMs: number;
  /** Retries after the first attempt, on network errors, 408/418/425/429 and 5xx. */
  retries: number;
  /** First backoff step; doubles each retry, with jitter. */
  retryBaseMs: number;
  /** The longest vet waits before one retry; a longer Retry-After fails at once with a clear message. */
  maxRetryWaitMs: number;
  /** Largest answer read, after decompression (a gzip bomb stops here). */
  maxBytes: number;
  /** Overrides every adapter's own pacing (minimum gap between requests to one host). */
  minIntervalMs?: number;
  /** Redirects followed per request. */
  maxRedirects: number;
  userAgent: string;
  /** Proxy settings from HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case). */
  proxy: { http?: string; https?: string; noProxy?: string };
}

export const HTTP_DEFAULTS = {
  timeoutMs: 30_000,
  connectTimeoutMs: 10_000,
  retries: 3,
  retryBaseMs: 1_000,
  maxRetryWaitMs: 60_000,
  maxBytes: 16 * 1024 * 1024,
  maxRedirects: 5,
} as const;

/** Variables that tune the layer; documented in the README "Sources" section. */
export const HTTP_ENV = {
  timeoutMs: 'VET_HTTP_TIMEOUT_MS',
  connectTimeoutMs: 'VET_HTTP_CONNECT_TIMEOUT_MS',
  retries: 'VET_HTTP_RETRIES',
  retryBaseMs: 'VET_HTTP_RETRY_BASE_MS',
  maxRetryWaitMs: 'VET_HTTP_MAX_WAIT_MS',
  maxBytes: 'VET_HTTP_MAX_BYTES',
  minIntervalMs: 'VET_HTTP_MIN_INTERVAL_MS',
} as const;

export type HttpOverrides = Partial<Omit<HttpSettings, 'proxy'>>;

/** The longest delay a Node timer holds (2^31 - 1 ms, about 24.8 days): a longer one fires after 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;

function envNumber(env: Record<string, string | undefined>, name: string, min: number, max = MAX_TIMER_MS): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    throw new UsageError(`${name}="${raw}" is not a whole number from ${min} to ${max}`);
  }
  return Number(raw);
}

export function defaultUserAgent(): string {
  return `vet/${vetVersion()} (influencer vetting CLI; reads public posts; https://www.npmjs.com/package/vet)`;
}

/** Explicit overrides (tests, batch) win over VET_HTTP_* variables, which win over the defaults. */
export function httpSettings(env: Record<string, string | undefined>, overrides: HttpOverrides = {}): HttpSettings {
  const pick = (key: keyof typeof HTTP_ENV, min: number): number | undefined => overrides[key] ?? envNumber(env, HTTP_ENV[key], min);
  const timeoutMs = pick('timeoutMs', 1) ?? HTTP_DEFAULTS.timeoutMs;
  const minIntervalMs = pick('minIntervalMs', 0);
  const proxyVar = (name: string) => env[name] || env[name.toLowerCase()] || undefined;
  return {
    timeoutMs,
    connectTimeoutMs: Math.min(pick('connectTimeoutMs', 1) ?? HTTP_DEFAULTS.connectTimeoutMs, timeoutMs),
    retries: pick('retries', 0) ?? HTTP_DEFAULTS.retries,
    retryBaseMs: pick('retryBaseMs', 0) ?? HTTP_DEFAULTS.retryBaseMs,
    maxRetryWaitMs: pick('maxRetryWaitMs', 0) ?? HTTP_DEFAULTS.maxRetryWaitMs,
    maxBytes: pick('maxBytes', 1024) ?? HTTP_DEFAULTS.maxBytes,
    ...(minIntervalMs !== undefined ? { minIntervalMs } : {}),
    maxRedirects: overrides.maxRedirects ?? HTTP_DEFAULTS.maxRedirects,
    userAgent: overrides.userAgent ?? (env.VET_USER_AGENT?.trim() || defaultUserAgent()),
    proxy: {
      ...(proxyVar('HTTP_PROXY') ? { http: proxyVar('HTTP_PROXY') } : {}),
      ...(proxyVar('HTTPS_PROXY') ? { https: proxyVar('HTTPS_PROXY') } : {}),
      ...(proxyVar('NO_PROXY') ? { noProxy: proxyVar('NO_PROXY') } : {}),
    },
  };
}
