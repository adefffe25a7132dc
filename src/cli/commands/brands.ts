import { listBuiltInBrands, loadBrand } from '../../brands/load.js';
import { ExitCode } from '../../errors.js';
import type { CliIO } from '../io.js';

/** `vet brands`: one line per built-in profile. */
export async function runBrands(io: CliIO): Promise<number> {
  for (const id of await listBuiltInBrands()) {
    const { profile } = await loadBrand(id);
    const sample = profile.names.slice(0, 4).join(', ');
    io.stdout.write(`${id.padEnd(10)} ${profile.name.padEnd(10)} ${sample}${profile.fans.length ? `; fans: ${profile.fans.slice(0, 3).join(', ')}` : ''}\n`);
  }
  return ExitCode.Ok;
}
