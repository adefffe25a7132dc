import { spawn, spawnSync } from 'node:child_process';
import { accessSync, closeSync, constants, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Child-process measurements: wall time from the parent, peak RSS from GNU time (`%M`) when it is
 * installed, else from polling /proc/<pid>/status VmHWM (the kernel's high-water mark, so a poll
 * that misses the peak moment still reads it, as long as one lands before exit).
 */

const GNU_TIME = '/usr/bin/time';

function hasGnuTime() {
  try {
    accessSync(GNU_TIME, constants.X_OK);
    return spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
  } catch {
    return false;
  }
}

export const rssMethod = hasGnuTime() ? 'GNU time %M' : '/proc VmHWM polling';

function readVmHwmKb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs `command args`, stdout to `stdoutPath` (or discarded), and returns wall ms, peak RSS (kB),
 * exit code and stderr. A run past `timeoutMs` is killed (its whole process group) and marked.
 */
export function runMeasured(command, args, { stdoutPath, timeoutMs = 300_000, workDir, cwd, env } = {}) {
  const timeFile = join(workDir, `time-${process.hrtime.bigint()}.txt`);
  const useTime = rssMethod.startsWith('GNU');
  const argv = useTime ? [GNU_TIME, '-f', '%M %U %S', '-o', timeFile, command, ...args] : [command, ...args];
  const out = stdoutPath ? openSync(stdoutPath, 'w') : 'ignore';
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(argv[0], argv.slice(1), { cwd, stdio: ['ignore', out, 'pipe'], detached: true, ...(env ? { env } : {}) });
    if (typeof out === 'number') closeSync(out);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s) => {
      if (stderr.length < 64_000) stderr += s;
    });
    let hwmKb = 0;
    const poll = useTime ? undefined : setInterval(() => (hwmKb = Math.max(hwmKb, readVmHwmKb(child.pid))), 25);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = performance.now() - start;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      let maxRssKb = hwmKb;
      let cpuMs = null;
      if (useTime) {
        try {
          // GNU time writes "Command exited with non-zero status N" before the figures when it fails.
          const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
          const [rss, user, sys] = lines[lines.length - 1].split(' ').map(Number);
          maxRssKb = rss;
          cpuMs = (user + sys) * 1000;
        } catch {}
        rmSync(timeFile, { force: true });
      }
      resolve({ ms, cpuMs, maxRssKb, code, signal, timedOut, stderr });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * Start-up: the median wall time of each command over `runs` runs, interleaved so that drift in the
 * machine's load hits every command alike, after one untimed run each to warm the file cache.
 */
export function timeStartup(commands, { runs = 15, cwd } = {}) {
  const times = commands.map(() => []);
  const outputs = commands.map(() => undefined);
  for (let round = -1; round < runs; round++) {
    commands.forEach(({ args }, i) => {
      const start = performance.now();
      const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      const ms = performance.now() - start;
      if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${result.stderr.trim()}`);
      if (round >= 0) times[i].push(ms);
      else outputs[i] = result.stdout;
    });
  }
  return commands.map(({ label }, i) => ({ label, medianMs: median(times[i]), minMs: Math.min(...times[i]), runs, stdout: outputs[i] }));
}

/**
 * Which of `packages` a command loads: a module resolve hook (in Node's hooks thread) appends every
 * resolved URL to a file, and the package names are looked for in it.
 */
export function modulesLoadedBy(args, packages, { cwd, workDir }) {
  const logFile = join(workDir, `loads-${process.hrtime.bigint()}.txt`);
  const hooks = `
    import { appendFileSync } from 'node:fs';
    export async function resolve(specifier, context, next) {
      const result = await next(specifier, context);
      appendFileSync(${JSON.stringify(logFile)}, result.url + '\\n');
      return result;
    }`;
  const register = `
    import { register } from 'node:module';
    register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)}, ${JSON.stringify(pathToFileURL(cwd + '/').href)});`;
  const result = spawnSync(process.execPath, ['--no-warnings', '--import', `data:text/javascript,${encodeURIComponent(register)}`, ...args], {
    cwd,
    encoding: 'utf8',
  });
  let log = '';
  try {
    log = readFileSync(logFile, 'utf8');
  } catch {}
  rmSync(logFile, { force: true });
  if (result.status !== 0 || !log) return { known: false, loaded: [] };
  return { known: true, loaded: packages.filter((name) => log.includes(`/node_modules/${name}/`)) };
}
