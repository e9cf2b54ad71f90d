// `npm run e2e:setup`: installs what the real-editor suites need (run first by `npm run test:e2e`).
import { ensureEverything } from './harness/install';

ensureEverything();
