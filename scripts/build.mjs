// Bundles the client, the server (with its worker), the CLI and the webviews into dist/ with esbuild. `--watch` rebuilds on change,
// `--production` minifies (for the .vsix), `--bench` also bundles the analysis that `npm run bench` times in process.
import { chmod, readFile } from 'node:fs/promises';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const bench = process.argv.includes('--bench');
const shebang = { js: '#!/usr/bin/env node' };

/**
 * A JSON list of words (the name lexicons) goes into a bundle as one string split at its line breaks: written as an
 * array, their 68,000 words made 1.5 MB of the 1.8 MB that V8's code cache of the command holds after loading it,
 * read again at each start (see codeCache.ts).
 */
const wordListsAsText = {
  name: 'word-lists-as-text',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async ({ path }) => {
      let data = null;
      try {
        data = JSON.parse(await readFile(path, 'utf8'));
      } catch { /* esbuild's own loader reports it */ }
      const words = Array.isArray(data) && data.length > 0 && data.every((w) => typeof w === 'string' && !w.includes('\n'));
      return words ? { contents: `export default ${JSON.stringify(data.join('\n'))}.split('\\n');`, loader: 'js' } : undefined;
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Node 20 has these: without this, esbuild turns each such regular expression literal into a
  // `new RegExp(...)` call, which builds a new object at every evaluation.
  supported: { 'regexp-unicode-property-escapes': true },
  plugins: [wordListsAsText],
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // The server and the command are small starters that run their bundles through V8's code cache (codeCache.ts).
  { ...common, entryPoints: ['server/src/serverStart.ts'], outfile: 'dist/server.js', banner: shebang },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/serverMain.js' },
  { ...common, entryPoints: ['server/src/cli/start.ts'], outfile: 'dist/cli.js', banner: shebang },
  { ...common, entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cliMain.js' },
  // Worker threads of the server: the workspace index, and the analysis of large open essays.
  { ...common, entryPoints: ['server/src/indexWorker.ts'], outfile: 'dist/indexWorker.js' },
  {
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    entryPoints: ['client/src/views/webview/timeline.ts', 'client/src/views/webview/concordance.ts', 'client/src/views/webview/views.css'],
    outdir: 'dist/webview',
  },
];
if (bench) builds.push({ ...common, entryPoints: ['bench/analysis.ts'], outfile: '.cache/bench/analysis.js' });

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('close-reading: watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  await Promise.all(['dist/server.js', 'dist/cli.js'].map((file) => chmod(file, 0o755)));
}
