// Preloaded into the language server by the benchmark (`node --require`): on SIGUSR2 it writes the
// process's memory use (bytes; maxRss is the peak resident set) to the file named by
// CLOSE_READING_MEMORY_PROBE. The server itself is unchanged.
const fs = process.getBuiltinModule('node:fs');
process.on('SIGUSR2', () => {
  const memory = { ...process.memoryUsage(), maxRss: process.resourceUsage().maxRSS * 1024 };
  const file = process.env.CLOSE_READING_MEMORY_PROBE;
  fs.writeFileSync(`${file}.partial`, JSON.stringify(memory));
  fs.renameSync(`${file}.partial`, file);
});
