// `close-reading notes export [--json | --jsonld | --markdown] [--workspace DIR]`: the workspace's notes,
// re-anchored in the essays as they are now, exactly as the editor does it. The store is only read.
import { join, relative, sep } from 'node:path';
import { toJsonContract, toJsonLd, toMarkdown } from '../../../client/src/annotations/export';
import { sourceOf } from '../../../client/src/annotations/model';
import { placeAnnotations } from '../../../client/src/annotations/resolve';
import { readEssay } from '../textFile';

export const NOTES_USAGE = 'usage: close-reading notes export [--json | --jsonld | --markdown] [--workspace DIR]';

type Format = 'json' | 'jsonld' | 'markdown';

function parseArgs(args: string[]): { format: Format; workspace: string } | string {
  const [subcommand, ...rest] = args;
  if (subcommand !== 'export') return subcommand ? `unknown notes command ${subcommand}` : 'no notes command given';
  let format: Format = 'markdown';
  let workspace = '.';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--json' || arg === '--jsonld' || arg === '--markdown') format = arg.slice(2) as Format;
    else if (arg === '--workspace') {
      const dir = rest[++i];
      if (!dir) return '--workspace needs a folder';
      workspace = dir;
    } else return `unknown option ${arg}`;
  }
  return { format, workspace };
}

/** Runs `close-reading notes ...`; `listEssays` lists the essay files of a folder (to find renamed essays). */
export async function notes(args: string[], listEssays: (dir: string) => Promise<string[]>): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') { process.stderr.write(`close-reading: ${options}\n${NOTES_USAGE}\n`); return 2; }
  // Loaded here, not with the command: the store's locking and atomic writing load Node's assert, crypto and
  // signal handling and patch fs when they load, which `--help` and `analyze` need not wait for.
  const { STORE_PATH, readStore } = await import('../../../client/src/annotations/store');
  const storePath = join(options.workspace, STORE_PATH);
  const read = await readStore(storePath);
  if (!read.ok) {
    process.stderr.write(`close-reading: ${storePath} cannot be read (${read.error}); a copy is kept in ${read.backup}\n`);
    return 1;
  }
  const essays = new Map<string, string>();
  for (const path of await listEssays(options.workspace)) {
    const essay = await readEssay(path);
    if (essay.ok) essays.set(relative(options.workspace, path).split(sep).join('/'), essay.text);
  }
  for (const source of new Set(read.page.items.map(sourceOf))) {
    if (source === null || essays.has(source)) continue;
    const essay = await readEssay(join(options.workspace, source));
    if (essay.ok) essays.set(source, essay.text);
  }
  const placed = placeAnnotations(read.page, essays);
  if (options.format === 'json') process.stdout.write(`${JSON.stringify(toJsonContract(placed))}\n`);
  else if (options.format === 'jsonld') process.stdout.write(toJsonLd(read.page, new Set(read.page.items.map((a) => a.id))));
  else process.stdout.write(toMarkdown('Notes', read.page, placed, essays));
  return 0;
}
