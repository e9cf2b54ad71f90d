// Whole processes, timed from spawn to exit, with their standard output kept for a sanity check.
import { spawn } from 'node:child_process';

export async function timeProcess(args: string[]): Promise<{ ms: number; stdout: string }> {
  const start = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = performance.now() - start;
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}`);
  return { ms, stdout: Buffer.concat(chunks).toString('utf8') };
}

/** Times `runs` runs of a process after `warmup` untimed ones (which fill the file cache). */
export async function timeProcessRuns(args: string[], runs: number, warmup = 1): Promise<{ samples: number[]; stdout: string }> {
  for (let i = 0; i < warmup; i++) await timeProcess(args);
  const samples: number[] = [];
  let stdout = '';
  for (let i = 0; i < runs; i++) {
    const run = await timeProcess(args);
    samples.push(run.ms);
    stdout = run.stdout;
  }
  return { samples, stdout };
}
