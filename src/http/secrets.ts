/**
 * The secrets vet is given (the X bearer token, the Weibo login cookie) and the one way they are taken out of
 * any text: every credential value, each cookie's value, the token without "Bearer ", and the forms these take
 * inside a JSON string ("\/" for "/"), longest first. Short values (under 6 characters) are not secrets worth
 * hiding and would blank ordinary words.
 */

/** Environment variables that hold secrets; their values are redacted wherever they show up. */
export const SECRET_ENV = ['VET_X_BEARER_TOKEN', 'VET_WEIBO_COOKIE'] as const;

export function secretForms(values: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const raw of values) {
    const value = raw.trim();
    for (const part of [value, value.replace(/^(Bearer|cookie:)\s+/i, ''), ...value.split(/[;,]\s*/).map((p) => p.slice(p.indexOf('=') + 1).trim())]) {
      if (part.length < 6) continue;
      forms.add(part);
      const json = JSON.stringify(part).slice(1, -1);
      forms.add(json);
      forms.add(json.replaceAll('/', '\\/'));
    }
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

/** The secrets held in an environment (see SECRET_ENV). */
export function secretsOfEnv(env: Record<string, string | undefined>): string[] {
  return secretForms(SECRET_ENV.map((name) => env[name] ?? '').filter(Boolean));
}

/** A function that replaces every form of the secrets with [redacted]; the identity when there are none. */
export function redactor(secrets: readonly string[]): (text: string) => string {
  if (secrets.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join('[redacted]');
    return out;
  };
}
