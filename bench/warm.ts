// One side of the in-process comparison, warm, in a Node process of its own, as the CLI and the server run: bundled by
// esbuild into .cache/bench/warm.js (as `npm run bench` does) and run by plain `node`, which prints the median timing of the
// side's runs as JSON: `node .cache/bench/warm.js ours|theirs CORPUS_DIR ANALYSIS_BUNDLE`. Measured in the bench's own
// process (under tsx, with compromise, chrono-node, esbuild and playwright loaded), our analysis ran 13–25 % slower.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Analysis from './analysis';
import { medians, timeRuns, type Timing } from './stats';

/** Warm means at its JIT's steady state: our analysis of the corpus gets there after about 40 runs (1.5 s of work). */
export const WARM_UP_RUNS = 40;
export const OUR_RUNS = 20;
export const THEIR_RUNS = 3;

type Essay = { path: string; text: string };

async function corpusEssays(corpus: string): Promise<Essay[]> {
  const names = (await readdir(corpus)).sort();
  return Promise.all(names.map(async (name) => ({ path: join(corpus, name), text: await readFile(join(corpus, name), 'utf8') })));
}

async function ours(essays: Essay[], bundle: string): Promise<Timing> {
  const { analyzeDocument, formatOf } = createRequire(__filename)(bundle) as typeof Analysis;
  return medians(await timeRuns(OUR_RUNS, () => essays.forEach((e) => analyzeDocument(e.text, formatOf(e.path))), WARM_UP_RUNS));
}

async function theirs(essays: Essay[]): Promise<Timing> {
  const { analyzeWithLibraries } = await import('./baseline');
  // compromise is slow enough that one warm-up on the whole corpus would cost half a minute: the shortest essay warms
  // it (its first call builds its lexicon), then three runs on all five.
  const shortest = essays.reduce((a, b) => (a.text.length <= b.text.length ? a : b));
  analyzeWithLibraries(shortest.path, shortest.text);
  return medians(await timeRuns(THEIR_RUNS, () => essays.forEach((e) => analyzeWithLibraries(e.path, e.text)), 0));
}

async function main(): Promise<void> {
  const [side, corpus, bundle] = process.argv.slice(2);
  if ((side !== 'ours' && side !== 'theirs') || !corpus || !bundle) throw new Error('usage: warm.js ours|theirs CORPUS_DIR ANALYSIS_BUNDLE');
  const essays = await corpusEssays(corpus);
  const timing = side === 'ours' ? await ours(essays, bundle) : await theirs(essays);
  process.stdout.write(`${JSON.stringify(timing)}\n`);
}

if (require.main === module) void main();
