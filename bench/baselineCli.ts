// The baseline as a whole process, the counterpart of `close-reading analyze --json`: reads the essays of
// the folders and files given, prints one JSON document. Bundled by bench/run.ts like our CLI is.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeWithLibraries } from './baseline';

const essays = process.argv.slice(2).flatMap((path) => statSync(path).isDirectory()
  ? readdirSync(path).filter((name) => /\.(?:txt|md|markdown)$/i.test(name)).sort().map((name) => join(path, name))
  : [path]);
const documents = essays.map((path) => analyzeWithLibraries(path, readFileSync(path, 'utf8')));
process.stdout.write(`${JSON.stringify({ documents })}\n`);
