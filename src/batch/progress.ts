import { safeLine } from '../report/sanitize.js';
import { displayWidth, truncateToWidth } from '../util/display-width.js';
import { formatDuration } from './vet-one.js';

/**
 * Progress on standard error:
 * - `bar` (stderr is a terminal): one line redrawn in place, `[#####-----] 42/300 · 2 failed · 1.8/s · ETA 2 min`;
 * - `lines` (not a terminal: CI logs, files): a plain line at each tenth of the work, and at least every
 *   30 s while work goes on;
 * - `off` (--quiet).
 * Messages (--verbose, notes) go through `log`, which clears the bar first so lines never mix with it.
 */
export type ProgressMode = 'bar' | 'lines' | 'off';

export interface ProgressStream {
  write(chunk: string): unknown;
  columns?: number;
}

const PLAIN_EVERY_MS = 30_000;
const REDRAW_EVERY_MS = 1_000;

export class Progress {
  private done = 0;
  private failed = 0;
  private startedAt = 0;
  private drawn = false;
  private lastLineAt = 0;
  private lastTenth = 0;
  private timer: NodeJS.Timeout | undefined;
  private last = '';

  constructor(
    private readonly stream: ProgressStream,
    readonly mode: ProgressMode,
    private readonly total: number,
    private readonly clock: () => number = Date.now,
  ) {}

  start(): void {
    this.startedAt = this.lastLineAt = this.clock();
    if (this.mode === 'off' || this.total === 0) return;
    this.timer = setInterval(() => this.tick(), this.mode === 'bar' ? REDRAW_EVERY_MS : PLAIN_EVERY_MS);
    this.timer.unref();
    if (this.mode === 'bar') this.draw();
  }

  /** One handle finished (`failed` when it could not be vetted). */
  advance(handle: string, failed: boolean): void {
    this.done++;
    if (failed) this.failed++;
    this.last = handle;
    if (this.mode === 'bar') this.draw();
    else if (this.mode === 'lines') {
      const tenth = Math.floor((this.done * 10) / this.total);
      if (tenth > this.lastTenth && this.done < this.total) {
        this.lastTenth = tenth;
        this.line();
      }
    }
  }

  /** A message on its own line (the bar is cleared, then drawn again under it). */
  log(message: string): void {
    this.around(() => this.stream.write(`${message}\n`));
  }

  /** Runs a write to the terminal without tearing the bar (stdout and stderr share the screen). */
  around(write: () => void): void {
    if (this.mode === 'bar' && this.drawn) this.stream.write('\r\x1b[2K');
    write();
    if (this.mode === 'bar' && this.drawn) this.draw();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.mode === 'bar' && this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }

  private tick(): void {
    if (this.mode === 'bar') this.draw();
    else if (this.clock() - this.lastLineAt >= PLAIN_EVERY_MS && this.done < this.total) this.line();
  }

  private stats(): string {
    const elapsed = (this.clock() - this.startedAt) / 1000;
    const rate = elapsed > 0 ? this.done / elapsed : 0;
    const left = this.total - this.done;
    const parts = [`${this.done}/${this.total}`];
    if (this.failed) parts.push(`${this.failed} failed`);
    if (this.done > 0 && elapsed >= 1) {
      parts.push(rate >= 1 ? `${rate.toFixed(1)}/s` : `${(60 * rate).toFixed(1)}/min`);
      if (left > 0 && rate > 0) parts.push(`ETA ${formatDuration(Math.round((left / rate) * 1000))}`);
    }
    return parts.join(' · ');
  }

  private line(): void {
    this.lastLineAt = this.clock();
    this.stream.write(`vet: batch ${this.stats()}\n`);
  }

  private draw(): void {
    const width = Math.max(10, this.stream.columns ?? 80);
    const barWidth = 20;
    const filled = this.total ? Math.round((this.done / this.total) * barWidth) : barWidth;
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]`;
    // Measured in terminal columns, not characters: a handle in Chinese takes two a character, and a line one
    // column too wide wraps, so every redraw would leave a stale line behind. One column stays free.
    let text = truncateToWidth(`${bar} ${this.stats()}`, width - 1);
    const room = width - 1 - displayWidth(text) - 3;
    if (this.last && room > 8) text += ` · ${truncateToWidth(safeLine(this.last), room)}`;
    this.stream.write(`\r\x1b[2K${text}`);
    this.drawn = true;
  }
}
