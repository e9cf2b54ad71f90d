// Where close-reading keeps what it can always make again (compiled code, analyses): the user's cache
// folder, as the XDG convention has it.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function userCacheDirectory(name: string): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'close-reading', name);
}
