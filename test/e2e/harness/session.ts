// One real-editor session for a suite: a copy of the corpus (tests edit it), code-server with the packaged
// extension installed, and Chromium on its workbench.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCodeServer, type CodeServer } from './codeServer';
import { REPO } from './install';
import { launchBrowser, Workbench, type Browser } from './workbench';

/** The extension as `npm run package` makes it (`npm run test:e2e` packages first). */
export const VSIX = join(REPO, 'close-reading.vsix');

export interface EditorSession {
  /** The copy of corpus/ the workbench opened. */
  folder: string;
  server: CodeServer;
  browser: Browser;
  workbench: Workbench;
  close(): Promise<void>;
}

/** A session on a copy of the corpus with the extension `vsix` installed. */
export async function openEditorSession(vsix = VSIX): Promise<EditorSession> {
  const folder = mkdtempSync(join(tmpdir(), 'close-reading-corpus-'));
  cpSync(join(REPO, 'corpus'), folder, { recursive: true });
  const server = await startCodeServer({ folder, install: [vsix] });
  const browser = await launchBrowser();
  try {
    const workbench = await Workbench.open(browser, server.workbenchUrl);
    return {
      folder, server, browser, workbench,
      async close() {
        await browser.close();
        await server.stop();
        rmSync(folder, { recursive: true, force: true });
        rmSync(server.profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    await server.stop();
    throw error;
  }
}
