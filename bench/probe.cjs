// Preloaded by the benchmark into the processes it measures (`node --require`); they are otherwise
// unchanged. With CLOSE_READING_MEMORY_PROBE set, SIGUSR2 collects garbage and writes the memory use
// (bytes; maxRss is the peak resident set) and the CPU time used so far (ms, every thread) to that file. With CLOSE_READING_CPU_PROBE set, the CPU time
// the process used (ms, user + system, every thread) is written to that file at exit.
const fs = process.getBuiltinModule('node:fs');
const v8 = process.getBuiltinModule('node:v8');
const vm = process.getBuiltinModule('node:vm');

const writeJson = (file, value) => {
  fs.writeFileSync(`${file}.partial`, JSON.stringify(value));
  fs.renameSync(`${file}.partial`, file);
};

if (process.env.CLOSE_READING_MEMORY_PROBE) {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  process.on('SIGUSR2', () => {
    gc();
    const { user, system } = process.cpuUsage();
    const maxRss = process.resourceUsage().maxRSS * 1024;
    writeJson(process.env.CLOSE_READING_MEMORY_PROBE, { ...process.memoryUsage(), maxRss, cpuMs: (user + system) / 1000 });
  });
}

if (process.env.CLOSE_READING_CPU_PROBE) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeJson(process.env.CLOSE_READING_CPU_PROBE, { cpuMs: (user + system) / 1000 });
  });
}
