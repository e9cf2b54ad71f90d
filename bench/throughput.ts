// Throughput on a synthetic library: the CLI on 300 essays, and the language server's workspace index
// of 10, 100 and 1,000 essays (time and memory should grow linearly).
import { join } from 'node:path';
import type { EntitySummary } from '../server/src/features/views';
import { BenchServer } from './lsp';
import { LONGEST, tokenStarts } from './protocol';
import { writeLibrary } from './library';
import { type ProcessRun, timeAnalyzeRuns } from './processes';
import type { Row } from './report';
import { mb, median, medians, ms, percentile } from './stats';

export async function cliThroughput(cli: string, workDir: string): Promise<Row[]> {
  const dir = join(workDir, 'library-300');
  const bytes = await writeLibrary(dir, 300);
  const { first: firstRuns, again: againRuns } = await timeAnalyzeRuns(cli, [dir], workDir, 2);
  const count = (JSON.parse(firstRuns.stdout) as { documents: unknown[] }).documents.length;
  const rate = (ms: number) => bytes / 1048576 / (ms / 1000);
  const ways: [string, ProcessRun[]][] = [['essays new to it (an empty analysis cache)', firstRuns.runs], ['the same essays again (read from its analysis cache)', againRuns.runs]];
  return ways.map(([what, runs]) => {
    const time = medians(runs);
    return {
      area: 'throughput', measure: `\`analyze --json\` on ${count} essays (${mb(bytes)}), ${what}, end to end, median of 2`,
      // End to end is wall time: the essays are analysed on every core, so CPU time adds the cores up.
      result: `wall ${ms(time.ms)}: **${rate(time.ms).toFixed(1)} MB/s**; CPU (all threads) ${ms(time.cpuMs)}: ${rate(time.cpuMs).toFixed(1)} MB/s`,
      target: '≥ 10 MB/s', met: rate(time.ms) >= 10,
    };
  });
}

export async function indexScaling(workDir: string, sizes = [10, 100, 1000]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const count of sizes) {
    const dir = join(workDir, `library-${count}`);
    const bytes = await writeLibrary(dir, count);
    const cacheDirectory = join(workDir, `index-cache-${count}`);
    const server = await BenchServer.start(dir, cacheDirectory);
    if (server.indexedCount !== count) throw new Error(`indexed ${server.indexedCount} of ${count} essays`);
    const usage = await server.usage();
    const last = count === sizes[sizes.length - 1];
    const hovers = last ? await hoversOnNames(server) : null;
    const views = last ? await corpusViews(server, count) : [];
    await server.close();
    const measure = (when: string) => `${count} essays (${mb(bytes)}), ${when}: from \`initialized\` to the index's progress end (server CPU since spawn, all threads); server memory after`;
    const result = (started: BenchServer, used: typeof usage) => `**${ms(started.indexingTook)}** (${(started.indexingTook / count).toFixed(2)} ms/essay; CPU ${ms(used.cpuMs)}); ` +
      `RSS **${mb(used.rss)}**, peak ${mb(used.maxRss)}, heap ${mb(used.heapUsed)}`;
    rows.push({
      area: 'workspace index', measure: measure('new to the index (an empty cache)'), result: result(server, usage),
      ...(last ? { target: '< 10 s, < 1 GB', met: server.indexingTook < 10_000 && usage.maxRss < 2 ** 30 } : {}),
    });
    if (last) {
      const again = await BenchServer.start(dir, cacheDirectory);
      if (again.indexedCount !== count) throw new Error(`indexed ${again.indexedCount} of ${count} essays from the cache`);
      const againUsage = await again.usage();
      await again.close();
      rows.push({ area: 'workspace index', measure: measure('the next start (read from the cache)'), result: result(again, againUsage) });
    }
    if (hovers) {
      const [first, ...rest] = hovers;
      rows.push({ area: 'workspace index', measure: `hover on the 168 KB essay's tokens with ${count} essays indexed: the first after opening it (its names join the corpus ids), then ${rest.length} requests`,
        result: `first ${ms(first)}; p50 ${ms(median(rest))}, p99 ${ms(percentile(rest, 99))}`, target: 'p99 < 5 ms', met: percentile(rest, 99) < 5 });
    }
    rows.push(...views);
  }
  return rows;
}

/** The reading views over the whole corpus: each request's time (median of 3) and the size of its answer. */
async function corpusViews(server: BenchServer, count: number): Promise<Row[]> {
  const people = (await server.timed<EntitySummary[]>('closeReading/entities', { uri: null })).result;
  const mostMentioned = people.filter((e) => e.kind === 'person').sort((a, b) => b.count - a.count)[0];
  const requests: [string, string, unknown][] = [
    ['the people index', 'closeReading/entities', { uri: null }],
    ['the timeline', 'closeReading/timeline', { uri: null }],
    [`the mentions of its most mentioned person (${mostMentioned.count})`, 'closeReading/entityMentions', { id: mostMentioned.id, uri: null }],
    ['the concordance of a word', 'closeReading/concordance', { query: { word: 'revolution' } }],
  ];
  const rows: Row[] = [];
  for (const [what, method, params] of requests) {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await server.timed<unknown>(method, params));
    rows.push({ area: 'workspace index', measure: `${what}, ${count} essays indexed`, result: `${ms(median(runs.map((r) => r.ms)))}, ${mb(JSON.stringify(runs[0].result).length)}` });
  }
  return rows;
}

/**
 * Hovers on the names, dates and notes of an essay opened first: a name's hover counts its mentions in every
 * indexed essay. The first hover is the first request that reads the corpus ids with the essay's names.
 */
async function hoversOnNames(server: BenchServer): Promise<number[]> {
  const textDocument = { uri: await server.open(LONGEST, 'markdown') };
  const tokens = tokenStarts((await server.timed<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument })).result.data);
  const samples: number[] = [];
  for (let i = 0; i <= Math.min(200, tokens.length); i++) {
    const position = tokens[Math.floor((i * tokens.length) / (Math.min(200, tokens.length) + 1))];
    samples.push((await server.timed('textDocument/hover', { textDocument, position })).ms);
  }
  return samples;
}
