// Scores `close-reading analyze --json corpus` against the gold annotations in ../shared/eval.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const evalDir = process.env.CLOSE_READING_EVAL ?? resolve(root, '..', 'shared', 'eval');
if (!existsSync(join(evalDir, 'score.mjs'))) {
  console.error(`close-reading eval: no gold annotations at ${evalDir} (set CLOSE_READING_EVAL)`);
  process.exit(1);
}
const corpus = process.argv[2] ?? 'corpus';
const prediction = join(mkdtempSync(join(tmpdir(), 'close-reading-eval-')), 'prediction.json');
writeFileSync(prediction, execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'analyze', '--json', corpus], { cwd: root, maxBuffer: 1 << 30 }));
const seeds = process.env.CLOSE_READING_SEEDS ?? resolve(evalDir, '..', 'seeds');
execFileSync(process.execPath, [join(evalDir, 'score.mjs'), prediction, join(evalDir, 'gold'), seeds, '--per-file', `--root=${root}`], { stdio: 'inherit' });
