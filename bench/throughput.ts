// Throughput on a synthetic library: the CLI on 300 essays, and the language server's workspace index
// of 10, 100 and 1,000 essays (time and memory should grow linearly).
import { join } from 'node:path';
import { BenchServer } from './lsp';
import { writeLibrary } from './library';
import { timeProcessRuns } from './processes';
import type { Row } from './report';
import { mb, median, ms } from './stats';

export async function cliThroughput(cli: string, workDir: string): Promise<Row[]> {
  const dir = join(workDir, 'library-300');
  const bytes = await writeLibrary(dir, 300);
  const { samples, stdout } = await timeProcessRuns([cli, 'analyze', '--json', dir], 2);
  const count = (JSON.parse(stdout) as { documents: unknown[] }).documents.length;
  const time = median(samples);
  const rate = bytes / 1048576 / (time / 1000);
  return [{ area: 'throughput', measure: `\`analyze --json\` on ${count} essays (${mb(bytes)}), end to end`, result: `${ms(time)}: ${rate.toFixed(1)} MB/s`, target: '≥ 10 MB/s', met: rate >= 10 }];
}

export async function indexScaling(workDir: string, sizes = [10, 100, 1000]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const count of sizes) {
    const dir = join(workDir, `library-${count}`);
    const bytes = await writeLibrary(dir, count);
    const server = await BenchServer.start(dir);
    const reindex = await server.timed<number>('closeReading/reindex', null);
    if (reindex.result !== count) throw new Error(`indexed ${reindex.result} of ${count} essays`);
    const memory = await server.memory();
    await server.close();
    const last = count === sizes[sizes.length - 1];
    rows.push({
      area: 'workspace index',
      measure: `${count} essays (${mb(bytes)}): \`closeReading/reindex\`; first index from spawn; server memory after`,
      result: `${ms(reindex.ms)} (${(reindex.ms / count).toFixed(2)} ms/essay); first ${ms(server.indexedAfter)}; ` +
        `RSS ${mb(memory.rss)}, peak ${mb(memory.maxRss)}, heap ${mb(memory.heapUsed)}`,
      ...(last ? { target: '< 10 s, < 1 GB', met: reindex.ms < 10_000 && server.indexedAfter < 10_000 && memory.maxRss < 2 ** 30 } : {}),
    });
  }
  return rows;
}
