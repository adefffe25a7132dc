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
  /** Stopped by Ctrl-C (128 + SIGINT) before every handle of a batch had its line. */
  Interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** What a run over many subjects (vet check's influencers, vet batch's handles) ended with. */
export interface RunTally {
  /** Subjects whose verdict is at or above the fail-on level. */
  atFailOn: number;
  /** Subjects not vetted because an input of theirs is invalid (a history file, a profile): exit 2 material. */
  inputErrors: number;
  /** Subjects not vetted because a source could not be read, or for any other reason. */
  otherErrors: number;
  /** Stopped (Ctrl-C) with subjects left that have no result. */
  interrupted?: boolean;
}

/**
 * The exit code of a run over many subjects: the one table, for both commands (README "Exit codes").
 *
 *   vet check  2 an invalid input  >  3 a subject not vetted  >  1 a verdict at or above fail-on  >  0
 *   vet batch  130 interrupted  >  1 a verdict at or above fail-on  >  3 a handle not vetted  >  0
 *
 * They differ on purpose. `vet check` is a gate on a pull request: it may only pass or fail when every influencer
 * was vetted, and a broken proposal is the author's to fix first, so errors outrank verdicts. `vet batch` is a
 * survey of a roster whose lines say what failed: a hostile handle found is the news, and it stays the news
 * when another handle's platform was down; an interrupted batch says so before anything else.
 */
export function exitCodeFor(command: 'check' | 'batch', tally: RunTally): ExitCode {
  const notVetted = tally.inputErrors + tally.otherErrors;
  if (command === 'check') {
    if (tally.inputErrors > 0) return ExitCode.Usage;
    if (notVetted > 0) return ExitCode.Source;
    return tally.atFailOn > 0 ? ExitCode.Fail : ExitCode.Ok;
  }
  if (tally.interrupted) return ExitCode.Interrupted;
  if (tally.atFailOn > 0) return ExitCode.Fail;
  return notVetted > 0 ? ExitCode.Source : ExitCode.Ok;
}

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
