// Starts a bundle with V8's code cache (the CLI's and the language server's). Node 20 parses and compiles
// a 1 MB bundle on every start, and each function again on its first call: for `analyze` on the corpus
// that is about 60 ms of CPU time in 500. A cache of the compiled code, written when a run ends (so it holds every function that run
// compiled), lets the next start skip most of it. Node 22's `module.enableCompileCache` does this;
// v8-compile-cache keeps only the code compiled before the bundle runs, which measured no gain here.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { userCacheDirectory } from './userCache';

/**
 * A V8 flag that a bundle runs under once it has loaded, and its usual value. The flag changes only then, and back
 * before a code cache is written, for V8 refuses a code cache made under other flags: Node's own, of the modules the
 * bundle loads, and ours, which is read before the change.
 */
export interface RunFlag {
  run: string;
  usual: string;
}

/**
 * V8 compiles a regular expression twice: to bytecode for its first run, then to machine code for the next ones (at
 * once on a long text). The analysis runs most of its hundreds of patterns more than once, and the bytecode of a
 * pattern with letter classes, on text beyond Latin-1, is large: compiled once, to the same machine code,
 * `analyze --json corpus` took 540 ms of CPU instead of 626.
 */
const COMPILE_REGEXPS_ONCE: RunFlag = { run: '--no-regexp-tier-up', usual: '--regexp-tier-up' };

/**
 * Smaller budgets for what V8's optimizing compiler inlines. A process that analyses essays once spends much of its
 * time compiling the analysis (docs/BENCHMARKS.md), and the time to compile a function grows with all it inlines,
 * more than what the inlining saves over a short run: `analyze --json --no-cache`, alternating runs, CPU median on
 * the corpus 455 -> 425 ms (10 runs), on 300 essays 6.46 -> 5.80 s (5 runs; wall 3.51 -> 3.17 s). For the CLI only:
 * the server runs long, and its steady state is what the inlining is for. The usual values are V8's defaults (Node
 * 20); were they not, every start would refuse the code cache, which the CLI's protocol tests would show.
 */
export const INLINE_LESS: RunFlag = {
  run: '--max-inlined-bytecode-size=100 --max-inlined-bytecode-size-cumulative=200',
  usual: '--max-inlined-bytecode-size=460 --max-inlined-bytecode-size-cumulative=920',
};

/**
 * Runs the CommonJS bundle at `bundle` as Node would, through a code cache kept for this bundle and this Node, then
 * under `flags` besides the regular expressions' (worker threads too: V8's flags are the process's).
 */
export function runBundle(bundle: string, flags: readonly RunFlag[] = []): void {
  const runFlags = [COMPILE_REGEXPS_ONCE, ...flags];
  const source = readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
  const { size, mtimeMs } = statSync(bundle);
  const cacheFile = join(userCacheDirectory('code-cache'), `${basename(bundle)}-${size}-${Math.round(mtimeMs)}-${process.version}-${process.arch}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache yet: this run writes it.
  }
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    process.once('exit', () => {
      // A cache is an optimisation: failing to write one changes nothing else.
      try {
        mkdirSync(dirname(cacheFile), { recursive: true });
        const partial = `${cacheFile}.${process.pid}`;
        for (const flag of runFlags) setFlagsFromString(flag.usual);
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, cacheFile);
        // The caches of earlier builds of this bundle will not be read again.
        for (const name of readdirSync(dirname(cacheFile))) {
          if (name.startsWith(`${basename(bundle)}-`) && name.endsWith('.bin') && name !== basename(cacheFile)) rmSync(join(dirname(cacheFile), name), { force: true });
        }
      } catch { /* read-only or full disk */ }
    });
  }
  const module = new Module(bundle);
  module.filename = bundle;
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  for (const flag of runFlags) setFlagsFromString(flag.run);
}
