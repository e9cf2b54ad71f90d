// The machine a benchmark ran on, in one line: numbers mean little without it.
import { cpus, totalmem } from 'node:os';

export function describeMachine(): string {
  const cores = cpus();
  return `${cores[0]?.model.trim() ?? 'unknown CPU'}, ${cores.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory, ` +
    `Node ${process.version}, ${process.platform}-${process.arch}`;
}
