/**
 * A file-system failure in words ("no such file", "permission denied"), never a bare errno code such as
 * "(ENOENT)". Callers put it after the path they name: `notes.txt: cannot read the roster (no such file)`.
 */
const WORDS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of its path is a file, not a folder',
  ELOOP: 'too many symbolic links on its path',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EIO: 'an input/output error on the disk',
  EBUSY: 'the file is busy',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EEXIST: 'a file is already there',
  ENXIO: 'nothing is connected to it (a pipe or socket without a reader)',
  EAGAIN: 'it is not ready to be read (try again)',
  ETXTBSY: 'the file is busy',
  EINVAL: 'the operation is not possible on it',
  EFBIG: 'the file is too large',
  EPIPE: 'the reader closed it',
};

/** `error` in words: a known errno code's words, else the system's own message without its code and path. */
export function errnoText(error: unknown): string {
  const e = error as NodeJS.ErrnoException | undefined;
  const known = e?.code ? WORDS[e.code] : undefined;
  if (known) return known;
  const message = e instanceof Error ? e.message : String(error);
  // "EFOO: something went wrong, open '/abs/path'" → "something went wrong"
  const words = message.replace(/^[A-Z][A-Z0-9_]+: /, '').replace(/, \w+ '[^']*'( -> '[^']*')?$/, '').trim();
  return words || 'an unknown error';
}
