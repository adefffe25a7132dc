// Writes schemas/*.schema.json from the zod schemas (src/json-schemas.ts), after `npm run build`.
// `npm run schemas`; test/schemas.test.ts fails when the committed files differ from what this writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { JSON_SCHEMAS, jsonSchemaText } from '../dist/json-schemas.js';

mkdirSync('schemas', { recursive: true });
for (const entry of JSON_SCHEMAS) {
  writeFileSync(`schemas/${entry.file}`, jsonSchemaText(entry));
  console.log(`schemas/${entry.file}`);
}
