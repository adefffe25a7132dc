import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, UsageError } from '../errors.js';
import { MAX_DATA_FILE_BYTES, readRegularFile } from '../util/atomic-write.js';
import { parseDataText, validateDataFile, type ParsedDataFile } from '../util/data-file.js';
import { didYouMean } from '../util/did-you-mean.js';
import { BrandProfileSchema, type BrandProfile } from './schema.js';
import { errnoText } from '../util/errno.js';

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

/**
 * A built-in profile as the build compiled it (scripts/copy-assets.mjs): the YAML's data and the sha256 of its
 * bytes, in JSON beside it, so a run that uses only built-in profiles never loads the YAML parser. Used only when
 * that hash is the hash of the YAML beside it now; absent when the code runs from src/ (tests), where the YAML is read.
 */
async function readCompiledProfile(file: string): Promise<{ profile: BrandProfile; sha256: string; parsed: ParsedDataFile } | undefined> {
  let compiled: { sha256: string; data: unknown };
  let sha256: string;
  try {
    compiled = JSON.parse((await readRegularFile(file.replace(/\.yaml$/, '.json'), MAX_DATA_FILE_BYTES, file, 'brand profile')).toString('utf8'));
    // Only the compilation of these very bytes: a YAML edited or copied after the build is read as YAML.
    sha256 = createHash('sha256').update(await readRegularFile(file, MAX_DATA_FILE_BYTES, file, 'brand profile')).digest('hex');
  } catch {
    return undefined;
  }
  if (compiled.sha256 !== sha256) return undefined;
  const parsed: ParsedDataFile = { data: compiled.data, locate: () => undefined };
  return { profile: validateDataFile(file, parsed, BrandProfileSchema, 'a brand profile'), sha256, parsed };
}

async function readProfile(file: string, builtIn = false): Promise<{ profile: BrandProfile; sha256: string; parsed: ParsedDataFile }> {
  const compiled = builtIn ? await readCompiledProfile(file) : undefined;
  if (compiled) return compiled;
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file, MAX_DATA_FILE_BYTES, file, 'brand profile');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file}: cannot read the brand profile (${errnoText(error)})`);
  }
  const parsed = await parseDataText(file, bytes.toString('utf8'));
  const profile = validateDataFile(file, parsed, BrandProfileSchema, 'a brand profile');
  return { profile, sha256: createHash('sha256').update(bytes).digest('hex'), parsed };
}

/** A brand written as a path (a profile file), not a built-in id. */
export const isProfilePath = (ref: string) => /[\\/]/.test(ref) || /\.(ya?ml|json)$/i.test(ref);

/**
 * `--brand xiaomi` (built-in id) or `--brand ./acme.yaml` (a user's file, relative to `cwd`).
 * Rivals are built-in ids or profile paths (relative to the profile); an unknown one is an error at its file:line:col.
 */
export async function loadBrand(ref: string, cwd = process.cwd()): Promise<LoadedBrand> {
  const builtIns = await listBuiltInBrands();
  let file: string;
  let origin: string;
  if (isProfilePath(ref)) {
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
  const { profile, sha256, parsed } = await readProfile(file, origin === 'built-in');
  const rivals: BrandProfile[] = [];
  // A rival is a built-in id or the path of a profile file (relative to this profile), like --brand.
  for (const [index, rival] of profile.rivals.entries()) {
    const pos = parsed.locate(['rivals', index]);
    const at = `${origin === 'built-in' ? file : ref}${pos ? `:${pos.line}:${pos.col}` : ''}: rivals`;
    let rivalFile: string;
    const builtInRival = !isProfilePath(rival) && builtIns.includes(rival.toLowerCase());
    if (isProfilePath(rival)) rivalFile = resolve(dirname(file), rival);
    else if (builtInRival) rivalFile = resolve(PROFILE_DIR, `${rival.toLowerCase()}.yaml`);
    else throw new InputError(`${at}: unknown brand "${rival}"${didYouMean(rival, builtIns)} (built-in: ${builtIns.join(', ')}, or the path of a profile file)`);
    const loaded = await readProfile(rivalFile, builtInRival).catch((error: unknown) => {
      if (!(error instanceof InputError)) throw error;
      throw new InputError(`${at}: cannot load the rival profile "${rival}" (the path is relative to this profile): ${error.message}`);
    });
    if (loaded.profile.id !== profile.id) rivals.push(loaded.profile);
  }
  return { profile, origin, sha256, rivals };
}
