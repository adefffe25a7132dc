import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * The official OASIS SARIF 2.1.0 (errata01) schema, shipped verbatim in fixtures/sarif, compiled with Ajv and ajv-formats.
 *
 * The file declares JSON Schema draft-04, whose meta-schema Ajv 8 does not bundle. It uses no keyword whose meaning
 * changed after draft-04 (no boolean exclusiveMinimum/exclusiveMaximum; every $ref is a local "#/definitions/…"
 * pointer; "id" appears only as the root identifier), so it is compiled with Ajv's default draft-07 rules after
 * dropping the `$schema` declaration and renaming the root draft-04 `id` to `$id` (Ajv 8 rejects `id`); the schema
 * itself is still checked against the draft-07 meta-schema. The file on disk stays byte-for-byte upstream.
 * The guard below fails loudly if a replacement fixture ever relies on draft-04-only semantics.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);

const text = readFileSync(`${ROOT}fixtures/sarif/sarif-schema-2.1.0.json`, 'utf8');
if (/"exclusive(Minimum|Maximum)"\s*:\s*(true|false)/.test(text)) {
  throw new Error('fixtures/sarif/sarif-schema-2.1.0.json uses draft-04 boolean exclusiveMinimum/Maximum; compile it with a draft-04 validator');
}
const { $schema: _draft04, id, ...rest } = JSON.parse(text) as Record<string, unknown>;
export const validateSarif = ajv.compile({ ...(typeof id === 'string' ? { $id: id } : {}), ...rest });
