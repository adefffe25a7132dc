import { exitCodeFor } from '../errors.js';
import { safeLine } from '../report/sanitize.js';
import { levelAtLeast } from '../score.js';
import { VERDICT_LEVELS, type Level, type VerdictLevel } from '../types.js';
import type { OutcomeDigest } from './types.js';
import { formatDuration } from './vet-one.js';

const WORST_SHOWN = 5;
const FAILURES_SHOWN = 10;
const LEVEL_RANK: Record<VerdictLevel, number> = { 'insufficient-data': 0, low: 0, medium: 1, high: 2, critical: 3 };

/**
 * Counts per level, failures and the worst handles: all a batch keeps of finished handles, so memory stays
 * flat however long the roster (a few digests, never a report).
 */
export class BatchSummary {
  readonly byLevel = Object.fromEntries(VERDICT_LEVELS.map((l) => [l, 0])) as Record<VerdictLevel, number>;
  failed = 0;
  /** At or above --fail-on. */
  atFailOn = 0;
  /** Read back from an earlier run's output (--resume). */
  earlier = 0;
  private readonly worst: OutcomeDigest[] = [];
  private readonly failures: OutcomeDigest[] = [];

  constructor(private readonly failOn: Level) {}

  add(d: OutcomeDigest): void {
    if (d.earlier) this.earlier++;
    if (d.error || !d.level) {
      this.failed++;
      if (this.failures.length < FAILURES_SHOWN) this.failures.push(d);
      return;
    }
    this.byLevel[d.level]++;
    if (levelAtLeast(d.level, this.failOn)) this.atFailOn++;
    if ((d.level === 'low' || d.level === 'insufficient-data') && !d.findings) return;
    this.worst.push(d);
    this.worst.sort((a, b) => LEVEL_RANK[b.level!] - LEVEL_RANK[a.level!] || (b.score ?? 0) - (a.score ?? 0));
    if (this.worst.length > WORST_SHOWN) this.worst.pop();
  }

  get total(): number {
    return VERDICT_LEVELS.reduce((n, l) => n + this.byLevel[l], 0) + this.failed;
  }

  /** 130 when stopped with handles left; else 1 at or above --fail-on; else 3 when one could not be vetted; else 0 (errors.ts exitCodeFor). */
  exitCode(interrupted = false): number {
    return exitCodeFor('batch', { atFailOn: this.atFailOn, inputErrors: 0, otherErrors: this.failed, interrupted });
  }

  render(opts: { elapsedMs: number; notRun: number; interrupted: boolean; output?: string }): string[] {
    const lines: string[] = [];
    const vetted = this.total - this.failed;
    const planned = this.total + opts.notRun;
    const head = [`${planned} handle${planned === 1 ? '' : 's'}`, `${vetted} vetted`, `${this.failed} failed`];
    if (opts.notRun) head.push(`${opts.notRun} not run`);
    lines.push(`vet: batch ${opts.notRun ? 'stopped' : 'done'}: ${head.join(', ')} in ${formatDuration(Math.round(opts.elapsedMs))}${opts.output ? `; lines in ${safeLine(opts.output)}` : ''}`);
    // Insufficient data is named only when a handle had it, so the usual line stays as it was.
    const shown = [...VERDICT_LEVELS].reverse().filter((l) => l !== 'insufficient-data' || this.byLevel[l] > 0);
    lines.push(`  ${shown.map((l) => `${l} ${this.byLevel[l]}`).join(' · ')} · failed ${this.failed}   (fail-on ${this.failOn}: ${this.atFailOn} at or above)`);
    if (this.earlier) lines.push(`  ${this.earlier} of them were already in the output from an earlier run (--resume)`);
    if (this.worst.length) {
      lines.push('  worst:');
      for (const d of this.worst) {
        const findings = d.findings === undefined ? '' : `, ${d.findings} finding${d.findings === 1 ? '' : 's'}${d.topRule ? ` (top: ${d.topRule})` : ''}`;
        lines.push(`    ${d.level!.padEnd(8)} ${String(d.score ?? '').padStart(3)}  ${label(d)}${findings}`);
      }
    }
    if (this.failures.length) {
      lines.push('  failed:');
      for (const d of this.failures) lines.push(`    ${label(d)}: [${safeLine(d.error?.code ?? 'error')}] ${safeLine(d.error?.message ?? 'no verdict')}`);
      if (this.failed > this.failures.length) lines.push(`    … and ${this.failed - this.failures.length} more (see the error lines in the output)`);
    }
    if (opts.notRun) {
      lines.push(
        `  ${opts.interrupted ? 'stopped' : 'incomplete'}: ${opts.notRun} handle${opts.notRun === 1 ? '' : 's'} not vetted; ` +
          (opts.output ? `run the same command with --resume to finish` : `use --output <file> and --resume to continue a stopped run`),
      );
    }
    return lines;
  }
}

function label(d: OutcomeDigest): string {
  return `${safeLine(d.handle)}${d.name ? ` (${safeLine(d.name)})` : ''} for ${safeLine(d.brandId)}`;
}
