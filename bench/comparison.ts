// Close Reading against what a reader would otherwise use (compromise + chrono-node), on the corpus, in
// process and as whole processes; and the Markdown structure of the longest essay.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BUNDLED_ANALYSIS, bundledAnalysis } from './bundled';
import { CORPUS } from './library';
import { timeAnalyzeRuns, timeProcessRuns } from './processes';
import type { Row } from './report';
import { medians, ms, timeRuns, type Timing } from './stats';
import { OUR_RUNS, THEIR_RUNS, WARM_UP_RUNS } from './warm';

const run = promisify(execFile);

const times = (value: number) => `${value.toFixed(1)}×`;

/** "ours vs theirs" in wall-clock and CPU time; the CPU ratio decides (the machine is shared). */
function versus(ours: Timing, theirs: Timing, target: number): Pick<Row, 'result' | 'target' | 'met'> {
  const cpu = theirs.cpuMs / ours.cpuMs;
  return {
    result: `CPU ${ms(ours.cpuMs)} vs ${ms(theirs.cpuMs)}: **${times(cpu)}** faster; wall ${ms(ours.ms)} vs ${ms(theirs.ms)}: ${times(theirs.ms / ours.ms)}`,
    target: `≥ ${target}× faster`,
    met: cpu >= target,
  };
}

/** One side of the comparison timed warm in a Node process of its own (see warm.ts), bundled as `npm run bench` does. */
async function warmTiming(warmScript: string, side: 'ours' | 'theirs'): Promise<Timing> {
  const { stdout } = await run(process.execPath, [warmScript, side, CORPUS, BUNDLED_ANALYSIS]);
  return JSON.parse(stdout) as Timing;
}

export async function inProcess(warmScript: string): Promise<Row[]> {
  const ours = await warmTiming(warmScript, 'ours');
  const theirs = await warmTiming(warmScript, 'theirs');
  const measure = `in process, 5 corpus essays (313 KB), warm (ours after ${WARM_UP_RUNS} runs), each side in a Node process of its own, median of ${OUR_RUNS} vs ${THEIR_RUNS} runs`;
  return [{ area: 'vs compromise + chrono-node', measure, ...versus(ours, theirs, 50) }];
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
