// The index worker from its TypeScript source, for tests: a worker thread does not get tsx's hooks
// from `node --import tsx` (its .ts entry fails to load), so it registers them itself.
import { register } from 'tsx/esm/api';

register();
await import('../../server/src/indexWorker.ts');
