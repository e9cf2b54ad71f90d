// The extension's activation in a real VS Code: code-server in Debian's Chromium (the real-editor tests' harness,
// which installs both on first use), with the .vsix installed, as VS Code itself measures it.
import { readdirSync } from 'node:fs';
import { CHROMIUM, ensureDebianPackage } from '../test/e2e/harness/install';
import { openEditorSession } from '../test/e2e/harness/session';
import { CORPUS } from './library';
import { packagedVsix } from './protocol';
import type { Row } from './report';
import { median, ms } from './stats';

const WINDOWS = 3;

/**
 * In each of `WINDOWS` new windows (a new code-server, so a new extension host), a plain-text essay is opened, which
 * activates the extension; VS Code's Running Extensions view gives the time it took.
 */
export async function activation(root: string, workDir: string): Promise<Row[]> {
  ensureDebianPackage('chromium', CHROMIUM);
  const { vsix } = packagedVsix(root, workDir);
  const essay = readdirSync(CORPUS).sort().find((name) => name.endsWith('.txt'));
  if (!essay) throw new Error(`no plain-text essay in ${CORPUS}`);
  const times: number[] = [];
  for (let i = 0; i < WINDOWS; i++) {
    const session = await openEditorSession(vsix);
    try {
      await session.workbench.openFile(essay);
      times.push(await session.workbench.activationTime('Close Reading'));
    } finally {
      await session.close();
    }
  }
  return [{
    area: 'start-up',
    measure: `extension activation in VS Code (code-server in Chromium) on opening an essay, as its Running Extensions view reports it (the client's code loaded and its \`activate\` run until it waits for the language server, whose start the row *spawn to initialize response* measures), median of ${WINDOWS} new windows`,
    result: `**${ms(median(times))}** (${times.map((t) => ms(t)).join(', ')})`,
  }];
}
