import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, UsageError } from '../errors.js';
import { parseDataText, validateDataFile } from '../util/data-file.js';
import { didYouMean } from '../util/did-you-mean.js';
import { BrandProfileSchema, type BrandProfile } from './schema.js';

const PROFILE_DIR = fileURLToPath(new URL('./profiles/', import.meta.url));

/** A validated profile plus what the report needs to show where it came from. */
export interface LoadedBrand {
  profile: BrandProfile;
  /** 'built-in' or the file path the user gave. */
  origin: string;
  /** sha256 of the profile file's bytes, recorded in evidence bundles. */
  sha256: string;
  /** Profiles of the rivals the profile names (terms that tell vet hostility is aimed elsewhere). */
  rivals: BrandProfile[];
}

/** Ids of the built-in profiles, sorted. */
export async function listBuiltInBrands(): Promise<string[]> {
  const files = await readdir(PROFILE_DIR);
  return files.filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)).sort();
}

async function readProfile(file: string): Promise<{ profile: BrandProfile; sha256: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new InputError(`${file}: cannot read the brand profile (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const parsed = await parseDataText(file, bytes.toString('utf8'));
  const profile = validateDataFile(file, parsed, BrandProfileSchema);
  return { profile, sha256: createHash('sha256').update(bytes).digest('hex') };
}

const isPath = (ref: string) => /[\\/]/.test(ref) || /\.(ya?ml|json)$/i.test(ref);

/**
 * `--brand xiaomi` (built-in id) or `--brand ./acme.yaml` (a user's file, relative to `cwd`).
 * Rivals are resolved among built-in profiles; an unknown rival id is an error naming it.
 */
export async function loadBrand(ref: string, cwd = process.cwd()): Promise<LoadedBrand> {
  const builtIns = await listBuiltInBrands();
  let file: string;
  let origin: string;
  if (isPath(ref)) {
    file = resolve(cwd, ref);
    origin = ref;
  } else if (builtIns.includes(ref.toLowerCase())) {
    file = resolve(PROFILE_DIR, `${ref.toLowerCase()}.yaml`);
    origin = 'built-in';
  } else {
    throw new UsageError(`unknown brand "${ref}"${didYouMean(ref, builtIns) || '.'} Built-in brands: ${builtIns.join(', ')}`, {
      hint: 'or give the path of your own profile file, e.g. ./acme.yaml (see "Writing a brand profile" in the README)',
    });
  }
  const { profile, sha256 } = await readProfile(file);
  const rivals: BrandProfile[] = [];
  for (const rivalId of profile.rivals) {
    if (rivalId === profile.id) continue;
    if (!builtIns.includes(rivalId)) {
      throw new InputError(`${origin === 'built-in' ? file : ref}: rivals: unknown brand "${rivalId}"${didYouMean(rivalId, builtIns)} (built-in: ${builtIns.join(', ')})`);
    }
    rivals.push((await readProfile(resolve(PROFILE_DIR, `${rivalId}.yaml`))).profile);
  }
  return { profile, origin, sha256, rivals };
}
