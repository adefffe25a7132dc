import { realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

/**
 * Paths written inside a proposal or a roster (a brand profile, a `from` history, a `file:` handle) come from
 * a pull request as often as from the user. They may name files only inside one folder, the root: `--root`
 * when given, else the repository that holds the proposal or roster (the nearest folder above it with a .git),
 * else the folder the proposal or roster is in. `../../deploy-key.yaml`, an absolute path elsewhere and a
 * symbolic link that leads out are all refused, naming only the path, before anything is read.
 */

/** The repository folder above `dir` (the nearest holding .git), or `dir` itself when there is none. */
export async function repositoryRoot(dir: string): Promise<string> {
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (await stat(resolve(at, '.git')).then(() => true, () => false)) return at;
    if (dirname(at) === at) return resolve(dir);
  }
}

/** Finds the root of each folder once, however many proposals or rows share it. */
export class PathRoots {
  private readonly roots = new Map<string, Promise<string>>();

  /** `root`: --root resolved against the working folder, if given. */
  constructor(private readonly root?: string) {}

  of(dir: string): Promise<string> {
    if (this.root !== undefined) return Promise.resolve(this.root);
    let root = this.roots.get(dir);
    if (!root) {
      root = repositoryRoot(dir);
      this.roots.set(dir, root);
    }
    return root;
  }
}

const inside = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** The real path of `path`, or of its nearest existing parent joined with the rest (a file not made yet). */
async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : resolve(await realPathOf(parent), relative(parent, path));
  }
}

/**
 * `ref` resolved against `base`, when it stays inside `root` both as written and once symbolic links are
 * followed; undefined when it leads outside.
 */
export async function containedPath(root: string, base: string, ref: string): Promise<string | undefined> {
  const path = resolve(base, ref);
  if (!inside(root, path)) return undefined;
  const [realRoot, realPath] = await Promise.all([realPathOf(root), realPathOf(path)]);
  return inside(realRoot, realPath) ? path : undefined;
}

/** The message for a path that leads outside the root: the path as written and the root, nothing read. */
export function outsideMessage(ref: string, root: string, shown: (path: string) => string): string {
  return `the path "${ref}" leads outside ${shown(root) || '.'}, the folder that paths in the file must stay in (the repository, or --root)`;
}
