import { readFileSync } from 'node:fs';
import os from 'node:os';

/** What the figures were measured on: they mean little without it. */
export function describeMachine() {
  const cpus = os.cpus();
  let model = cpus[0]?.model?.trim() || 'unknown CPU';
  try {
    // Virtual machines often report a bare family name; /proc/cpuinfo may say more (e.g. the clock).
    const mhz = /cpu MHz\s*:\s*([\d.]+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (mhz && !/GHz|MHz/.test(model)) model += ` @ ${(Number(mhz[1]) / 1000).toFixed(2)} GHz`;
  } catch {}
  return {
    cpu: model,
    cores: os.availableParallelism?.() ?? cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    v8: process.versions.v8,
  };
}

export function machineLine(m) {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, ${m.os}, Node ${m.node}`;
}
