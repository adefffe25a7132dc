// Saves `vet --help` as commander writes it to a pipe or a file (80 columns, no colours) in dist/cli/help.txt, for
// bin/vet.js to print without loading the command line (README "Performance"). Run by `npm run build`, after tsc.
import { writeFileSync } from 'node:fs';
import { pipedHelp } from '../dist/cli/program.js';

writeFileSync('dist/cli/help.txt', await pipedHelp());
