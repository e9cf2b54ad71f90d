// Scores `close-reading analyze --json` against gold annotations: the corpus against ../shared/eval/gold,
// or, given a folder of essays and a folder of their gold files (`npm run eval:unseen`), a held-out set.
// The scorer itself is ../shared/eval/score.mjs either way.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const evalDir = process.env.CLOSE_READING_EVAL ?? resolve(root, '..', 'shared', 'eval');
if (!existsSync(join(evalDir, 'score.mjs'))) {
  console.error(`close-reading eval: no scorer at ${evalDir} (set CLOSE_READING_EVAL)`);
  process.exit(1);
}
const [essays = 'corpus', goldDir] = process.argv.slice(2);
const prediction = join(mkdtempSync(join(tmpdir(), 'close-reading-eval-')), 'prediction.json');
writeFileSync(prediction, execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'analyze', '--json', essays], { cwd: root, maxBuffer: 1 << 30 }));
const gold = goldDir ? resolve(root, goldDir) : join(evalDir, 'gold');
const texts = goldDir ? resolve(root, essays) : process.env.CLOSE_READING_SEEDS ?? resolve(evalDir, '..', 'seeds');
execFileSync(process.execPath, [join(evalDir, 'score.mjs'), prediction, gold, texts, '--per-file', `--root=${root}`], { stdio: 'inherit' });
