// `npm start`: builds the extension and opens the corpus in a real VS Code with it loaded. With a `code`
// command on the PATH that is the desktop VS Code's development host; otherwise code-server (installed on
// first use) serves VS Code, with the clone linked in as an extension, to a browser on 127.0.0.1.
// Ctrl-C stops what it started.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startCodeServer } from '../test/e2e/harness/codeServer';
import { CACHE, REPO } from '../test/e2e/harness/install';

const CORPUS = join(REPO, 'corpus');

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Stops `stop` on Ctrl-C (or a TERM) and exits. */
function stopOnSignal(stop: () => Promise<void> | void): void {
  const handler = async () => {
    await stop();
    process.exit(0);
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}

function startDesktop(): void {
  // A group of its own, so Ctrl-C here stops the development host with everything it started.
  const code = spawn('code', ['--wait', '--new-window', `--extensionDevelopmentPath=${REPO}`, CORPUS], { stdio: 'inherit', detached: true });
  console.log('close-reading: opened the corpus in a VS Code development host; Ctrl-C closes it.');
  stopOnSignal(() => { try { process.kill(-code.pid!, 'SIGTERM'); } catch { /* already closed */ } });
  code.on('exit', (status) => process.exit(status ?? 0));
}

async function startBrowser(): Promise<void> {
  const server = await startCodeServer({ folder: CORPUS, link: [REPO], profile: join(CACHE, 'start-profile'), port: Number(process.env.PORT) || undefined });
  stopOnSignal(() => server.stop());
  console.log(`close-reading: VS Code (code-server) is running with the extension loaded. Open\n\n  ${server.workbenchUrl}\n\nin a browser. Ctrl-C stops it.`);
}

execFileSync(process.execPath, [join(REPO, 'scripts', 'build.mjs')], { stdio: 'inherit' });
if (onPath('code') && !process.env.CLOSE_READING_BROWSER) startDesktop();
else startBrowser().catch((error) => { console.error(error); process.exit(1); });
