// The language server's entry: starts the server's bundle through the code cache.
import { join } from 'node:path';
import { runBundle } from './codeCache';

runBundle(join(__dirname, 'serverMain.js'));
