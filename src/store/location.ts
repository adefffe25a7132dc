import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * Where the audit store lives (no SQLite loaded here, so every command can ask):
 * `$VET_STORE` (a file path, or a libsql server URL: libsql://, https://, http://, ws://, wss://), else
 * `$XDG_DATA_HOME/vet/audits.db`, else `~/.local/share/vet/audits.db`. `VET_STORE=off` turns the store off,
 * like `--no-store`.
 */
export interface StoreLocation {
  /** The URL given to the SQLite client: `file:/abs/path` or the server URL. */
  url: string;
  /** What messages show: the path, or the server URL without credentials. */
  display: string;
  /** A local file (WAL and a busy timeout apply; its folder is created). */
  file?: string;
}

const REMOTE = /^(libsql|https?|wss?):\/\//i;
export const STORE_OFF = /^(off|none|no|0|false)$/i;

export function storeLocation(env: Record<string, string | undefined>, cwd: string): StoreLocation | undefined {
  const given = env.VET_STORE?.trim();
  if (given && STORE_OFF.test(given)) return undefined;
  if (given && REMOTE.test(given)) {
    const url = new URL(given);
    url.username = '';
    url.password = '';
    url.search = '';
    return { url: given, display: url.toString() };
  }
  let file: string;
  if (given) file = resolve(cwd, given.replace(/^file:/i, ''));
  else if (env.XDG_DATA_HOME && isAbsolute(env.XDG_DATA_HOME)) file = join(env.XDG_DATA_HOME, 'vet', 'audits.db');
  else file = join(env.HOME || homedir(), '.local', 'share', 'vet', 'audits.db');
  return { url: `file:${file}`, display: file, file };
}
