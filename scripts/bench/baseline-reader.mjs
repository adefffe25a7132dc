// The end-to-end baseline: a plain Node script that only reads a JSON Lines file line by line and
// JSON-parses each line, as anyone would write it. vet's end-to-end time is compared with this one's.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

let posts = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (line.length === 0) continue;
  JSON.parse(line);
  posts++;
}
process.stdout.write(`${posts}\n`);
