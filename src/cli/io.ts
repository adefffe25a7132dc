/** What the CLI touches of the outside world; tests pass their own. */
export interface CliIO {
  /** `columns` is the terminal's width when stdout is one (text reports wrap to it). */
  stdout: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Fixed clock for tests; defaults to the real one. */
  now?: () => Date;
  /** Aborted on Ctrl-C (batch stops starting new work). */
  signal?: AbortSignal;
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org) or --no-color is given. */
export function useColor(stream: CliIO['stdout'], env: CliIO['env'], flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/** Error codes that mean the reader of a pipe or socket has gone (`vet … | head`). */
const READER_GONE = new Set(['EPIPE', 'ECONNRESET']);
/** What Node reports for writes after that: only harmless once the reader is known to be gone. */
const AFTER_GONE = new Set(['ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/**
 * For the real process.stdout / process.stderr (bin/vet.js; in-process tests pass their own objects):
 * a reader closing the pipe is the reader's choice, so what is still written is dropped quietly instead of
 * crashing with an unhandled 'error' event, and the run ends with the exit code it earns. Any other error is
 * re-thrown (it would be a real fault) unless another listener takes it, as batch's stdout handling does.
 */
export function ignoreClosedReader(stream: NodeJS.WritableStream): void {
  let gone = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (READER_GONE.has(error.code ?? '')) gone = true;
    else if (!(gone && AFTER_GONE.has(error.code ?? '')) && stream.listenerCount('error') === 1) throw error;
  });
}

/** The width to wrap text reports to: the terminal's, when writing to one; none otherwise (a file, a pipe). */
export function terminalWidth(stream: CliIO['stdout']): number | undefined {
  return stream.isTTY === true && typeof stream.columns === 'number' && stream.columns > 0 ? stream.columns : undefined;
}
