import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** The official SARIF 2.1.0 schema (draft-07, shipped in fixtures/sarif) compiled with Ajv and ajv-formats. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
export const validateSarif = ajv.compile(JSON.parse(readFileSync(`${ROOT}fixtures/sarif/sarif-schema-2.1.0.json`, 'utf8')));
