/** Exit codes, as documented in the README. */
export const ExitCode = {
  /** Verdict below the fail-on level. */
  Ok: 0,
  /** Verdict at or above the fail-on level. */
  Fail: 1,
  /** Usage, configuration or input error. */
  Usage: 2,
  /** A source could not be read (network error or platform refusal). */
  Source: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error vet expects and explains in one line (plus an optional hint); never printed with a stack. A message
 * listing several problems is given as its lines: each is printed as one line on its own, and a line break
 * inside one (text from a file or a server) is shown, never obeyed.
 */
export class VetError extends Error {
  readonly exitCode: ExitCode;
  readonly hint: string | undefined;
  /** The message's lines, when it lists several problems; `message` is them joined with line feeds. */
  readonly lines: readonly string[] | undefined;
  constructor(message: string | readonly string[], opts: { exitCode?: ExitCode; hint?: string; cause?: unknown } = {}) {
    super(typeof message === 'string' ? message : message.join('\n'), opts.cause === undefined ? undefined : { cause: opts.cause });
    this.lines = typeof message === 'string' ? undefined : message;
    this.name = new.target.name;
    this.exitCode = opts.exitCode ?? ExitCode.Usage;
    this.hint = opts.hint;
  }
}

/** The lines of a message: several when it lists several problems, else one. */
export function messageLines(error: VetError): readonly string[] {
  return error.lines ?? [error.message];
}

/** Bad flags or arguments. */
export class UsageError extends VetError {}

/** A file the user gave (history, profile, proposal, ignore file) is invalid. The message names file:line. */
export class InputError extends VetError {}

/**
 * A history with no post to vet (none at all, or none inside the --since window): exit 2 like any input
 * problem, never a low-risk verdict. Its own class so callers (batch's `no-posts` code) need not read the text.
 */
export class NoPostsError extends InputError {
  // Still "InputError" by name: `vet check` reports error.name as the error code (JUnit type, SARIF), and that must not change.
  override name = 'InputError';
}

/** A platform could not be read: network failure, refusal, login wall. Exit 3. */
export class SourceError extends VetError {
  readonly platform: string;
  /** What happened, without the platform in front (the message is `<platform>: <detail>`). */
  readonly detail: string;
  constructor(platform: string, message: string, opts: { hint?: string; cause?: unknown } = {}) {
    super(`${platform}: ${message}`, { ...opts, exitCode: ExitCode.Source });
    this.platform = platform;
    this.detail = message;
  }
}
