// `npm run bench`: every benchmark in one run, side by side, printed and written into docs/BENCHMARKS.md
// with the machine's description. `npm run bench -- latency typing` runs only the sections named (and
// writes nothing). Benchmarks are not tests: compare numbers of the same run.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { inProcess, markdownStructure, wholeProcess } from './comparison';
import { activation } from './editor';
import { layers } from './layers';
import { describeMachine } from './machine';
import { latency, sizes, startAndMemory, typing } from './protocol';
import { table, type Row } from './report';
import { cliThroughput, indexScaling } from './throughput';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const DOC = join(ROOT, 'docs', 'BENCHMARKS.md');
const START = '<!-- bench:table:start -->';
const END = '<!-- bench:table:end -->';

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'close-reading-bench-'));
  // Beside the repository's node_modules, where the bundle's require('compromise') finds it.
  const baseline = join(ROOT, '.cache', 'bench', 'baseline.js');
  await esbuild.build({ entryPoints: [join(__dirname, 'baselineCli.ts')], bundle: true, platform: 'node', format: 'cjs', packages: 'external', outfile: baseline, logLevel: 'warning' });
  const warm = join(ROOT, '.cache', 'bench', 'warm.js');
  await esbuild.build({ entryPoints: [join(__dirname, 'warm.ts')], bundle: true, platform: 'node', format: 'cjs', packages: 'external', outfile: warm, logLevel: 'warning' });
  const sections: Record<string, () => Promise<Row[]>> = {
    // First, while this process's heap holds least: the layers are timed in it (under tsx, which slows them; read them
    // side by side), the comparison with compromise in processes of their own (see warm.ts).
    layers,
    markdown: markdownStructure,
    inprocess: () => inProcess(warm),
    process: () => wholeProcess(CLI, baseline, work),
    throughput: () => cliThroughput(CLI, work),
    index: () => indexScaling(work),
    latency,
    typing: () => typing(),
    startup: startAndMemory,
    sizes: () => sizes(ROOT, work),
    // Last: it packages the .vsix (as `sizes` does) and starts a real editor.
    activation: () => activation(ROOT, work),
  };
  const chosen = process.argv.slice(2);
  const unknown = chosen.filter((name) => !(name in sections));
  if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(', ')}; sections: ${Object.keys(sections).join(', ')}`);
  const rows: Row[] = [];
  const started = performance.now();
  try {
    for (const [name, run] of Object.entries(sections)) {
      if (chosen.length && !chosen.includes(name)) continue;
      const sectionStart = performance.now();
      const sectionRows = await run();
      rows.push(...sectionRows);
      for (const row of sectionRows) console.error(`${row.measure}: ${row.result}`);
      console.error(`[${name}: ${((performance.now() - sectionStart) / 1000).toFixed(1)} s]`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const machine = describeMachine();
  const commit = execFileSync('git', ['log', '-1', '--format=%h'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const result = `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC at commit ${commit}, on ${machine}; ` +
    `the whole run took ${((performance.now() - started) / 1000).toFixed(0)} s.\n\n${table(rows)}`;
  console.log(result);
  if (chosen.length) return;
  const doc = await readFile(DOC, 'utf8');
  const at = doc.indexOf(START);
  const to = doc.indexOf(END);
  if (at < 0 || to < at) throw new Error(`${DOC} lacks the ${START} … ${END} markers`);
  await writeFile(DOC, `${doc.slice(0, at + START.length)}\n${result}\n${doc.slice(to)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
