// Bundles the extension-host suite (test/vscode/*.ts) into out/vscode-tests/, one file per suite file,
// `vscode` and mocha left to the extension host and the clone's node_modules.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { REPO } from '../e2e/harness/install';

export const SUITE_OUT = join(REPO, 'out', 'vscode-tests');

/** Builds the suite and returns its entry, VS Code's `extensionTestsPath`. */
export async function buildExtensionTests(): Promise<string> {
  const sources = join(REPO, 'test', 'vscode');
  const entryPoints = readdirSync(sources).filter((name) => name === 'index.ts' || name.endsWith('.test.ts')).map((name) => join(sources, name));
  await esbuild.build({
    entryPoints, outdir: SUITE_OUT, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'warning',
  });
  return join(SUITE_OUT, 'index.js');
}
