// Whole processes, timed from spawn to exit (wall clock, and the CPU time they used, which the other
// work on a shared machine disturbs less), with their standard output kept for a sanity check.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ProcessRun { ms: number; cpuMs: number; stdout: string }

export async function timeProcess(args: string[]): Promise<ProcessRun> {
  const probeDir = mkdtempSync(join(tmpdir(), 'close-reading-cpu-'));
  const probe = join(probeDir, 'cpu.json');
  try {
    const start = performance.now();
    const child = spawn(process.execPath, ['--require', join(__dirname, 'probe.cjs'), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, CLOSE_READING_CPU_PROBE: probe },
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const ms = performance.now() - start;
    if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}`);
    const { cpuMs } = JSON.parse(readFileSync(probe, 'utf8')) as { cpuMs: number };
    return { ms, cpuMs, stdout: Buffer.concat(chunks).toString('utf8') };
  } finally {
    rmSync(probeDir, { recursive: true, force: true });
  }
}

/** The runs of a process, and what the last one printed. */
export interface TimedRuns {
  runs: ProcessRun[];
  stdout: string;
}

/**
 * Times `runs` runs of a process after `warmup` untimed ones (which fill the file cache); `args` may be
 * made anew for each run.
 */
export async function timeProcessRuns(args: string[] | (() => string[]), runs: number, warmup = 1): Promise<TimedRuns> {
  const argsOfRun = typeof args === 'function' ? args : () => args;
  for (let i = 0; i < warmup; i++) await timeProcess(argsOfRun());
  const timed: ProcessRun[] = [];
  for (let i = 0; i < runs; i++) timed.push(await timeProcess(argsOfRun()));
  return { runs: timed, stdout: timed[timed.length - 1].stdout };
}

/**
 * Times `runs` runs of `close-reading analyze --json` on `paths` in the two ways it meets essays: each run with a
 * cache of its own, empty, as on essays never analysed before (`first`); and every run with the same cache, filled
 * by an untimed first run, as on a library analysed again unchanged (`again`). Both must print the same.
 */
export async function timeAnalyzeRuns(cli: string, paths: string[], workDir: string, runs: number): Promise<{ first: TimedRuns; again: TimedRuns }> {
  // The caches of these runs only, in a folder of their own: another call's runs start from theirs.
  const caches = mkdtempSync(join(workDir, 'analyze-'));
  let fresh = 0;
  const first = await timeProcessRuns(() => [cli, 'analyze', '--json', '--cache-dir', join(caches, `cache-${fresh++}`), ...paths], runs);
  const again = await timeProcessRuns([cli, 'analyze', '--json', '--cache-dir', join(caches, 'cache-again'), ...paths], runs);
  if (again.stdout !== first.stdout) throw new Error('analyze gave another output from its cache');
  return { first, again };
}
