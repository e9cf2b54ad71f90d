// Runs the extension-host suite (test/vscode/) inside code-server, the way @vscode/test-electron would in
// a desktop VS Code: code-server's smoke-test driver takes the extension and the tests from the page's
// `payload`, runs them in its extension host, and hands their output and exit code to the page.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { test } from 'node:test';
import { buildExtensionTests } from '../vscode/build';
import { startCodeServer } from './harness/codeServer';
import { REPO } from './harness/install';
import { launchBrowser } from './harness/workbench';

test('the extension-host suite passes inside code-server', async () => {
  const testsPath = await buildExtensionTests();
  const folder = mkdtempSync(join(tmpdir(), 'close-reading-corpus-'));
  cpSync(join(REPO, 'corpus'), folder, { recursive: true });
  const server = await startCodeServer({ folder, smokeTestDriver: true });
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const exitCode = new Promise<number>((resolve) => { void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)); });
    // The page's console carries the workbench's own log too; mocha's spec reporter indents all it prints.
    const log: string[] = [];
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => { log.push(format(...args)); });
    const remote = (path: string) => `vscode-remote://${new URL(server.url).host}${path}`;
    const payload = [['extensionDevelopmentPath', remote(REPO)], ['extensionTestsPath', remote(testsPath)]];
    await page.goto(`${server.workbenchUrl}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const code = await exitCode;
    console.log(log.filter((line) => code !== 0 || /^\s/.test(line)).join('\n'));
    assert.equal(code, 0, 'the extension-host suite failed (its output and the workbench log are above)');
  } finally {
    await browser.close();
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
    rmSync(server.profile, { recursive: true, force: true });
  }
});
