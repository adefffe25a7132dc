import { resolve } from 'node:path';
import { loadBrand } from '../../brands/load.js';
import { ExitCode, UsageError } from '../../errors.js';
import { changeEvidenceLines, isHostileChange } from '../../report/changes.js';
import { safeLine } from '../../report/sanitize.js';
import { countOf } from '../../report/wording.js';
import { isHostile } from '../../score.js';
import { openFileHistory } from '../../sources/file.js';
import { openHistory } from '../../sources/index.js';
import { subjectOf } from '../../store/index.js';
import { auditsOf, fingerprintsOf, keyOf, subjectId } from '../../store/queries.js';
import { vetRecorded } from '../../store/vet.js';
import { vetVersion } from '../../version.js';
import type { DiffFlags } from '../flags.js';
import type { CliIO } from '../io.js';
import { storeHandle } from './history.js';
import { requireStore, sourceContext } from './vet.js';

/**
 * `vet diff <handle> [--brand id]`: audits the subject again (recorded like `vet`) and shows only what changed
 * since its last audit: hostile findings that were not there, posts deleted and edited. Exit 1 when
 * something hostile is new or was deleted or edited away; 0 otherwise (a first audit included). For
 * scheduled CI on signed influencers. The brand defaults to the one of the last audit.
 */
export async function runDiff(handle: string, options: DiffFlags, io: CliIO): Promise<number> {
  storeHandle(handle);
  const now = io.now?.() ?? new Date();
  const ctx = sourceContext(options, io, now);
  const store = await requireStore(io, 'vet diff');
  try {
    const id = await subjectId(store.db, keyOf(handle, io.cwd));
    const audits = id === undefined ? [] : await auditsOf(store.db, id);
    const last = audits[audits.length - 1];
    const brandArg = options.brand ?? (last && (last.brand.origin === 'built-in' || !last.brand.origin ? last.brand.id : last.brand.origin));
    if (!brandArg) throw new UsageError(`--brand is required: the audit store has no earlier audit of ${handle} to take it from`);
    const brand = await loadBrand(brandArg, io.cwd);
    const earlier = [...audits].reverse().find((a) => a.brand.id === brand.profile.id);
    const before = earlier ? await fingerprintsOf(store.db, earlier.id) : undefined;
    const isFile = handle.toLowerCase().startsWith('file:');

    const report = await vetRecorded({
      store,
      subject: subjectOf(handle, undefined, io.cwd),
      brand,
      ctx,
      now,
      full: options.full,
      open: (context) => (isFile ? openFileHistory(resolve(io.cwd, handle.slice(5)), io.cwd) : openHistory(handle, context)),
      vetVersion: vetVersion(),
    });
    const fresh = report.findings.filter((f) => !f.ignored && isHostile(f.severity) && !before?.has(f.fingerprint));
    const changes = report.changes;
    const scrubbed = [...(changes?.deleted ?? []), ...(changes?.edited ?? [])].filter(isHostileChange);
    const failed = fresh.length > 0 || scrubbed.length > 0;

    if (options.format === 'json') {
      const doc = {
        subject: report.subject,
        brand: report.brand,
        ...(last ? { previous: { at: last.at, brand: last.brand.id, level: last.level, score: last.score } } : { previous: null }),
        level: report.verdict.level,
        score: report.verdict.score,
        newFindings: fresh,
        newPosts: changes?.newPosts ?? report.window.postsScanned,
        deleted: changes?.deleted ?? [],
        edited: changes?.edited ?? [],
      };
      io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
      return failed ? ExitCode.Fail : ExitCode.Ok;
    }
    const out: string[] = [];
    const subject = `${safeLine(report.subject.handle)} for ${safeLine(report.brand.name)}`;
    if (!last) out.push(`vet diff: ${subject}: first audit, nothing to compare with (recorded for next time).`);
    else out.push(`vet diff: ${subject} since the audit of ${last.at.slice(0, 10)}: ${last.level.toUpperCase()} ${last.score} → ${report.verdict.level.toUpperCase()} ${report.verdict.score}`);
    if (fresh.length) {
      out.push('', `New hostile findings: ${fresh.length}${earlier ? '' : ` (no earlier audit for ${safeLine(brand.profile.name)})`}`);
      fresh.forEach((f, i) => out.push(`  ${String(i + 1).padStart(2)}. ${f.severity.toUpperCase().padEnd(8)} ${f.createdAt?.slice(0, 10) ?? 'undated'}  "${safeLine(f.excerpt)}" [${f.ruleId}]`, `      ${safeLine(f.url ?? `post ${f.postId}`)}`));
    }
    const changed = changeEvidenceLines(report);
    if (changed.length) out.push('', ...changed);
    if (last && !fresh.length && !changed.length) out.push(`Nothing changed: no new hostile finding, no post deleted or edited (${countOf(changes?.newPosts ?? 0, 'new post')}).`);
    io.stdout.write(`${out.join('\n')}\n`);
    return failed ? ExitCode.Fail : ExitCode.Ok;
  } finally {
    store.close();
  }
}
