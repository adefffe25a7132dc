import { createHash, randomBytes } from 'node:crypto';
import { open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { LoadedBrand } from './brands/load.js';
import { InputError } from './errors.js';
import type { FetchedHistory } from './sources/types.js';
import type { Post, VetReport } from './types.js';
import { exists, makeFolders, trackTemp, untrackTemp, writeError, writeFileAtomic } from './util/atomic-write.js';
import { vetVersion } from './version.js';

/**
 * Posts written as JSON Lines while they stream (the `--from` format), into a temp file that is renamed
 * into place only on commit: `vet export` and the `--save` bundle never leave a half file behind, never
 * hold the history in memory, and never replace a file without --force.
 */
export class JsonLinesFile {
  readonly path: string;
  private readonly temp: string;
  private readonly hash = createHash('sha256');
  private handle: FileHandle | undefined;
  private buffered: string[] = [];
  private bufferedBytes = 0;
  bytes = 0;
  count = 0;

  private constructor(path: string, private readonly force: boolean, private readonly display: string) {
    this.path = path;
    this.temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  }

  /** Checks the target up front, so a long fetch does not end in "file exists". */
  static async create(path: string, opts: { force?: boolean; display?: string } = {}): Promise<JsonLinesFile> {
    const target = resolve(path);
    if (!opts.force && (await exists(target))) throw new InputError(`${opts.display ?? path}: the file already exists; pass --force to replace it`);
    const file = new JsonLinesFile(target, opts.force === true, opts.display ?? path);
    trackTemp(file.temp);
    try {
      await makeFolders(dirname(target));
      file.handle = await open(file.temp, 'wx', 0o644);
    } catch (error) {
      untrackTemp(file.temp);
      throw writeError(file.display, error);
    }
    return file;
  }

  /** Writes one line: a post, or (vet export) a metadata line. */
  async write(post: Post | object): Promise<void> {
    const line = `${JSON.stringify(post)}\n`;
    this.hash.update(line);
    this.count++;
    this.buffered.push(line);
    this.bufferedBytes += line.length;
    if (this.bufferedBytes >= 64 * 1024) await this.flush();
  }

  private async flush(): Promise<void> {
    if (!this.buffered.length) return;
    const chunk = Buffer.from(this.buffered.join(''), 'utf8');
    this.buffered = [];
    this.bufferedBytes = 0;
    this.bytes += chunk.length;
    try {
      await this.handle!.write(chunk);
    } catch (error) {
      throw writeError(this.display, error);
    }
  }

  /** Flushes, syncs and renames into place; returns the sha256 of the bytes written. */
  async commit(): Promise<{ sha256: string; bytes: number }> {
    await this.flush();
    await this.handle!.sync();
    await this.handle!.close();
    this.handle = undefined;
    try {
      if (!this.force && (await exists(this.path))) {
        await rm(this.temp, { force: true });
        throw new InputError(`${this.display}: the file appeared while vet was writing it; pass --force to replace it`);
      }
      try {
        await rename(this.temp, this.path);
      } catch (error) {
        await rm(this.temp, { force: true }).catch(() => {});
        throw writeError(this.display, error);
      }
    } finally {
      untrackTemp(this.temp);
    }
    return { sha256: this.hash.digest('hex'), bytes: this.bytes };
  }

  async discard(): Promise<void> {
    await this.handle?.close().catch(() => {});
    this.handle = undefined;
    await rm(this.temp, { force: true });
    untrackTemp(this.temp);
  }
}

/**
 * `vet <handle> --save <dir>`: an evidence bundle, so a decision can be shown later exactly as it was made.
 *   <dir>/history.jsonl   the posts as fetched (re-vet offline with --from <dir>/history.jsonl)
 *   <dir>/report.json     the --format json report
 *   <dir>/manifest.json   vet version, brand id/origin/sha256, handle, generatedAt, post count, coverage,
 *                         and the sha256 of each file; written last, so its presence means "complete"
 * Nothing secret goes in: no environment, no cookies, no tokens.
 */
export const BUNDLE_FILES = { history: 'history.jsonl', report: 'report.json', manifest: 'manifest.json' } as const;

export interface EvidenceBundle {
  readonly dir: string;
  /** The same history, whose posts are also appended to history.jsonl as they stream. */
  tap(history: FetchedHistory): FetchedHistory;
  /** Writes report.json and manifest.json and puts history.jsonl in place. */
  finish(report: VetReport, meta: { brand: LoadedBrand; handle: string }): Promise<void>;
  /** Removes what was started (after a failure). */
  discard(): Promise<void>;
}

export async function openEvidenceBundle(dirArg: string, opts: { force?: boolean; cwd?: string } = {}): Promise<EvidenceBundle> {
  const dir = resolve(opts.cwd ?? process.cwd(), dirArg);
  if (!opts.force) {
    let present: string[] = [];
    try {
      const names = await readdir(dir);
      present = Object.values(BUNDLE_FILES).filter((f) => names.includes(f));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') throw new InputError(`${dirArg}: is a file; --save needs a folder`);
    }
    if (present.length) throw new InputError(`${dirArg}: already holds an evidence bundle (${present.join(', ')}); pass --force to replace it, or choose another folder`);
  }
  const history = await JsonLinesFile.create(join(dir, BUNDLE_FILES.history), { force: true, display: join(dirArg, BUNDLE_FILES.history) });

  return {
    dir,
    tap(source: FetchedHistory): FetchedHistory {
      async function* posts(): AsyncGenerator<Post> {
        for await (const post of source.posts) {
          await history.write(post);
          yield post;
        }
      }
      // Same subject object (its getters stay live) and the same coverage object the source fills in.
      return { subject: source.subject, coverage: source.coverage, posts: posts() };
    },

    async finish(report: VetReport, meta: { brand: LoadedBrand; handle: string }): Promise<void> {
      const historyFile = await history.commit();
      const reportText = `${JSON.stringify(report, null, 2)}\n`;
      await writeFileAtomic(join(dir, BUNDLE_FILES.report), reportText, { force: true });
      const manifest = {
        bundleVersion: 1,
        vetVersion: vetVersion(),
        generatedAt: report.generatedAt ?? new Date().toISOString(),
        handle: meta.handle,
        subject: report.subject,
        brand: { id: meta.brand.profile.id, name: meta.brand.profile.name, origin: meta.brand.origin, sha256: meta.brand.sha256 },
        window: report.window,
        verdict: { level: report.verdict.level, score: report.verdict.score },
        postCount: history.count,
        coverage: report.coverage ?? null,
        files: {
          [BUNDLE_FILES.history]: historyFile,
          [BUNDLE_FILES.report]: { sha256: createHash('sha256').update(reportText).digest('hex'), bytes: Buffer.byteLength(reportText) },
        },
      };
      await writeFileAtomic(join(dir, BUNDLE_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`, { force: true });
    },

    discard: () => history.discard(),
  };
}
