import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** action.yml at the root wraps vet check with SARIF upload (issue 16 item 20); its script runs here as written. */
const ROOT = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

interface Step { name?: string; id?: string; uses?: string; if?: string; run?: string; shell?: string; env?: Record<string, string>; with?: Record<string, string> }
let action: { runs: { using: string; steps: Step[] }; inputs: Record<string, { default?: string }> };
let work: string;

beforeAll(async () => {
  action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8'));
  work = await mkdtemp(join(tmpdir(), 'vet-action-'));
  await cp(join(ROOT, 'fixtures', 'proposals'), join(work, 'proposals'), { recursive: true });
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const step = (id: string) => action.runs.steps.find((s) => s.id === id)!;

async function runVetStep(inputs: Record<string, string>): Promise<{ code: number; stdout: string; output: string }> {
  const s = step('vet');
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', NO_COLOR: '1', VET_NOW: '2026-11-24T00:00:00Z', GITHUB_ACTION_PATH: ROOT, GITHUB_OUTPUT: join(work, 'out.txt') };
  for (const [name, value] of Object.entries(s.env!)) {
    const input = /^\$\{\{ inputs\.([a-z-]+) \}\}$/.exec(value)![1]!;
    env[name] = inputs[input] ?? action.inputs[input]?.default ?? '';
  }
  await writeFile(env.GITHUB_OUTPUT!, '');
  const { stdout } = await run('bash', ['-e', '-c', s.run!], { cwd: work, env });
  return { code: 0, stdout, output: await readFile(env.GITHUB_OUTPUT!, 'utf8') };
}

describe('action.yml', () => {
  it('is a composite action: install, vet check, upload SARIF even on failure, then fail with vet\'s exit code', () => {
    expect(action.runs.using).toBe('composite');
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(upload.if).toMatch(/always\(\)/);
    expect(upload.with!.sarif_file).toBe('${{ inputs.sarif }}');
    expect(action.runs.steps.at(-1)!.run).toMatch(/exit "\$\{VET_EXIT/);
  });

  it('inputs reach the scripts through the environment only (a value cannot become shell code)', () => {
    for (const s of action.runs.steps) if (s.run) expect(s.run).not.toMatch(/\$\{\{/);
  });

  it('the vet step runs as written: annotations on standard output, SARIF in the file, the exit code as an output', async () => {
    const failing = await runVetStep({ files: 'proposals/mixed.yaml', sarif: 'mixed.sarif' });
    expect(failing.stdout).toMatch(/^::error file=proposals\/mixed\.yaml,line=\d+/m);
    expect(JSON.parse(await readFile(join(work, 'mixed.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(failing.output).toBe('exit-code=1\n');
    const passing = await runVetStep({ files: 'proposals/valid.yaml', sarif: 'valid.sarif', 'fail-on': 'critical', since: '5y' });
    expect(passing.output).toBe('exit-code=0\n');
    const invalid = await runVetStep({ files: 'proposals/invalid.yaml' });
    expect(invalid.output).toBe('exit-code=2\n');
  });

  it('the README example uses the action', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### GitHub Actions'), readme.indexOf('## Batch audits'));
    expect(section).toMatch(/uses: your-org\/vet@/);
  });
});
