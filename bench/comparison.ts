// Close Reading against what a reader would otherwise use (compromise + chrono-node), on the corpus, in
// process and as whole processes; and the Markdown structure of the longest essay.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyzeWithLibraries } from './baseline';
import { bundledAnalysis } from './bundled';
import { CORPUS } from './library';
import { timeAnalyzeRuns, timeProcessRuns } from './processes';
import type { Row } from './report';
import { medians, ms, timeRuns, type Timing } from './stats';

const times = (value: number) => `${value.toFixed(1)}×`;
const WARM_UP_RUNS = 40;

/** "ours vs theirs" in wall-clock and CPU time; the CPU ratio decides (the machine is shared). */
function versus(ours: Timing, theirs: Timing, target: number): Pick<Row, 'result' | 'target' | 'met'> {
  const cpu = theirs.cpuMs / ours.cpuMs;
  return {
    result: `CPU ${ms(ours.cpuMs)} vs ${ms(theirs.cpuMs)}: **${times(cpu)}** faster; wall ${ms(ours.ms)} vs ${ms(theirs.ms)}: ${times(theirs.ms / ours.ms)}`,
    target: `≥ ${target}× faster`,
    met: cpu >= target,
  };
}

async function corpusEssays(): Promise<{ path: string; text: string }[]> {
  const names = (await readdir(CORPUS)).sort();
  return Promise.all(names.map(async (name) => ({ path: join(CORPUS, name), text: await readFile(join(CORPUS, name), 'utf8') })));
}

export async function inProcess(): Promise<Row[]> {
  const { analyzeDocument, formatOf } = bundledAnalysis();
  const essays = await corpusEssays();
  // Warm means at its JIT's steady state: our analysis of the corpus gets there after about 40 runs
  // (1.5 s of work); one run of compromise + chrono-node lasts longer than that.
  const ours = medians(await timeRuns(20, () => essays.forEach((e) => analyzeDocument(e.text, formatOf(e.path))), WARM_UP_RUNS));
  // compromise is slow enough that one warm-up on the whole corpus would cost half a minute: the
  // shortest essay warms it (its first call builds its lexicon), then three runs on all five.
  const shortest = essays.reduce((a, b) => (a.text.length <= b.text.length ? a : b));
  analyzeWithLibraries(shortest.path, shortest.text);
  const theirs = medians(await timeRuns(3, () => essays.forEach((e) => analyzeWithLibraries(e.path, e.text)), 0));
  return [{ area: 'vs compromise + chrono-node', measure: `in process, 5 corpus essays (313 KB), warm (ours after ${WARM_UP_RUNS} runs), median of 20 vs 3 runs`, ...versus(ours, theirs, 50) }];
}

export async function wholeProcess(cli: string, baselineScript: string, workDir: string): Promise<Row[]> {
  const { first: oursFirst, again: oursAgain } = await timeAnalyzeRuns(cli, [CORPUS], workDir, 5);
  const theirs = await timeProcessRuns([baselineScript, CORPUS], 2, 0);
  JSON.parse(theirs.stdout);
  const measure = (what: string) => `whole process: \`analyze --json corpus\`, ${what}, vs a compromise + chrono-node script, median of 5 vs 2`;
  return [
    { area: 'vs compromise + chrono-node', measure: measure('essays new to it (an empty analysis cache)'), ...versus(medians(oursFirst.runs), medians(theirs.runs), 20) },
    { area: 'vs compromise + chrono-node', measure: measure('the same essays again (read from its analysis cache)'), ...versus(medians(oursAgain.runs), medians(theirs.runs), 20) },
  ];
}

/** The structure layer on the 168 KB Markdown essay (markdown-it's block parser since it replaced remark + GFM). */
export async function markdownStructure(): Promise<Row[]> {
  const { analyzeStructure } = bundledAnalysis();
  const text = await readFile(join(CORPUS, 'gouldner-stalinism-internal-colonialism.md'), 'utf8');
  const time = medians(await timeRuns(10, () => analyzeStructure(text, 'markdown'), 3));
  return [{ area: 'Markdown', measure: 'structure of the 168 KB essay (markdown-it block parser), warm median of 10', result: `CPU ${ms(time.cpuMs)} (wall ${ms(time.ms)})` }];
}
