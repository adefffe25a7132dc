import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Writes a Node `--import` hook into `dir` that records every module a process loads (a module.register
 * hook posting each URL, appended to the file named by TRACE_FILE), to show which modules a command
 * imported. Returns the hook's path: `node --import <path> bin/vet.js …` with TRACE_FILE in the environment.
 */
export async function writeTraceHook(dir: string): Promise<string> {
  await writeFile(join(dir, 'hooks.mjs'), 'let port;\nexport function initialize(data) { port = data.port; }\nexport async function load(url, context, next) { port.postMessage(url); return next(url, context); }\n');
  const hook = join(dir, 'trace.mjs');
  await writeFile(
    hook,
    [
      "import { register } from 'node:module';",
      "import { MessageChannel } from 'node:worker_threads';",
      "import { appendFileSync, writeFileSync } from 'node:fs';",
      'const { port1, port2 } = new MessageChannel();',
      'writeFileSync(process.env.TRACE_FILE, "");',
      "port1.on('message', (url) => appendFileSync(process.env.TRACE_FILE, url + '\\n'));",
      'port1.unref();',
      "register(new URL('./hooks.mjs', import.meta.url), { data: { port: port2 }, transferList: [port2] });",
    ].join('\n'),
  );
  return hook;
}
