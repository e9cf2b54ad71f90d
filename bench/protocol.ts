// Through the protocol, as an editor sees the server: request latency on the longest essay, typing in
// it, start-up, memory with the corpus open, and the size of what ships.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CORPUS } from './library';
import { BenchServer } from './lsp';
import type { Row } from './report';
import { bundledAnalysis } from './bundled';
import { mb, median, medians, ms, percentile, seededRandom, timeRuns } from './stats';

export const LONGEST = join(CORPUS, 'gouldner-stalinism-internal-colonialism.md');
type Position = { line: number; character: number };

/** The start of every semantic token: where hovers and definitions have something to say. */
export function tokenStarts(data: number[]): Position[] {
  const starts: Position[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    starts.push({ line, character });
  }
  return starts;
}

/** Positions for requests: half on tokens (when there are any), half anywhere in the text. */
function positions(text: string, tokens: Position[], count: number, seed: number): Position[] {
  const lines = text.split('\n');
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    if (tokens.length && i % 2 === 0) return tokens[Math.floor(random() * tokens.length)];
    const line = Math.floor(random() * lines.length);
    return { line, character: Math.floor(random() * (lines[line].length + 1)) };
  });
}

const p = (samples: number[]) => `p50 ${ms(percentile(samples, 50))}, p99 ${ms(percentile(samples, 99))}`;

export async function latency(): Promise<Row[]> {
  const server = await BenchServer.start(CORPUS);
  const text = await readFile(LONGEST, 'utf8');
  const uri = await server.open(LONGEST, 'markdown');
  const textDocument = { uri };
  const first = await server.timed<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument });
  const tokens = tokenStarts(first.result.data);
  const measure = async (method: string, count: number, params: (position: Position) => unknown) => {
    const samples: number[] = [];
    for (const position of positions(text, tokens, count, count)) samples.push((await server.timed(method, params(position))).ms);
    return samples;
  };
  const hover = await measure('textDocument/hover', 600, (position) => ({ textDocument, position }));
  const definition = await measure('textDocument/definition', 300, (position) => ({ textDocument, position }));
  const references = await measure('textDocument/references', 300, (position) => ({ textDocument, position, context: { includeDeclaration: true } }));
  const symbols = await measure('textDocument/documentSymbol', 100, () => ({ textDocument }));
  const semanticTokens = await measure('textDocument/semanticTokens/full', 100, () => ({ textDocument }));
  await server.close();
  const area = 'latency (168 KB essay)';
  return [
    { area, measure: `first request after open (analysis included), ${tokens.length} tokens`, result: ms(first.ms) },
    { area, measure: 'hover, 600 requests (half on tokens)', result: p(hover), target: 'p99 < 5 ms', met: percentile(hover, 99) < 5 },
    { area, measure: 'definition, 300 requests', result: p(definition) },
    { area, measure: 'references, 300 requests', result: p(references) },
    { area, measure: 'document symbols, 100 requests', result: p(symbols) },
    { area, measure: 'semantic tokens (full), 100 requests', result: p(semanticTokens) },
  ];
}

/** One-character edits at seeded places of `text`: the position and the text after each edit. */
function* oneCharacterEdits(text: string, seed: number): Generator<{ position: Position; text: string }> {
  const random = seededRandom(seed);
  const lines = text.split('\n');
  for (;;) {
    const line = Math.floor(random() * lines.length);
    const character = Math.floor(random() * (lines[line].length + 1));
    lines[line] = `${lines[line].slice(0, character)}x${lines[line].slice(character)}`;
    yield { position: { line, character }, text: lines.join('\n') };
  }
}

/** One-character edits, each followed by a hover and the semantic tokens, as while typing (at most `budget` ms). */
export async function typing(rounds = 100, budget = 20_000): Promise<Row[]> {
  const server = await BenchServer.start(CORPUS);
  const text = await readFile(LONGEST, 'utf8');
  const uri = await server.open(LONGEST, 'markdown');
  const textDocument = { uri };
  await server.timed('textDocument/semanticTokens/full', { textDocument });
  const samples: number[] = [];
  const cpuBefore = (await server.usage()).cpuMs;
  const started = performance.now();
  const edits = oneCharacterEdits(text, 7);
  for (let version = 2; version < rounds + 2 && performance.now() - started < budget; version++) {
    const { position } = edits.next().value!;
    const start = performance.now();
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: position, end: position }, text: 'x' }],
    });
    await server.connection.sendRequest('textDocument/hover', { textDocument, position });
    await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument });
    samples.push(performance.now() - start);
  }
  const serverCpu = ((await server.usage()).cpuMs - cpuBefore) / samples.length;
  await server.close();
  const p95 = percentile(samples, 95);
  // What the analysis of one version costs in this process, on the CPU: whole, and after a one-character
  // edit with the memo of the version before (as the server analyses while the reader types).
  const { analyzeDocument, BlockMemo } = bundledAnalysis();
  const whole = medians(await timeRuns(5, () => analyzeDocument(text, 'markdown'), 2));
  const memo = new BlockMemo();
  analyzeDocument(text, 'markdown', memo);
  const edited = oneCharacterEdits(text, 7);
  const incremental = medians(await timeRuns(20, () => analyzeDocument(edited.next().value!.text, 'markdown', memo), 2));
  const area = 'typing (168 KB essay)';
  return [{
    area, measure: `${samples.length} one-character edits, each + hover + semantic tokens`,
    result: `p50 ${ms(median(samples))}, p95 **${ms(p95)}**`, target: 'p95 < 60 ms', met: p95 < 60,
  }, {
    area, measure: 'server CPU time per round (all threads, mean)', result: ms(serverCpu),
  }, {
    area, measure: 'analysis of the essay in process, median CPU: whole, and after a one-character edit with the memo of the version before',
    result: `${ms(whole.cpuMs)} (wall ${ms(whole.ms)}); after an edit ${ms(incremental.cpuMs)} (wall ${ms(incremental.ms)})`,
  }];
}

export async function startAndMemory(): Promise<Row[]> {
  const starts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const server = await BenchServer.start(CORPUS);
    starts.push(server.initializedAfter);
    await server.close();
  }
  const server = await BenchServer.start(CORPUS);
  for (const name of await readdir(CORPUS)) {
    const uri = await server.open(join(CORPUS, name));
    await server.timed('textDocument/semanticTokens/full', { textDocument: { uri } });
  }
  const memory = await server.usage();
  await server.close();
  return [
    { area: 'start-up', measure: 'spawn to initialize response, median of 5', result: ms(median(starts)) },
    { area: 'memory', measure: 'server with the 5 corpus essays indexed and open', result: `RSS ${mb(memory.rss)}, heap ${mb(memory.heapUsed)}` },
  ];
}

/**
 * The .vsix as `npm run package` makes it (production bundles), in `workDir`, made once per run; the development
 * build is restored after. Returns its path and the production bundles' total size.
 */
export function packagedVsix(root: string, workDir: string): Packaged {
  const vsix = join(workDir, 'close-reading.vsix');
  const made = packaged.get(vsix);
  if (made) return made;
  const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: root, stdio: 'ignore' });
  try {
    run(process.execPath, ['scripts/build.mjs', '--production']);
    const bundlesSize = PACKAGED_BUNDLES.reduce((sum, name) => sum + (statSync(join(root, 'dist', name), { throwIfNoEntry: false })?.size ?? 0), 0);
    run(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix]);
    packaged.set(vsix, { vsix, bundlesSize });
    return { vsix, bundlesSize };
  } finally {
    run(process.execPath, ['scripts/build.mjs']);
  }
}
interface Packaged { vsix: string; bundlesSize: number }
const packaged = new Map<string, Packaged>();
const PACKAGED_BUNDLES = ['client.js', 'serverMain.js', 'indexWorker.js', 'cliMain.js'];

/** The development bundles as built, then the .vsix with its production bundles. */
export async function sizes(root: string, workDir: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const name of PACKAGED_BUNDLES) {
    const size = statSync(join(root, 'dist', name), { throwIfNoEntry: false })?.size;
    if (size !== undefined) rows.push({ area: 'size', measure: `dist/${name} (development build)`, result: mb(size) });
  }
  const { vsix, bundlesSize } = packagedVsix(root, workDir);
  rows.push({ area: 'size', measure: 'the .vsix (`npm run package`: production bundles, README pictures)', result: `**${mb((await stat(vsix)).size)}** (bundles ${mb(bundlesSize)} minified)` });
  return rows;
}
