// `close-reading analyze [--json] PATH...`: the analysis core on the command line.
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { corpusIds } from '../analysis/corpus';
import { readCorrections } from '../corrections';
import { type ContractDocument, joinContract } from './contract';
import type { ContractEssay, ContractTask } from './essay';
import { cacheOfAnalyses, readEssays, WORKER_SCRIPT } from '../essayWorkers';
import { DEFAULT_SETTINGS } from '../settings';
import { ESSAY_EXTENSIONS, listFiles } from '../textFile';
import { userCacheDirectory } from '../userCache';
import { NOTES_USAGE, notes } from './notes';

const USAGE = `usage: close-reading analyze [--json] [--workspace DIR] [--no-cache | --cache-dir DIR] PATH...
  PATH: essay files, or folders searched recursively for .txt, .md and .markdown files
  --no-cache: analyse every essay, even one analysed before by this build (kept in --cache-dir)
${NOTES_USAGE}`;

/** Files named on the command line, with folders expanded to the essays inside them, in a stable order. */
async function expandPaths(paths: string[], warn: (message: string) => void): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const isFolder = await stat(path).then((s) => s.isDirectory(), () => false);
    if (isFolder) files.push(...await listFiles(path, (file) => ESSAY_EXTENSIONS.test(file), (dir) => warn(`close-reading: ${dir}: cannot read folder`)));
    else files.push(path);
  }
  return files;
}

/**
 * Below this many characters of essays to analyse, this thread analyses them: each worker thread loads the
 * analysis anew (about 100 ms of CPU time), more than it saves on a few essays.
 */
const WORKER_THRESHOLD = 1024 * 1024;

interface Options { json: boolean; workspace: string | null; cacheDir: string | null; paths: string[] }

function parseArgs(args: string[]): Options | string {
  const options: Options = { json: false, workspace: null, cacheDir: userCacheDirectory('analysis'), paths: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--no-cache') options.cacheDir = null;
    else if (arg === '--workspace' || arg === '--cache-dir') {
      const dir = args[++i];
      if (!dir) return `${arg} needs a folder`;
      if (arg === '--workspace') options.workspace = dir;
      else options.cacheDir = dir;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else options.paths.push(arg);
  }
  return options.paths.length ? options : 'no PATH given';
}

async function analyze(options: Options): Promise<number> {
  const warn = (message: string) => process.stderr.write(`${message}\n`);
  let failures = 0;
  const { corrections, problems } = options.workspace ? await readCorrections(options.workspace) : { corrections: [], problems: [] };
  for (const problem of problems) warn(`close-reading: ${problem}`);
  const paths = await expandPaths(options.paths, warn);
  const essays: ContractEssay[] = [];
  const task: ContractTask = { kind: 'contract', corrections, workspace: options.workspace, cache: cacheOfAnalyses(options.cacheDir) };
  const workerScript = existsSync(WORKER_SCRIPT) ? WORKER_SCRIPT : null;
  // The order of the output stays that of `paths` whichever thread analyses an essay.
  await readEssays(paths, { task, workerScript, workerThreshold: WORKER_THRESHOLD, maxFileSize: DEFAULT_SETTINGS.maxFileSize, log: warn }, (essay, i) => { essays[i] = essay; });
  const analyzed = [];
  for (const [i, essay] of essays.entries()) {
    if (essay.ok) analyzed.push(essay);
    else { warn(`close-reading: ${paths[i]}: ${essay.reason}`); failures++; }
  }
  const ids = corpusIds(analyzed);
  const documents = analyzed.map(({ json }, d) => joinContract(json, (e) => ids[d][e]));
  if (options.json) {
    process.stdout.write(`{"version":1,"documents":[${documents.join(',')}]}\n`);
  } else {
    for (const doc of documents.map((json) => JSON.parse(json) as ContractDocument)) {
      process.stdout.write(`${doc.path} (${doc.format})\n`);
      for (const s of doc.sections) process.stdout.write(`  ${'  '.repeat(s.level - 1)}§ ${s.title}\n`);
      const persons = new Set(doc.entities.filter((e) => e.kind === 'person').map((e) => e.id)).size;
      process.stdout.write(`  ${doc.sections.length} sections, ${persons} people (${doc.entities.length} name mentions), ` +
        `${doc.dates.length} dates, ${doc.notes.length} note markers, ${doc.citations.length} citations\n`);
    }
  }
  return failures > 0 && documents.length === 0 ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === undefined) { process.stdout.write(`${USAGE}\n`); return command ? 0 : 2; }
  if (command === 'notes') return notes(rest, (dir) => expandPaths([dir], (message) => process.stderr.write(`${message}\n`)));
  if (command !== 'analyze') { process.stderr.write(`close-reading: unknown command ${command}\n${USAGE}\n`); return 2; }
  const options = parseArgs(rest);
  if (typeof options === 'string') { process.stderr.write(`close-reading: ${options}\n${USAGE}\n`); return 2; }
  return analyze(options);
}
