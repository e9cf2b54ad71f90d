// The `close-reading` command: starts the CLI's bundle through the code cache.
import { join } from 'node:path';
import { INLINE_LESS, runBundle } from '../codeCache';

runBundle(join(__dirname, 'cliMain.js'), [INLINE_LESS]);
