// The reader's corrections on disk: `.close-reading/corrections.json` in the workspace, a readable JSON file
// (format in docs/CORRECTIONS.md), written atomically (a temporary file renamed over the old one).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseCorrections } from './analysis/names/corrections';
import type { Correction } from './analysis/names/corrections';

export const CORRECTIONS_FILE = join('.close-reading', 'corrections.json');

/** The workspace's corrections (none when it has no file), with what was wrong in the file. */
export async function readCorrections(workspace: string): Promise<{ corrections: Correction[]; problems: string[] }> {
  const path = join(workspace, CORRECTIONS_FILE);
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { corrections: [], problems: [] };
    return { corrections: [], problems: [`${path}: ${(error as Error).message}`] };
  }
  try {
    const parsed = parseCorrections(JSON.parse(source));
    return { corrections: parsed.corrections, problems: parsed.problems.map((p) => `${path}: ${p}`) };
  } catch (error) {
    return { corrections: [], problems: [`${path}: not JSON (${(error as Error).message})`] };
  }
}

/** Replaces the workspace's corrections; readers see the old file or the new one, never half of one. */
export async function writeCorrections(workspace: string, corrections: readonly Correction[]): Promise<void> {
  const path = join(workspace, CORRECTIONS_FILE);
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ version: 1, corrections }, null, 2)}\n`);
  await rename(temporary, path);
}
