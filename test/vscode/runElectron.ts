// `npm run test:vscode`: the extension-host suite in a desktop VS Code downloaded by @vscode/test-electron
// (where a download is possible; `npm run test:e2e` runs the same suite inside code-server).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { REPO } from '../e2e/harness/install';
import { buildExtensionTests } from './build';

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'close-reading-corpus-'));
  cpSync(join(REPO, 'corpus'), folder, { recursive: true });
  await runTests({
    extensionDevelopmentPath: REPO,
    extensionTestsPath: await buildExtensionTests(),
    launchArgs: [folder, '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
