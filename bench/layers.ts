// Each layer of the analysis on the five corpus essays, in process: what the issues' per-layer targets
// (names, notes and citations for the whole corpus) are measured by. Each layer gets the inputs the
// analysis gives it (structure, notes, markers), computed once beforehand.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundledAnalysis } from './bundled';
import { CORPUS } from './library';
import type { Row } from './report';
import { median, ms, timeRuns } from './stats';

const RUNS = 40;
/** Runs before timing, so that each layer is measured at its JIT's steady state. */
const WARM_UP_RUNS = 30;

export async function layers(): Promise<Row[]> {
  const { analyzeDocument, analyzeStructure, detectDates, detectNames, findCitations, findNotes, formatOf, numbersNotDates } = bundledAnalysis();
  const essays = await Promise.all((await readdir(CORPUS)).sort().map(async (name) => {
    const text = await readFile(join(CORPUS, name), 'utf8');
    const format = formatOf(name);
    return { text, format, analysis: analyzeDocument(text, format) };
  }));
  const time = async (layer: (essay: (typeof essays)[number]) => unknown) => {
    const cpu = (await timeRuns(RUNS, () => essays.forEach(layer), WARM_UP_RUNS)).map((t) => t.cpuMs);
    return { median: median(cpu), min: Math.min(...cpu) };
  };
  const structure = await time((e) => analyzeStructure(e.text, e.format));
  const notes = await time((e) => findNotes(e.text, e.analysis.structure));
  const citations = await time((e) => findCitations(e.text, e.analysis.structure, e.analysis.notes));
  const notesAndCitations = await time((e) => findCitations(e.text, e.analysis.structure, findNotes(e.text, e.analysis.structure).notes));
  const dates = await time((e) => detectDates(e.text, numbersNotDates(e.analysis.structure, e.analysis.markers)));
  const names = await time((e) => detectNames(e.text, e.analysis.structure));
  const cpu = (t: { median: number; min: number }) => `CPU median **${ms(t.median)}** (min ${ms(t.min)})`;
  const measure = (what: string) => `${what}, 5 corpus essays (313 KB), warm (after ${WARM_UP_RUNS} runs), ${RUNS} runs`;
  return [
    { area: 'layers', measure: measure('structure'), result: cpu(structure) },
    { area: 'layers', measure: measure('names'), result: cpu(names), target: 'well under 30 ms', met: names.median < 30 },
    { area: 'layers', measure: measure('dates'), result: cpu(dates) },
    {
      area: 'layers', measure: measure('notes and citations'), result: `${cpu(notesAndCitations)}: notes ${ms(notes.median)}, citations ${ms(citations.median)}`,
      target: 'well under 20 ms', met: notesAndCitations.median < 20,
    },
  ];
}
