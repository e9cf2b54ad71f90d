import { main } from './main';

// A reader that stops reading (`close-reading analyze --json corpus | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`close-reading: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
