// Starts code-server, VS Code's own workbench and extension host served to a browser, in a process group
// of its own (setsid) with its own profile, so that stopping it stops the extension host and watchers too.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCodeServer } from './install';

export interface CodeServerOptions {
  /** The folder the workbench opens. */
  folder: string;
  /** Packaged extensions (.vsix) installed before start. */
  install?: string[];
  /** Unpacked extension folders, linked into the extensions folder (`npm start`: the clone, rebuilt in place). */
  link?: string[];
  /** Lets a page run extension tests (the `payload` route of the extension-host suite). */
  smokeTestDriver?: boolean;
  /** Environment for the extension host (code-server passes its own on). */
  env?: NodeJS.ProcessEnv;
  /** The profile folder (settings, extensions, logs); a fresh temporary one by default. */
  profile?: string;
  /** The port on 127.0.0.1; a free one by default. */
  port?: number;
}

export interface CodeServer {
  url: string;
  /** The URL that opens the workbench on `folder`. */
  workbenchUrl: string;
  profile: string;
  stop(): Promise<void>;
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none', // the welcome page would take the keyboard focus
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'editor.wordWrap': 'on', // long lines of PDF text stay in view
  'editor.minimap.enabled': false,
  'editor.hover.delay': 200,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'window.restoreWindows': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

async function waitHealthy(url: string, exited: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('code-server exited while starting');
    const healthy = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs / 1000} s`);
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const { node, entry } = ensureCodeServer();
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'close-reading-code-server-'));
  const dirs = { userData: join(profile, 'user-data'), extensions: join(profile, 'extensions'), xdg: join(profile, 'xdg') };
  for (const dir of [join(dirs.userData, 'User'), dirs.extensions, dirs.xdg]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const port = options.port || (await freePort());
  const config = join(profile, 'config.yaml');
  // Its own config: otherwise code-server reads (or writes) ~/.config/code-server/config.yaml.
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const env = {
    ...process.env, ...options.env,
    EXTENSIONS_GALLERY: '{}', // no marketplace: nothing to look up or update on the network
    XDG_CONFIG_HOME: join(dirs.xdg, 'config'), XDG_CACHE_HOME: join(dirs.xdg, 'cache'), XDG_DATA_HOME: join(dirs.xdg, 'data'),
  };
  const common = ['--config', config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
  for (const vsix of options.install ?? []) {
    execFileSync(node, [entry, ...common, '--install-extension', vsix, '--force'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  for (const folder of options.link ?? []) {
    const { publisher, name, version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    const link = join(dirs.extensions, `${publisher}.${name}-${version}`);
    rmSync(link, { force: true });
    symlinkSync(folder, link);
  }
  const log = openSync(join(profile, 'code-server.log'), 'a');
  const child = spawn(node, [
    entry, ...common,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--ignore-last-opened', ...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ], { env, detached: true, stdio: ['ignore', log, log] }); // detached: a new session and process group
  let exited = false;
  child.on('exit', () => { exited = true; });
  // If this process dies first, the group must not outlive it.
  const killGroup = (signal: NodeJS.Signals) => { try { process.kill(-child.pid!, signal); } catch { /* already gone */ } };
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(url, () => exited);
  } catch (error) {
    killGroup('SIGKILL');
    throw new Error(`${(error as Error).message} (log: ${join(profile, 'code-server.log')})`, { cause: error });
  }
  return {
    url,
    workbenchUrl: `${url}/?folder=${encodeURIComponent(options.folder)}`,
    profile,
    async stop() {
      process.off('exit', onExit);
      if (exited) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 5000);
      await gone;
      clearTimeout(timer);
      killGroup('SIGKILL'); // the extension host and watchers, if the main process left them behind
    },
  };
}
