// The bundles and the package: every file the manifest and the code point to is built and packaged.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { minimatch } from 'minimatch';

const ROOT = resolve(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

/** Whether vsce keeps a file: the last matching .vscodeignore line decides (`!` keeps). */
function packaged(path: string): boolean {
  let kept = true;
  for (const line of ignore) {
    const negated = line.startsWith('!');
    if (minimatch(path, negated ? line.slice(1) : line, { dot: true })) kept = negated;
  }
  return kept;
}

const needed = [
  manifest.main.replace(/^\.\//, ''),
  'dist/server.js',
  'dist/serverMain.js',
  'dist/indexWorker.js',
  'dist/webview/timeline.js',
  'dist/webview/concordance.js',
  'dist/webview/views.css',
  manifest.icon,
  ...manifest.contributes.viewsContainers.activitybar.map((c: { icon: string }) => c.icon),
  ...manifest.contributes.grammars.map((g: { path: string }) => g.path.replace(/^\.\//, '')),
];

test('every file the extension needs is built and packaged', () => {
  for (const file of needed) {
    assert.ok(existsSync(join(ROOT, file)), `${file} exists`);
    assert.ok(packaged(file), `${file} is in the .vsix (.vscodeignore)`);
  }
});
